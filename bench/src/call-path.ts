// Call-path count: which repository files one tool call executes, from the Worker's `fetch` to
// the Cloudflare API and back. Each app runs in process in workerd (the vitest Cloudflare plugin,
// emulator bound in, as `@repo/mcp-kit/testing` runs it) with every source file under apps/*/src
// and packages/*/src instrumented by istanbul; a warm-up call fills every cache a running server
// has, the counters are zeroed, and one more call is made. A file counts when at least one of its
// statements ran. Calls: `secrets_store_secrets_list` with an API token (a product tool) and the
// api's `execute` with one `cloudflare.request` (host side, the Dynamic Worker path deployed
// servers take). `pnpm --filter @repo/bench call-path`; the config and calls live in
// bench/call-path/ and are not part of `pnpm test`.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Reporter, TestCase } from "vitest/node";
import { startVitest } from "vitest/node";
import { machineFacts, REPO_ROOT, writeResults } from "./lib/results.ts";

/** Issue 17's limits on the strict count. */
const LIMITS: Record<string, number> = { secrets_store_secrets_list: 20, execute: 25 };

const measured = new Map<string, string[]>();
const failures: string[] = [];
const collect: Reporter = {
  onTestCaseResult(testCase: TestCase) {
    const result = testCase.result();
    if (result.state === "failed") {
      failures.push(`${testCase.name}: ${result.errors?.map((error) => error.message).join("; ")}`);
      return;
    }
    // Set by bench/call-path/calls.ts (its TaskMeta augmentation is not part of this program).
    const files = (testCase.meta() as { callPath?: string[] }).callPath;
    if (files) measured.set(testCase.name, files);
  },
};

const vitest = await startVitest("test", [], {
  config: join(REPO_ROOT, "bench/call-path/vitest.config.ts"),
  watch: false,
  reporters: [collect],
});
await vitest.close();
if (failures.length > 0 || measured.size === 0) {
  console.error(`call-path: ${failures.join("\n") || "no call measured"}`);
  process.exit(1);
}

/**
 * The files CONTRIBUTING's "How a call flows" lists for each call: its first table is the product
 * call, its second `execute`. The count and the tables must agree.
 */
function documentedPaths(): Map<string, string[]> {
  const text = readFileSync(join(REPO_ROOT, "CONTRIBUTING.md"), "utf8");
  const section = text.slice(text.indexOf("## How a call flows"));
  const tables = section
    .slice(0, section.indexOf("\n## ", 1))
    .split(/\n(?!\|)/)
    .map((block) => block.trim())
    .filter((block) => block.startsWith("| #"))
    .map((table) =>
      [...table.matchAll(/^\| \d+\s+\| \[`([^`]+)`\]/gm)].map((match) => match[1] ?? ""),
    );
  return new Map([
    ["secrets_store_secrets_list", tables[0] ?? []],
    ["execute", tables[1] ?? []],
  ]);
}

const documented = documentedPaths();
const calls = [...measured].map(([call, files]) => {
  const listed = new Set(documented.get(call) ?? []);
  return {
    call,
    files: files.length,
    limit: LIMITS[call] ?? null,
    met: LIMITS[call] === undefined ? null : files.length <= (LIMITS[call] ?? 0),
    list: files,
    notInContributing: files.filter((file) => !listed.has(file)),
    onlyInContributing: [...listed].filter((file) => !files.includes(file)),
  };
});

for (const call of calls) {
  console.log(
    `${call.call}: ${call.files} repository files executed (limit ${call.limit ?? "none"})`,
  );
  for (const file of call.list) console.log(`  ${file}`);
  const agrees = call.notInContributing.length === 0 && call.onlyInContributing.length === 0;
  console.log(
    agrees
      ? "  CONTRIBUTING's table lists the same files"
      : `  CONTRIBUTING's table differs: missing ${call.notInContributing.join(", ") || "none"}; not executed ${call.onlyInContributing.join(", ") || "none"}`,
  );
}

const markdown = [
  "# Call path: repository files one tool call executes",
  "",
  "`pnpm --filter @repo/bench call-path`: istanbul statement coverage of apps/*/src and packages/*/src,",
  "in process in workerd (emulator bound in), counters zeroed after a warm-up call, then one call.",
  "The count does not depend on machine load.",
  "",
  "| call | files | limit | met | CONTRIBUTING agrees |",
  "| --- | --- | --- | --- | --- |",
  ...calls.map(
    (call) =>
      `| ${call.call} | ${call.files} | ${call.limit ?? "-"} | ${call.met ?? "-"} | ${call.notInContributing.length + call.onlyInContributing.length === 0} |`,
  ),
  "",
  ...calls.flatMap((call) => [`## ${call.call}`, "", ...call.list.map((file) => `- ${file}`), ""]),
].join("\n");
const written = writeResults(
  "call-path",
  { measuredAt: new Date().toISOString(), machine: machineFacts(), calls },
  markdown,
);
console.log(`wrote ${written.join(", ")}`);
