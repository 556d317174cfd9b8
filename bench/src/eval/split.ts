// Checks the evaluation sets (bench/eval/*.json) and their split: `node src/eval/split.ts` verifies
// that every item's half is the deterministic one, that the sets meet their size rules, and, when
// the shared data is present, that every accepted answer exists in it. `--write` (re)assigns
// halves: run it only when adding items, never to move existing ones.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PAGE_QUESTIONS } from "@repo/docs-search";
import { deriveProduct } from "@repo/openapi";
import { OPERATION_PHRASINGS, operationKey, PRODUCTS, VOCABULARY } from "@repo/vocabulary";
import { REPO_ROOT } from "../lib/results.ts";
import {
  type NearOverlap,
  pageQuestionOverlaps,
  phrasingOverlaps,
  vocabularyOverlaps,
} from "./contamination.ts";
import {
  DOCS_QUESTIONS_FILE,
  ENDPOINT_TASKS_FILE,
  type EvalItem,
  type EvalSet,
  readEvalSet,
  splitHalves,
} from "./sets.ts";

const { values } = parseArgs({
  options: {
    write: { type: "boolean", default: false },
    overlaps: { type: "boolean", default: false },
  },
});
const DATA_DIR = join(REPO_ROOT, "..", "shared/data");
const specPath =
  process.env.CLOUDFLARE_OPENAPI_SPEC ?? join(DATA_DIR, "cloudflare-openapi-2024-08.json");
const corpusPath = process.env.CLOUDFLARE_DOCS_CORPUS ?? join(DATA_DIR, "cloudflare-docs.jsonl");

/** Products of today's API that the 2024-08 spec predates (Secrets Store, Workers Builds). */
const LATER_PRODUCTS = new Set(["secrets_store", "builds"]);

/** Minimum sizes per set (issue 13): total, per class, distinct products. */
const RULES = {
  endpoints: { total: 300, classes: { paraphrased: 100, goal: 100 }, products: 40 },
  docs: { total: 200, classes: { paraphrased: 70 }, products: 0 },
} as const;

let problems = 0;
const problem = (message: string) => {
  problems++;
  console.error(`  ✗ ${message}`);
};

function checkSet(name: keyof typeof RULES, file: string, known: Set<string> | undefined) {
  const set: EvalSet = readEvalSet(file);
  const halves = splitHalves(set.items);
  const ids = new Set<string>();
  for (const item of set.items) {
    if (ids.has(item.id)) problem(`${name}: duplicate id ${item.id}`);
    ids.add(item.id);
    const half = halves.get(item.id)!;
    if (values.write) item.half = half;
    else if (item.half !== half)
      problem(`${name}: ${item.id} is in ${item.half}, split says ${half}`);
    if (known) {
      for (const answer of item.accept) {
        if (!known.has(answer)) problem(`${name}: ${item.id} accepts ${answer}, not in the data`);
      }
    }
  }
  const rules = RULES[name];
  const byClass = countBy(set.items, (item) => item.class);
  const byHalf = countBy(set.items, (item) => `${item.half ?? halves.get(item.id)}`);
  const products = new Set(set.items.map((item) => item.product)).size;
  if (set.items.length < rules.total)
    problem(`${name}: ${set.items.length} items < ${rules.total}`);
  for (const [evalClass, minimum] of Object.entries(rules.classes)) {
    if ((byClass.get(evalClass) ?? 0) < minimum)
      problem(`${name}: fewer than ${minimum} ${evalClass}`);
  }
  if (products < rules.products) problem(`${name}: ${products} products < ${rules.products}`);
  console.log(
    `${name}: ${set.items.length} items, ${products} products, ` +
      `${[...byClass].map(([k, v]) => `${k} ${v}`).join(", ")}; ` +
      `${[...byHalf].map(([k, v]) => `${k} ${v}`).join(", ")}` +
      (known ? "; every accepted answer exists" : "; answers not checked (no data)"),
  );
  if (values.write) writeFileSync(file, `${JSON.stringify(set, null, 2)}\n`);
}

/** Every spec product key and docs slug the vocabulary names exists in the data (when present). */
function checkVocabulary(): void {
  const specProducts = existsSync(specPath)
    ? new Set(
        Object.keys(
          (JSON.parse(readFileSync(specPath, "utf8")) as { paths: Record<string, unknown> }).paths,
        ).map((path) => deriveProduct(path)),
      )
    : undefined;
  const docsProducts = existsSync(corpusPath)
    ? new Set(
        readFileSync(corpusPath, "utf8")
          .split("\n")
          .filter((line) => line.trim() !== "")
          .map((line) => (JSON.parse(line) as { product: string }).product),
      )
    : undefined;
  const unknown = new Set<string>();
  for (const entry of [...VOCABULARY, ...PRODUCTS]) {
    for (const key of entry.api ?? []) {
      if (specProducts && !specProducts.has(key) && !LATER_PRODUCTS.has(key))
        unknown.add(`api:${key}`);
    }
    for (const slug of entry.docs ?? []) {
      if (docsProducts && !docsProducts.has(slug)) unknown.add(`docs:${slug}`);
    }
  }
  if (unknown.size > 0)
    problem(`vocabulary names products the data lacks: ${[...unknown].join(", ")}`);
  else console.log("vocabulary: every product key and docs slug exists in the data");
}

