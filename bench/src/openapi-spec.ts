// OpenAPI spec pipeline benchmark (@repo/openapi): processes the shared Cloudflare spec and a
// synthetic spec twice its size, printing raw and processed sizes, times and the heap a parsed
// processed spec holds; then asks the endpoint-search quality set and prints recall@5 and MRR.
// `pnpm --filter @repo/bench openapi` (runs Node with --expose-gc); CLOUDFLARE_OPENAPI_SPEC
// overrides the spec file.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildEndpointTools,
  buildSearchIndex,
  findOperations,
  parseProcessedSpec,
  processSpec,
  serializeProcessedSpec,
} from "@repo/openapi";
import { recallAndMrr } from "./lib/ranking.ts";
import { machineFacts, REPO_ROOT, writeResults } from "./lib/results.ts";
import { percentile, round } from "./lib/stats.ts";

interface RankingQuery {
  query: string;
  expected: string;
  set: "tuning" | "holdout";
}

const K = 5;
const TARGETS = { processedMB: 30, heapMB: 128, recallAt5: 0.9 };
const specPath =
  process.env.CLOUDFLARE_OPENAPI_SPEC ??
  join(REPO_ROOT, "..", "shared/data/cloudflare-openapi-2024-08.json");
const { queries } = JSON.parse(
  readFileSync(join(REPO_ROOT, "packages/openapi/fixtures/ranking-queries.json"), "utf8"),
) as { queries: RankingQuery[] };

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => round(bytes / 1_000_000, 2);

/** Heap retained by `make()`'s result, measured around full collections; undefined without gc. */
function retainedHeap<T>(make: () => T): { value: T; bytes?: number } {
  if (!gc) return { value: make() };
  gc();
  const before = process.memoryUsage().heapUsed;
  const value = make();
  gc();
  return { value, bytes: process.memoryUsage().heapUsed - before };
}

/**
 * Twice the spec: every path again under a `_copy` product with its own copies of the component
 * schemas, written in OpenAPI 3.1 style (`type: [X, "null"]` instead of `nullable`).
 */
function doubledSpec(text: string): string {
  const original = JSON.parse(text);
  const copy = JSON.parse(
    text
      .replaceAll('"#/components/schemas/', '"#/components/schemas/copy_')
      .replaceAll('"#/components/parameters/', '"#/components/parameters/copy_'),
  );
  const toNullableType = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(toNullableType);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.nullable === true && typeof record.type === "string") {
      record.type = [record.type, "null"];
      delete record.nullable;
    }
    Object.values(record).forEach(toNullableType);
  };
  toNullableType(copy);
  original.openapi = "3.1.0";
  for (const [path, item] of Object.entries(copy.paths)) {
    // Rename the product segment (`/zones/{zone_id}/dns_records` -> `.../dns_records_copy`).
    const renamed = path.replace(/^(\/[^/]+(?:\/\{[^}]+\})?\/[^/{]+)/, "$1_copy");
    original.paths[renamed === path ? `${path}/copy` : renamed] = item;
  }
  for (const kind of ["schemas", "parameters"]) {
    for (const [name, value] of Object.entries(copy.components[kind] ?? {})) {
      original.components[kind][`copy_${name}`] = value;
    }
  }
  return JSON.stringify(original);
}

function measure(label: string, text: string) {
  const started = performance.now();
  const document = JSON.parse(text);
  const parsed = performance.now();
  const spec = processSpec(document, { source: label });
  const processed = performance.now();
  const stored = serializeProcessedSpec(spec);
  const heap = retainedHeap(() => parseProcessedSpec(stored));
  const indexStarted = performance.now();
  const index = retainedHeap(() => buildSearchIndex(heap.value));
  const indexed = performance.now();
  // ?codemode=false: the per-endpoint tools the api server builds once per spec, and the size of
  // the tools/list they make (the schemas are the spec's own objects, so little heap is added).
  const toolsStarted = performance.now();
  const tools = retainedHeap(() => buildEndpointTools(heap.value));
  const toolsBuilt = performance.now();
  const toolListBytes = Buffer.byteLength(
    JSON.stringify(
      tools.value.map((tool) => ({
        name: tool.name,
        title: tool.title,
        description: tool.description,
        inputSchema: tool.inputSchema,
        annotations: tool.annotations,
      })),
    ),
  );
  const row = {
    spec: label,
    operations: spec.operations.length,
    rawBytes: Buffer.byteLength(text),
    processedBytes: Buffer.byteLength(stored),
    parseRawMs: round(parsed - started, 0),
    processMs: round(processed - parsed, 0),
    heapMB: heap.bytes === undefined ? null : mb(heap.bytes),
    indexBuildMs: round(indexed - indexStarted, 0),
    indexHeapMB: index.bytes === undefined ? null : mb(index.bytes),
    endpointToolsBuildMs: round(toolsBuilt - toolsStarted, 0),
    endpointToolsHeapMB: tools.bytes === undefined ? null : mb(tools.bytes),
    endpointToolListMB: mb(toolListBytes),
  };
  console.log(
    `${label}: ${row.operations} operations, raw ${mb(row.rawBytes)} MB -> processed ` +
      `${mb(row.processedBytes)} MB in ${row.processMs} ms; parsed processed spec holds ` +
      `${row.heapMB ?? "?"} MB of heap; index ${row.indexBuildMs} ms, ${row.indexHeapMB ?? "?"} MB; ` +
      `endpoint tools ${row.endpointToolsBuildMs} ms, ${row.endpointToolsHeapMB ?? "?"} MB, ` +
      `tools/list ${row.endpointToolListMB} MB`,
  );
  return { row, index: index.value };
}

