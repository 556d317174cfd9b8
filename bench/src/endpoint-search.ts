// Endpoint search benchmark (`spec.find`, i.e. @repo/openapi findOperations): processes the shared
// spec, builds the search index, asks the endpoint evaluation set (eval/endpoint-tasks.json) and
// prints recall@5 for the tuning and held-out halves, overall and per class, the index build time
// and the query latency in the host process (as spec.find runs, host-side).
// `pnpm --filter @repo/bench endpoints [--misses]`; CLOUDFLARE_OPENAPI_SPEC overrides the spec file.
// --misses lists the tuning half's misses (never the held-out half's).

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extractApiLinks, parseDocPages } from "@repo/docs-search";
import { buildSearchIndex, findOperations, processSpec } from "@repo/openapi";
import { scoreSet, scoreTable } from "./eval/score.ts";
import { ENDPOINT_TASKS_FILE, readEvalSet } from "./eval/sets.ts";
import { machineFacts, REPO_ROOT, writeResults } from "./lib/results.ts";
import { percentile, round } from "./lib/stats.ts";

const K = 5;
const TIMED_ROUNDS = 5;
const TARGETS = { heldoutRecall: 0.9, heldoutGoalRecall: 0.8, p50Ms: 5 };

const { values } = parseArgs({
  options: {
    misses: { type: "boolean", default: false },
    "no-docs": { type: "boolean", default: false },
  },
});
const specPath =
  process.env.CLOUDFLARE_OPENAPI_SPEC ??
  join(REPO_ROOT, "..", "shared/data/cloudflare-openapi-2024-08.json");

const corpusPath =
  process.env.CLOUDFLARE_DOCS_CORPUS ?? join(REPO_ROOT, "..", "shared/data/cloudflare-docs.jsonl");

const spec = processSpec(JSON.parse(readFileSync(specPath, "utf8")));
// The docs-to-API bridge, as the api server gets it from the docs index (DOCS_DB).
let started = performance.now();
const docs =
  values["no-docs"] || !existsSync(corpusPath)
    ? undefined
    : parseDocPages(readFileSync(corpusPath, "utf8")).flatMap(extractApiLinks);
const linksMs = performance.now() - started;
started = performance.now();
const index = buildSearchIndex(spec, docs ? { docs } : {});
const indexMs = performance.now() - started;
const { items } = readEvalSet(ENDPOINT_TASKS_FILE);

const score = await scoreSet(
  items,
  (item) => findOperations(index, item.query, { limit: K }).map((c) => `${c.method} ${c.path}`),
  K,
);
const latencies: number[] = [];
for (let round = 0; round < TIMED_ROUNDS; round++) {
  for (const item of items) {
    started = performance.now();
    findOperations(index, item.query, { limit: K });
    latencies.push(performance.now() - started);
  }
}
const result = {
  benchmark: "endpoint-search",
  measuredAt: new Date().toISOString(),
  machine: machineFacts(),
  spec: { operations: spec.operations.length },
  items: items.length,
  recallAt5: score.cells,
  indexMs: round(indexMs, 0),
  docsLinks: docs ? { links: docs.length, extractMs: round(linksMs, 0) } : null,
  latencyMs: {
    p50: round(percentile(latencies, 50), 2),
    p95: round(percentile(latencies, 95), 2),
    samples: latencies.length,
  },
  targets: TARGETS,
};
const markdown = [
  "# Endpoint search (spec.find)",
  "",
  `${items.length} tasks from \`eval/endpoint-tasks.json\` on the shared spec (${spec.operations.length} operations), ` +
    (docs
      ? `with the docs-to-API bridge (${docs.length} calls shown in the docs corpus, extracted in ${result.docsLinks?.extractMs} ms).`
      : "without the docs-to-API bridge."),
  "",
  scoreTable(score, K),
  "",
  `Index build ${result.indexMs} ms; query p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms ` +
    `(in-process, as in the host; ${latencies.length} samples). Targets: held-out recall@5 >= ${TARGETS.heldoutRecall} ` +
    `overall and >= ${TARGETS.heldoutGoalRecall} goal-only; p50 <= ${TARGETS.p50Ms} ms.`,
].join("\n");
console.log(markdown);
if (values.misses) {
  console.log(`\nTuning misses (${score.tuningMisses.length}):`);
  for (const miss of score.tuningMisses) {
    console.log(`- [${miss.class}] ${miss.query}\n    got: ${miss.got.join(" | ") || "nothing"}`);
  }
}
writeResults("endpoint-search", result, markdown);
