// Tuning the docs ranking, on the tuning half only: loads the corpus into a fresh local D1, reads
// each tuning question's candidates once, then ranks them under RANK_WEIGHTS and under each
// variant asked for, and prints recall@5 and MRR@5 of the tuning half and of its two folds (ids
// dealt by hash parity). A change that helps one fold and not the other is fitted to its items.
// Held-out questions are never read.
//
// pnpm --filter @repo/bench run docs:tune [--weights '{"question":1.5}'] [--sweep name=1,1.5,2]...
//   [--try '{"asked":1,"question":1}']...
//   [--misses] [--only <words of the questions to read>]

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadCorpusIntoLocalD1, openLocalD1 } from "@repo/docs-search/loader";
import {
  type Candidates,
  fetchCandidates,
  planQuery,
  type QueryPlan,
  RANK_WEIGHTS,
  type RankedPage,
  type RankWeights,
  rankPages,
} from "@repo/docs-search/ranking";
import { DOCS_QUESTIONS_FILE, type EvalItem, readEvalSet } from "./eval/sets.ts";
import { pageUrl, recallAndMrr } from "./lib/ranking.ts";
import { REPO_ROOT } from "./lib/results.ts";
import { round } from "./lib/stats.ts";

const K = 5;
const { values } = parseArgs({
  options: {
    weights: { type: "string" },
    sweep: { type: "string", multiple: true, default: [] },
    try: { type: "string", multiple: true, default: [] },
    misses: { type: "boolean", default: false },
    only: { type: "string" },
  },
});
const corpusPath =
  process.env.CLOUDFLARE_DOCS_CORPUS ?? join(REPO_ROOT, "..", "shared/data/cloudflare-docs.jsonl");
const configPath = join(REPO_ROOT, "apps/api/wrangler.jsonc");
const tuning = readEvalSet(DOCS_QUESTIONS_FILE).items.filter(
  (item) => item.half === "tuning" && (!values.only || item.query.includes(values.only)),
);

interface Read {
  item: EvalItem;
  plan: QueryPlan;
  candidates: Candidates;
}

type Weights = Partial<RankWeights>;

const base: Weights = values.weights ? (JSON.parse(values.weights) as Weights) : {};
const variants: Array<{ label: string; weights: Weights }> = [{ label: "current", weights: base }];
for (const json of values.try) {
  variants.push({ label: json, weights: { ...base, ...(JSON.parse(json) as Weights) } });
}
for (const sweep of values.sweep) {
  const [name = "", list = ""] = sweep.split("=");
  if (!(name in RANK_WEIGHTS)) throw new Error(`--sweep ${sweep}: no weight named ${name}`);
  for (const value of list.split(",").map(Number)) {
    if (!Number.isFinite(value))
      throw new Error(`--sweep ${sweep}: values are numbers, e.g. ${name}=1,1.5`);
    variants.push({ label: `${name}=${value}`, weights: { ...base, [name]: value } });
  }
}

const persistTo = mkdtempSync(join(tmpdir(), "docs-tune-"));
try {
  const load = await loadCorpusIntoLocalD1({ corpusPath, configPath, persistTo });
  console.log(
    `${load.pages} pages loaded in ${load.seconds.toFixed(1)} s; ${tuning.length} tuning questions`,
  );
  const local = await openLocalD1({ configPath, persistTo });
  const reads: Read[] = [];
  try {
    for (const item of tuning) {
      const plan = planQuery(item.query);
      if (!plan) continue;
      reads.push({
        item,
        plan,
        candidates: await fetchCandidates(local.db, plan, { product: "", limit: K }),
      });
    }
  } finally {
    await local.dispose();
  }
  console.log("| variant | tuning | fold A | fold B | MRR |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const variant of variants) {
    const ranks = reads.map((read) => rankOf(read, variant.weights));
    const cell = (fold?: number) => {
      const picked = ranks.filter(
        (_, index) => fold === undefined || foldOf(reads[index]!.item.id) === fold,
      );
      return recallAndMrr(picked, K);
    };
    const all = cell();
    console.log(
      `| ${variant.label} | ${round(all.recall, 3)} | ${round(cell(0).recall, 3)} | ${round(cell(1).recall, 3)} | ${round(all.mrr, 3)} |`,
    );
  }
  if (values.misses) {
    console.log("\nTuning misses (current):");
    for (const read of reads) {
      if (rankOf(read, base) !== undefined) continue;
      // With --only, the first ten and their scores, to see how far the accepted pages are.
      const got = rankedPages(read, base, values.only ? 10 : K).map(
        (page) =>
          `${page.url.replace("https://developers.cloudflare.com", "")} ${round(page.score, 2)}`,
      );
      console.log(`- [${read.item.class}] ${read.item.query}\n    got: ${got.join(" | ")}`);
    }
  }
} finally {
  rmSync(persistTo, { recursive: true, force: true });
}

function rankedPages({ plan, candidates }: Read, weights: Weights, limit: number): RankedPage[] {
  return rankPages(candidates.passages, candidates.pages, plan, limit, {
    questions: candidates.questions,
    weights,
  });
}

function rank(read: Read, weights: Weights): string[] {
  return rankedPages(read, weights, K).map((page) => pageUrl(page.url));
}

function rankOf(read: Read, weights: Weights): number | undefined {
  const accepted = new Set(read.item.accept);
  const index = rank(read, weights).findIndex((url) => accepted.has(url));
  return index === -1 ? undefined : index + 1;
}

/** 0 or 1, from the id alone: the two folds keep the same items whatever the ranking does. */
function foldOf(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 2;
}
