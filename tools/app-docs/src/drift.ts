/**
 * Says what differs between a committed file and what the code produces, in terms a contributor
 * can act on: which tool, which column, which manifest field.
 */
import { findGeneratedBlock } from "./readme-section.ts";
import { TOOL_TABLE_COLUMNS } from "./tool-table.ts";

/** Differences between the README's generated table and the expected one. */
export function readmeDrift(current: string, expected: string): string[] {
  const currentBlock = blockOf(current);
  const expectedBlock = blockOf(expected);
  if (currentBlock === undefined) {
    return ["README.md has no generated tools section (<!-- BEGIN GENERATED TOOLS --> markers)"];
  }
  if (current === expected) return [];
  if (currentBlock === expectedBlock) return ["README.md differs outside the tools table"];
  const have = tableRows(currentBlock);
  const want = tableRows(expectedBlock ?? "");
  const problems: string[] = [];
  for (const [name, cells] of want) {
    const row = have.get(name);
    if (!row) {
      problems.push(`tool ${name} is served but missing from the README table`);
      continue;
    }
    TOOL_TABLE_COLUMNS.forEach((column, index) => {
      if ((row[index] ?? "") !== (cells[index] ?? "")) {
        problems.push(
          `tool ${name}: "${column.header}" is "${row[index] ?? ""}" in the README, the server says "${cells[index] ?? ""}"`,
        );
      }
    });
  }
  for (const name of have.keys()) {
    if (!want.has(name)) problems.push(`tool ${name} is in the README table but not served`);
  }
  if (problems.length === 0 && [...have.keys()].join() !== [...want.keys()].join()) {
    problems.push("the README table lists the tools in another order than tools/list");
  }
  if (problems.length === 0) problems.push("the README tools table is formatted differently");
  return problems;
}

/** Differences between the committed server.json and the expected one, as JSON paths. */
export function manifestDrift(current: string | undefined, expected: string): string[] {
  if (current === undefined) return ["server.json is missing"];
  if (current === expected) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(current);
  } catch {
    return ["server.json is not valid JSON"];
  }
  const differences = diffJson(parsed, JSON.parse(expected), "");
  if (differences.length === 0) return ["server.json is formatted differently"];
  const shown = differences.slice(0, 8);
  if (differences.length > shown.length) {
    shown.push(`and ${differences.length - shown.length} more differences`);
  }
  return shown.map((line) => `server.json ${line}`);
}

function blockOf(readme: string): string | undefined {
  const found = findGeneratedBlock(readme);
  return found ? readme.slice(found.start, found.end) : undefined;
}

/** Table body rows keyed by the tool name (first cell, backticks removed). */
function tableRows(block: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  const lines = block.split("\n").filter((line) => line.trimStart().startsWith("|"));
  for (const line of lines.slice(2)) {
    const cells = splitRow(line);
    const name = (cells[0] ?? "").replaceAll("`", "");
    rows.set(name, cells);
  }
  return rows;
}

function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

function diffJson(have: unknown, want: unknown, path: string): string[] {
  if (JSON.stringify(have) === JSON.stringify(want)) return [];
  const bothObjects =
    typeof have === "object" && have !== null && typeof want === "object" && want !== null;
  if (!bothObjects || Array.isArray(have) !== Array.isArray(want)) {
    return [`${path || "(root)"}: file has ${show(have)}, the code gives ${show(want)}`];
  }
  const keys = new Set([...Object.keys(have), ...Object.keys(want)]);
  return [...keys].flatMap((key) =>
    diffJson(
      (have as Record<string, unknown>)[key],
      (want as Record<string, unknown>)[key],
      Array.isArray(want) ? `${path}[${key}]` : path ? `${path}.${key}` : key,
    ),
  );
}

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
