/**
 * usage: pnpm docs:tools [app ...] [--check]
 *
 * Regenerates (or with --check, verifies) the tools table in each app's README and its MCP
 * registry server.json from the running servers. Exit code 1 when anything is out of date
 * (--check) or an app could not be read.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "@repo/local-stack";
import { readCatalogues } from "./catalogue.ts";
import { runAppDocs } from "./run.ts";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { check: { type: "boolean", default: false } },
  });
  const started = performance.now();
  const ok = await runAppDocs({
    appsDir: join(repoRoot(), "apps"),
    apps: positionals,
    check: values.check,
    readCatalogues,
    log: (line) => console.log(line),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `docs:tools${values.check ? " --check" : ""}: ${ok ? "done" : "FAILED"} in ${seconds} s`,
  );
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