if (!gc) console.log("(run with node --expose-gc to measure heap)");
const sharedText = readFileSync(specPath, "utf8");
const shared = measure("shared 2024-08", sharedText);
const doubled = measure("synthetic 2x", doubledSpec(sharedText));

const ranks: (number | undefined)[] = [];
const latencies: number[] = [];
const misses: Array<{ query: string; expected: string; got: string[] }> = [];
for (const { query, expected } of queries) {
  const started = performance.now();
  const results = findOperations(shared.index, query, { limit: 10 });
  latencies.push(performance.now() - started);
  const got = results.map((result) => `${result.method} ${result.path}`);
  const index = got.indexOf(expected);
  ranks.push(index === -1 ? undefined : index + 1);
  if (index === -1 || index >= K) misses.push({ query, expected, got: got.slice(0, K) });
}
const bySet = (set: RankingQuery["set"]) =>
  recallAndMrr(
    ranks.filter((_, i) => queries[i]!.set === set),
    K,
  );
const all = recallAndMrr(ranks, K);
const ranking = {
  queries: queries.length,
  recallAt5: round(all.recall, 3),
  mrrAt5: round(all.mrr, 3),
  tuning: mapRound(bySet("tuning")),
  holdout: mapRound(bySet("holdout")),
  queryP50Ms: round(percentile(latencies, 50)),
  queryP95Ms: round(percentile(latencies, 95)),
  misses,
};
function mapRound(value: { recall: number; mrr: number }) {
  return { recallAt5: round(value.recall, 3), mrrAt5: round(value.mrr, 3) };
}
console.log(
  `ranking: ${queries.length} queries, recall@5 ${ranking.recallAt5}, MRR@5 ${ranking.mrrAt5} ` +
    `(tuning ${ranking.tuning.recallAt5}/${ranking.tuning.mrrAt5}, holdout ` +
    `${ranking.holdout.recallAt5}/${ranking.holdout.mrrAt5}); query p50 ${ranking.queryP50Ms} ms`,
);
for (const miss of misses) console.log(`  miss: "${miss.query}" expected ${miss.expected}`);

const rows = [shared.row, doubled.row];
const checks = {
  processedUnder30MB: rows.every((row) => row.processedBytes / 1_000_000 < TARGETS.processedMB),
  heapUnder128MB: rows.every((row) => row.heapMB === null || row.heapMB < TARGETS.heapMB),
  recallAt5: ranking.recallAt5 >= TARGETS.recallAt5,
};
console.log(`checks: ${JSON.stringify(checks)}`);

const table = rows
  .map(
    (row) =>
      `| ${row.spec} | ${row.operations} | ${mb(row.rawBytes)} | ${mb(row.processedBytes)} | ` +
      `${row.processMs} | ${row.heapMB ?? "n/a"} | ${row.indexBuildMs} | ` +
      `${row.endpointToolsBuildMs} | ${row.endpointToolsHeapMB ?? "n/a"} | ${row.endpointToolListMB} |`,
  )
  .join("\n");
const written = writeResults(
  "openapi",
  { machine: machineFacts(), targets: TARGETS, sizes: rows, ranking, checks },
  [
    "# OpenAPI spec pipeline",
    "",
    "| spec | operations | raw MB | processed MB | process ms | heap MB (parsed) | index ms | endpoint tools ms | endpoint tools heap MB | codemode=false tools/list MB |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    table,
    "",
    `Endpoint search: ${queries.length} queries, recall@5 ${ranking.recallAt5}, MRR@5 ` +
      `${ranking.mrrAt5}; tuning set ${ranking.tuning.recallAt5} / ${ranking.tuning.mrrAt5}, ` +
      `holdout set ${ranking.holdout.recallAt5} / ${ranking.holdout.mrrAt5}; query p50 ` +
      `${ranking.queryP50Ms} ms, p95 ${ranking.queryP95Ms} ms.`,
  ].join("\n"),
);
console.log(`wrote ${written.join(", ")}`);
if (!Object.values(checks).every(Boolean)) process.exitCode = 1;
