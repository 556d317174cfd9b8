/**
 * The generated part of an app README: everything between the BEGIN and END markers belongs to
 * `pnpm docs:tools`; the rest of the README is written by hand and never touched.
 */

export const BEGIN_MARKER = "<!-- BEGIN GENERATED TOOLS -->";
export const END_MARKER = "<!-- END GENERATED TOOLS -->";
const NOTE =
  "<!-- Generated from the server's tools/list by `pnpm docs:tools`: change the tool definitions, not this table. -->";

/** The block that goes into the README, markers included. */
export function generatedBlock(table: string): string {
  return [BEGIN_MARKER, NOTE, "", table, "", END_MARKER].join("\n");
}

export interface SectionLocation {
  start: number;
  /** Index just past the END marker. */
  end: number;
}

/** Where the generated block is, or undefined when the README has no (well-formed) markers. */
export function findGeneratedBlock(readme: string): SectionLocation | undefined {
  const start = readme.indexOf(BEGIN_MARKER);
  const endMarker = readme.indexOf(END_MARKER);
  if (start < 0 || endMarker < start) return undefined;
  if (readme.indexOf(BEGIN_MARKER, start + 1) >= 0) {
    throw new Error(`README has more than one ${BEGIN_MARKER}; keep exactly one`);
  }
  return { start, end: endMarker + END_MARKER.length };
}

export interface UpdatedReadme {
  text: string;
  /** How the block was placed: replaced between markers, or inserted because they were missing. */
  placement: "replaced" | "inserted into ## Tools" | "inserted as a new ## Tools section";
}

/**
 * Puts `block` into the README. With markers, it replaces what is between them. Without, it goes
 * at the end of the `## Tools` section (so a hand-written table above it can be deleted once read)
 * or, when there is no such section, in a new `## Tools` section before the first `##` heading.
 */
export function placeGeneratedBlock(readme: string, block: string): UpdatedReadme {
  const found = findGeneratedBlock(readme);
  if (found) {
    return {
      text: readme.slice(0, found.start) + block + readme.slice(found.end),
      placement: "replaced",
    };
  }
  const lines = readme.split("\n");
  const headings = secondLevelHeadings(lines);
  const tools = headings.findIndex((heading) => /^##\s+Tools\s*$/i.test(lines[heading] ?? ""));
  if (tools >= 0) {
    const sectionEnd = headings[tools + 1] ?? lines.length;
    return {
      text: insertLines(lines, sectionEnd, block.split("\n")),
      placement: "inserted into ## Tools",
    };
  }
  const firstHeading = headings[0] ?? lines.length;
  return {
    text: insertLines(lines, firstHeading, ["## Tools", "", ...block.split("\n")]),
    placement: "inserted as a new ## Tools section",
  };
}

/** Line indexes of `#` and `##` headings outside fenced code blocks. */
function secondLevelHeadings(lines: readonly string[]): number[] {
  const found: number[] = [];
  let inFence = false;
  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence && /^##?\s/.test(line) && index > 0) found.push(index);
  });
  return found;
}

/** Inserts `block` before line `at`, keeping exactly one blank line on each side. */
function insertLines(lines: readonly string[], at: number, block: readonly string[]): string {
  const before = lines.slice(0, at);
  const after = lines.slice(at);
  while (before.length > 0 && before.at(-1)?.trim() === "") before.pop();
  while (after.length > 0 && after[0]?.trim() === "") after.shift();
  const joined = [...before, "", ...block, ...(after.length > 0 ? ["", ...after] : [""])];
  return joined.join("\n");
}
