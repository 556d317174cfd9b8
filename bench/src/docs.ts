// Docs search benchmark: loads the full docs corpus into a fresh local D1 database (the api
// server's DOCS_DB), asks the docs evaluation set (eval/docs-questions.json) and prints the load
// time, recall@5 for the tuning and held-out halves (overall and per class), and the latency of
// the `docs` tool called through a real MCP client on the api server (emulator + api as `pnpm dev` runs them),
// beside the latency of the search alone from Node through wrangler's platform proxy.
// `pnpm --filter @repo/bench run docs [--misses] [--no-tool]` (`run` is needed: `pnpm docs` is a
// pnpm built-in); CLOUDFLARE_DOCS_CORPUS overrides the corpus file. --misses lists the tuning
// half's misses (never the held-out half's).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { searchDocs } from "@repo/docs-search";
import { loadCorpusIntoLocalD1, openLocalD1 } from "@repo/docs-search/loader";
import { connectMcpClient, startApp, startEmulator } from "@repo/local-stack";
import { scoreSet, scoreTable } from "./eval/score.ts";
import { DOCS_QUESTIONS_FILE, readEvalSet } from "./eval/sets.ts";
import { pageUrl } from "./lib/ranking.ts";
import { machineFacts, REPO_ROOT, writeResults } from "./lib/results.ts";
import { percentile, round } from "./lib/stats.ts";

const K = 5;
const TOKEN = "cfemu_user_token";
const TARGETS = {
  heldoutRecall: 0.9,
  heldoutParaphrasedRecall: 0.8,
  toolP50Ms: 30,
  loadSeconds: 15,
};
const { values } = parseArgs({
  options: {
    misses: { type: "boolean", default: false },
    "no-tool": { type: "boolean", default: false },
  },
});
const corpusPath =
  process.env.CLOUDFLARE_DOCS_CORPUS ?? join(REPO_ROOT, "..", "shared/data/cloudflare-docs.jsonl");
const configPath = join(REPO_ROOT, "apps/api/wrangler.jsonc");
const { items } = readEvalSet(DOCS_QUESTIONS_FILE);
const summary = (samples: number[]) => ({
  p50: round(percentile(samples, 50), 1),
  p95: round(percentile(samples, 95), 1),
  samples: samples.length,
});

const persistTo = mkdtempSync(join(tmpdir(), "docs-bench-"));
try {
  console.log(`Loading ${corpusPath} into a fresh local D1 (${persistTo})…`);
  const load = await loadCorpusIntoLocalD1({ corpusPath, configPath, persistTo });
  console.log(`  ${load.pages} pages, ${load.passages} passages, ${load.seconds.toFixed(1)} s`);

  const local = await openLocalD1({ configPath, persistTo });
  let score: Awaited<ReturnType<typeof scoreSet>>;
  const proxyLatencies: number[] = [];
  try {
    score = await scoreSet(
      items,
      async (item) => {
        const started = performance.now();
        const { results } = await searchDocs(local.db, { query: item.query, limit: K });
        proxyLatencies.push(performance.now() - started);
        return results.map((result) => pageUrl(result.url));
      },
      K,
    );
  } finally {
    await local.dispose();
  }

  const toolLatencies = values["no-tool"] ? [] : await toolLatency(persistTo);
  const result = {
    benchmark: "docs",
    measuredAt: new Date().toISOString(),
    machine: machineFacts(),
    corpus: { pages: load.pages, passages: load.passages, products: load.products },
    loadSeconds: round(load.seconds, 1),
    items: items.length,
    recallAt5: score.cells,
    latencyMs: { tool: summary(toolLatencies), proxy: summary(proxyLatencies) },
    targets: TARGETS,
  };
  const markdown = [
    "# Docs search",
    "",
    `${items.length} questions from \`eval/docs-questions.json\` over the full corpus ` +
      `(${load.pages} pages, ${load.passages} passages, ${load.products} products).`,
    "",
    scoreTable(score, K),
    "",
    `Load into a fresh local D1: ${result.loadSeconds} s (target <= ${TARGETS.loadSeconds} s).`,
    `Latency of the \`docs\` tool through an MCP client on the api server (as \`pnpm dev\` runs it): p50 ${result.latencyMs.tool.p50} ms, ` +
      `p95 ${result.latencyMs.tool.p95} ms (${result.latencyMs.tool.samples} calls; target p50 <= ${TARGETS.toolP50Ms} ms).`,
    `Search alone from Node through the platform proxy: p50 ${result.latencyMs.proxy.p50} ms, p95 ${result.latencyMs.proxy.p95} ms.`,
    "",
    `Measured ${result.measuredAt} on ${result.machine.cpus} CPUs (${result.machine.cpuModel}), Node ${result.machine.node}.`,
  ].join("\n");
  console.log(markdown);
  if (values.misses) {
    console.log(`\nTuning misses (${score.tuningMisses.length}):`);
    for (const miss of score.tuningMisses) {
      console.log(`- [${miss.class}] ${miss.query}\n    got: ${miss.got.join(" | ") || "nothing"}`);
    }
  }
  writeResults("docs", result, markdown);
} finally {
  rmSync(persistTo, { recursive: true, force: true });
}

/** Each question once through the api server's `docs` tool, after one warm-up call. */
async function toolLatency(state: string): Promise<number[]> {
  console.log("Starting the emulator and the api server for tool latency…");
  const emulator = await startEmulator();
  const app = await startApp("api", { apiBaseUrl: emulator.apiBaseUrl, persistTo: state });
  try {
    const client = await connectMcpClient(app.mcpUrl, { token: TOKEN });
    await client.callTool({ name: "docs", arguments: { query: "warm up" } });
    const latencies: number[] = [];
    for (const item of items) {
      const started = performance.now();
      const result = await client.callTool({ name: "docs", arguments: { query: item.query } });
      latencies.push(performance.now() - started);
      if (result.isError)
        throw new Error(`docs failed for ${item.query}: ${JSON.stringify(result)}`);
    }
    await client.close();
    return latencies;
  } finally {
    await Promise.allSettled([app.stop(), emulator.stop()]);
  }
}
