// Docs search benchmark: loads the full docs corpus into a fresh local D1 database, then asks the
// quality set (docs-questions.json) and prints load time, recall@5, MRR@5 and query latency.
// `pnpm --filter @repo/bench run docs` (`run` is needed: `pnpm docs` is a pnpm built-in command);
// CLOUDFLARE_DOCS_CORPUS overrides the corpus file.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { searchDocs } from "@repo/docs-search";
import { loadCorpusIntoLocalD1, openLocalD1 } from "@repo/docs-search/loader";
import { firstHitRank, recallAndMrr } from "./lib/ranking.ts";
import { machineFacts, REPO_ROOT, writeResults } from "./lib/results.ts";
import { percentile, round } from "./lib/stats.ts";

interface Question {
  question: string;
  expected: string[];
}

const K = 5;
const TIMED_ROUNDS = 5;
const TARGETS = { recallAt5: 0.85, p50Ms: 30 };

const corpusPath =
  process.env.CLOUDFLARE_DOCS_CORPUS ?? join(REPO_ROOT, "..", "shared/data/cloudflare-docs.jsonl");
const configPath = join(REPO_ROOT, "packages/docs-search/wrangler.jsonc");
const { questions } = JSON.parse(
  readFileSync(join(import.meta.dirname, "docs-questions.json"), "utf8"),
) as { questions: Question[] };

const persistTo = mkdtempSync(join(tmpdir(), "docs-bench-"));
try {
  console.log(`Loading ${corpusPath} into a fresh local D1 (${persistTo})…`);
  const load = await loadCorpusIntoLocalD1({ corpusPath, configPath, persistTo });
  console.log(
    `  pages ${load.pages}, passages ${load.passages}, products ${load.products}, ` +
      `${load.seconds.toFixed(1)} s`,
  );

  const local = await openLocalD1({ configPath, persistTo });
  try {
    const ranks: (number | undefined)[] = [];
    const misses: Array<{ question: string; expected: string[]; got: string[] }> = [];
    for (const { question, expected } of questions) {
      const { results } = await searchDocs(local.db, { query: question, limit: K });
      const urls = results.map((result) => result.url);
      const rank = firstHitRank(urls, expected);
      ranks.push(rank);
      if (rank === undefined) misses.push({ question, expected, got: urls });
    }
    const { recall, mrr } = recallAndMrr(ranks, K);

    // Latency from Node includes one loopback round trip to the local runtime per query; the
    // round trip of a trivial query is measured too, so it can be told apart.
    const latencies: number[] = [];
    const roundTrips: number[] = [];
    for (let round = 0; round < TIMED_ROUNDS; round++) {
      for (const { question } of questions) {
        let started = performance.now();
        await searchDocs(local.db, { query: question, limit: K });
        latencies.push(performance.now() - started);
        started = performance.now();
        await local.db.prepare("SELECT 1").first();
        roundTrips.push(performance.now() - started);
      }
    }
    const result = {
      benchmark: "docs",
      measuredAt: new Date().toISOString(),
      machine: machineFacts(),
      corpus: { pages: load.pages, passages: load.passages, products: load.products },
      loadSeconds: round(load.seconds, 1),
      questions: questions.length,
      recallAt5: round(recall, 3),
      mrrAt5: round(mrr, 3),
      latencyMs: {
        p50: round(percentile(latencies, 50), 1),
        p95: round(percentile(latencies, 95), 1),
        samples: latencies.length,
      },
      roundTripMs: { p50: round(percentile(roundTrips, 50), 1) },
      targets: TARGETS,
      misses,
    };
    report(result);
  } finally {
    await local.dispose();
  }
} finally {
  rmSync(persistTo, { recursive: true, force: true });
}

function report(result: {
  loadSeconds: number;
  questions: number;
  recallAt5: number;
  mrrAt5: number;
  latencyMs: { p50: number; p95: number; samples: number };
  roundTripMs: { p50: number };
  corpus: { pages: number; passages: number; products: number };
  misses: Array<{ question: string; expected: string[]; got: string[] }>;
  measuredAt: string;
  machine: { cpus: number; node: string };
}): void {
  const verdict = (ok: boolean) => (ok ? "meets target" : "BELOW TARGET");
  const lines = [
    `load: ${result.loadSeconds} s (${result.corpus.passages} passages)`,
    `recall@5: ${result.recallAt5} (${verdict(result.recallAt5 >= TARGETS.recallAt5)} >= ${TARGETS.recallAt5})`,
    `MRR@5: ${result.mrrAt5}`,
    `latency p50: ${result.latencyMs.p50} ms (${verdict(result.latencyMs.p50 < TARGETS.p50Ms)} < ${TARGETS.p50Ms} ms), p95: ${result.latencyMs.p95} ms`,
    `round trip of SELECT 1 (included above): p50 ${result.roundTripMs.p50} ms`,
  ];
  console.log(lines.join("\n"));
  for (const miss of result.misses) {
    console.log(`  miss: ${miss.question}\n    top: ${miss.got.slice(0, 3).join("\n         ")}`);
  }
  const markdown = [
    "# Docs search benchmark",
    "",
    `Measured ${result.measuredAt} on ${result.machine.cpus} CPUs, Node ${result.machine.node}.`,
    "`pnpm --filter @repo/bench run docs` regenerates this file.",
    "",
    "| measure | value | target |",
    "| --- | --- | --- |",
    `| corpus | ${result.corpus.pages} pages, ${result.corpus.passages} passages, ${result.corpus.products} products | |`,
    `| load time (local D1) | ${result.loadSeconds} s | < 120 s |`,
    `| questions | ${result.questions} | >= 50 |`,
    `| recall@5 | ${result.recallAt5} | >= ${TARGETS.recallAt5} |`,
    `| MRR@5 | ${result.mrrAt5} | |`,
    `| latency p50 | ${result.latencyMs.p50} ms | < ${TARGETS.p50Ms} ms |`,
    `| latency p95 | ${result.latencyMs.p95} ms | |`,
    `| of which Node-to-workerd round trip (p50) | ${result.roundTripMs.p50} ms | |`,
    "",
    `Latency is measured from Node through wrangler's platform proxy over ${result.latencyMs.samples} queries (${TIMED_ROUNDS} rounds of the set), so it includes one loopback round trip per query.`,
    "",
    "## Misses (no expected page in the top 5)",
    "",
    ...(result.misses.length === 0
      ? ["None."]
      : result.misses.map((miss) => `- ${miss.question} (expected ${miss.expected.join(", ")})`)),
  ];
  const files = writeResults("docs", result, markdown.join("\n"));
  console.log(`wrote ${files.join(", ")}`);
}
