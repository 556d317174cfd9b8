// What a first `pnpm dev` waits for: loading the full OpenAPI spec and the full docs corpus into
// empty local state, through the same step `pnpm dev` runs (apps/api/scripts/dev-data.ts), each
// in a fresh process and a fresh state folder (cold: nothing cached). Prints the wall time of
// each load and the time the loader reports, against the targets.
// `pnpm --filter @repo/bench data-load [--runs 3]`; CLOUDFLARE_OPENAPI_SPEC /
// CLOUDFLARE_DOCS_CORPUS name the data, else ../shared/data.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { machineFacts, REPO_ROOT, writeResults } from "./lib/results.ts";
import { percentile, round } from "./lib/stats.ts";

const TARGET_SECONDS = { spec: 5, docs: 15 } as const;
const DATA = {
  spec:
    process.env.CLOUDFLARE_OPENAPI_SPEC ??
    join(REPO_ROOT, "..", "shared/data/cloudflare-openapi-2024-08.json"),
  docs:
    process.env.CLOUDFLARE_DOCS_CORPUS ??
    join(REPO_ROOT, "..", "shared/data/cloudflare-docs.jsonl"),
};
const SCRIPT = join(REPO_ROOT, "apps/api/scripts/dev-data.ts");

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const runs = Math.max(1, Number(values.runs));

for (const [what, path] of Object.entries(DATA)) {
  if (!existsSync(path)) {
    console.error(
      `No ${what} data at ${path}: set CLOUDFLARE_OPENAPI_SPEC / CLOUDFLARE_DOCS_CORPUS.`,
    );
    process.exit(2);
  }
}

interface Load {
  wallSeconds: number;
  /** What the loader itself reports ("... in N s"). */
  loaderSeconds: number;
  summary: string;
}

function loadOnce(only: "spec" | "docs"): Load {
  const state = mkdtempSync(join(tmpdir(), "bench-data-load-"));
  try {
    const started = performance.now();
    const output = execFileSync(process.execPath, [SCRIPT, "--only", only, "--persist-to", state], {
      cwd: join(REPO_ROOT, "apps/api"),
      encoding: "utf8",
      env: {
        ...process.env,
        CLOUDFLARE_OPENAPI_SPEC: DATA.spec,
        CLOUDFLARE_DOCS_CORPUS: DATA.docs,
        WRANGLER_SEND_METRICS: "false",
        CLOUDFLARE_CF_FETCH_ENABLED: "false",
      },
    });
    const wallSeconds = (performance.now() - started) / 1000;
    const line = output.split("\n").find((text) => text.startsWith(`${only}: loaded `));
    const reported = line && /in ([\d.]+) s$/.exec(line);
    if (!line || !reported) throw new Error(`${only} did not load:\n${output}`);
    return {
      wallSeconds,
      loaderSeconds: Number(reported[1]),
      summary: line.slice(only.length + 9),
    };
  } finally {
    rmSync(state, { recursive: true, force: true });
  }
}

const results: Record<
  string,
  { runs: Load[]; medianWall: number; medianLoader: number; target: number }
> = {};
for (const only of ["spec", "docs"] as const) {
  const loads: Load[] = [];
  for (let run = 1; run <= runs; run++) {
    const load = loadOnce(only);
    loads.push(load);
    console.log(
      `${only} run ${run}/${runs}: ${round(load.wallSeconds, 1)} s wall, ${load.loaderSeconds} s reported (${load.summary})`,
    );
  }
  results[only] = {
    runs: loads,
    medianWall: round(
      percentile(
        loads.map((l) => l.wallSeconds),
        50,
      ),
      1,
    ),
    medianLoader: round(
      percentile(
        loads.map((l) => l.loaderSeconds),
        50,
      ),
      1,
    ),
    target: TARGET_SECONDS[only],
  };
}

const lines = [
  "# Data load (first `pnpm dev`)",
  "",
  "Cold loads into empty state through `apps/api/scripts/dev-data.ts`, one process per load.",
  "",
  "| data | median wall s | median reported s | target s | runs |",
  "| ---- | ------------- | ----------------- | -------- | ---- |",
  ...Object.entries(results).map(
    ([what, r]) =>
      `| ${what} | ${r.medianWall} | ${r.medianLoader} | ≤ ${r.target} | ${r.runs.length} |`,
  ),
  "",
  `Machine: ${JSON.stringify(machineFacts())}. Figures taken while other work runs are provisional.`,
];
console.log(`\n${lines.join("\n")}`);
for (const [what, r] of Object.entries(results)) {
  const verdict = r.medianWall <= r.target ? "within" : "over";
  console.log(`${what}: ${r.medianWall} s median wall, ${verdict} the ${r.target} s target`);
}
writeResults("data-load", { machine: machineFacts(), data: DATA, results }, lines.join("\n"));