/** Every operation the phrasings name exists in the spec (when present). */
function checkPhrasingKeys(): void {
  const known = specOperations();
  if (!known) return;
  const keys = new Set([...known].map((key) => operationKey(...splitKey(key))));
  const unknown = [...OPERATION_PHRASINGS.keys()].filter((key) => !keys.has(key));
  if (unknown.length > 0)
    problem(`operation phrasings name operations the spec lacks: ${unknown.join(", ")}`);
  else
    console.log(
      `operation phrasings: all ${OPERATION_PHRASINGS.size} operations exist in the spec`,
    );
}

function splitKey(key: string): [string, string] {
  const space = key.indexOf(" ");
  return [key.slice(0, space), key.slice(space + 1)];
}

function countBy(items: readonly EvalItem[], key: (item: EvalItem) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function specOperations(): Set<string> | undefined {
  if (!existsSync(specPath)) return undefined;
  const spec = JSON.parse(readFileSync(specPath, "utf8")) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const known = new Set<string>();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of ["get", "put", "post", "delete", "patch"]) {
      if (item[method]) known.add(`${method.toUpperCase()} ${path}`);
    }
  }
  return known;
}

function corpusUrls(): Set<string> | undefined {
  if (!existsSync(corpusPath)) return undefined;
  const known = new Set<string>();
  for (const line of readFileSync(corpusPath, "utf8").split("\n")) {
    if (line.trim() !== "") known.add((JSON.parse(line) as { url: string }).url.split("#")[0]!);
  }
  return known;
}

/**
 * The docs search's questions per page: every path is a page of the corpus (when present), and no
 * question is an evaluation query word for word (they were written blind to the sets).
 */
function checkPageQuestions(urls: Set<string> | undefined): void {
  const paths = urls ? new Set([...urls].map((url) => new URL(url).pathname)) : undefined;
  const missing = Object.keys(PAGE_QUESTIONS).filter((path) => paths && !paths.has(path));
  for (const path of missing) problem(`page questions: ${path} is not a page of the corpus`);
  const flat = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const queries = new Set(readEvalSet(DOCS_QUESTIONS_FILE).items.map((item) => flat(item.query)));
  const same = Object.values(PAGE_QUESTIONS)
    .flat()
    .filter((question) => queries.has(flat(question)));
  for (const question of same) problem(`page questions: "${question}" is an evaluation query`);
  console.log(
    `page questions: ${Object.keys(PAGE_QUESTIONS).length} pages` +
      (paths ? ", every path a page of the corpus" : " (corpus absent: paths not checked)") +
      `, ${same.length} equal to an evaluation query`,
  );
}

const urls = corpusUrls();
checkSet("endpoints", ENDPOINT_TASKS_FILE, specOperations());
checkSet("docs", DOCS_QUESTIONS_FILE, urls);
checkVocabulary();
checkPageQuestions(urls);

const everything = [
  ...readEvalSet(ENDPOINT_TASKS_FILE).items,
  ...readEvalSet(DOCS_QUESTIONS_FILE).items,
];
const overlaps = vocabularyOverlaps(everything);
const phrases = new Set(overlaps.map((overlap) => overlap.phrase));
console.log(
  `vocabulary: ${phrases.size} phrases of two words or more occur word for word in ` +
    `${new Set(overlaps.map((overlap) => overlap.id)).size} evaluation queries` +
    (values.overlaps ? `:\n  ${[...phrases].join("\n  ")}` : " (--overlaps lists them)"),
);
const phrasingHits = phrasingOverlaps(readEvalSet(ENDPOINT_TASKS_FILE).items);
const byHalf = (half: string, hits: readonly NearOverlap[] = phrasingHits) =>
  new Set(hits.filter((hit) => hit.half === half).map((hit) => hit.id)).size;
console.log(
  `operation phrasings: match ${byHalf("tuning")} tuning and ${byHalf("heldout")} held-out ` +
    "endpoint queries word for word or nearly" +
    (values.overlaps
      ? ` (tuning):\n  ${[...new Set(phrasingHits.filter((hit) => hit.half === "tuning").map((hit) => hit.phrase))].join("\n  ")}`
      : " (--overlaps lists the tuning ones)"),
);
const questionHits = pageQuestionOverlaps(readEvalSet(DOCS_QUESTIONS_FILE).items);
console.log(
  `page questions: match ${byHalf("tuning", questionHits)} tuning and ` +
    `${byHalf("heldout", questionHits)} held-out docs questions word for word or nearly`,
);
checkPhrasingKeys();
if (problems > 0) {
  console.error(`${problems} problem(s)`);
  process.exitCode = 1;
}
