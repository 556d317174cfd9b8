/**
 * `findOperations`: ranks the operations of a `SearchIndex` against a free-text request such as
 * "create a dns record" or "turn on HTTP/3", with BM25F scoring over weighted fields, the
 * Cloudflare vocabulary (`@repo/vocabulary`), and signals that matter for APIs: the products the
 * request names or points at, the action it asks for, how much of it an operation covers,
 * deprecation, and exact operationId or path matches.
 * @module
 */
import { GATED_API_PRODUCTS } from "@repo/vocabulary";
import { normalizeProductKey } from "../product.ts";
import type { EndpointCard, IndexedOperation, SearchIndex } from "./build.ts";
import { type AskedAction, intentFit, requestIntents, whatExists } from "./intent.ts";
import { productRelevance } from "./products.ts";
import { parseQuery, type QueryGroup, rawWords, weightFor } from "./query.ts";
import { tokenize } from "./tokenize.ts";
import { correctTypos } from "./typos.ts";

/** A card with its relevance score (higher is better; only comparable within one search). */
export interface RankedEndpoint extends EndpointCard {
  score: number;
}

/** Options of `findOperations`. */
export interface FindOptions {
  /** Most results returned; default 10, at most 100. */
  limit?: number;
  /** Only operations of this product (`secrets_store`; `secrets-store` works too). */
  product?: string;
}

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;
/** BM25 term-frequency saturation and length normalisation. */
const K1 = 1.2;
/** Score factors: a product the request names outright, one its words point at, a product that
 * only counts when asked about (Radar, Workers AI models) but was not, and a deprecated operation. */
const NAMED_PRODUCT = 2;
const POINTED_PRODUCT = 1.3;
const UNASKED_GATED_PRODUCT = 0.35;
const DEPRECATED = 0.45;
/** A product the request only mentions when a phrase says which product answers it. */
const MENTIONED_PRODUCT = 0.5;
/** Up to this much more for operations of the product the request is most about. */
const PRODUCT_RELEVANCE = 1;
/** How much a group's terms other than its best one add (the best counts fully). */
const EXTRA_TERMS = 0.25;
/** Added for a query that is exactly an operationId or a path. */
const EXACT_MATCH_BONUS = 100;

/**
 * The operations best matching `query`, best first. An empty or stop-word-only query returns [].
 */
export function findOperations(
  index: SearchIndex,
  query: string,
  options: FindOptions = {},
): RankedEndpoint[] {
  const limit = Math.min(Math.max(Math.floor(options.limit ?? DEFAULT_LIMIT), 0), MAX_LIMIT);
  const product = options.product === undefined ? undefined : normalizeProductKey(options.product);
  const inventory = whatExists(query);
  const { groups, reading } = parseQuery(inventory ?? query);
  correctTypos(index, groups);
  const counted = groups.filter((group) => group.counts).length;
  if (counted === 0 || limit === 0) return [];
  const named = new Set(reading.named.flatMap((match) => match.item.api ?? []));
  const pointed = new Map(reading.api);
  const byKey = productsNamedByKey(index, groups, reading.collisions);
  for (const key of byKey.named) named.add(key);
  for (const key of byKey.pointed) pointed.set(key, (pointed.get(key) ?? 0) + 1);
  // A phrase that says which product answers ("who deleted ...": the audit log) outranks the
  // products the request only mentions.
  const answering = reading.entries.flatMap(({ item }) => (item.answers ? (item.api ?? []) : []));
  const mentioned = new Set<string>();
  if (answering.length > 0) {
    for (const key of [...named, ...pointed.keys()])
      if (!answering.includes(key)) mentioned.add(key);
    named.clear();
    for (const key of answering) named.add(key);
  }
  const intents: ReadonlySet<AskedAction> = inventory
    ? new Set(["inventory"])
    : requestIntents(reading.intents, rawWords(query));
  const exact = exactTarget(query);
  const count = index.operations.length;
  const relevance = productRelevance(index.profiles, groups);

  // Term at a time: each term's posting adds its BM25 score to the operations that hold it, and
  // records, per group, the best weight through which the operation answers that group. A group
  // counts through its best term; its other terms (synonyms, vocabulary words) add only a little,
  // so one word with many expansions cannot outweigh the rest of the request.
  const scores = new Float64Array(count);
  const touched: number[] = [];
  const coverage = groups.map(() => new Float32Array(count));
  const best = groups.map(() => new Float32Array(count));
  const seen = new Set<string>();
  groups.forEach((group, g) => {
    for (const weighted of group.terms) {
      const { term } = weighted;
      const posting = index.postings.get(term);
      if (!posting) continue;
      const documents = posting.positions.length;
      const idf = Math.log(1 + (count - documents + 0.5) / (documents + 0.5));
      const firstUse = !seen.has(term);
      seen.add(term);
      for (let i = 0; i < documents; i++) {
        const position = posting.positions[i]!;
        const frequency = posting.frequencies[i]!;
        const weight = weighted.except
          ? weightFor(weighted, index.operations[position]!.card.product)
          : weighted.weight;
        if (best[g]![position] === 0 && coverage[g]![position] === 0) touched.push(position);
        // A term shared by two groups (a synonym of both) scores once.
        if (firstUse) {
          const value = weight * idf * ((frequency * (K1 + 1)) / (frequency + K1));
          const previous = best[g]![position]!;
          if (value > previous) {
            scores[position]! += value - previous + EXTRA_TERMS * previous;
            best[g]![position] = value;
          } else {
            scores[position]! += EXTRA_TERMS * value;
          }
        }
        if (weight > coverage[g]![position]!) coverage[g]![position] = weight;
      }
    }
  });

  const ranked: Array<{ entry: IndexedOperation; score: number }> = [];
  for (const position of new Set(touched)) {
    const entry = index.operations[position]!;
    const card = entry.card;
    if (product !== undefined && card.product !== product) continue;
    let covered = 0;
    groups.forEach((group, g) => {
      if (group.counts) covered += Math.min(coverage[g]![position]!, 1);
    });
    // Prefer operations that answer the whole request over ones that repeat one of its words;
    // a word counts as answered through its synonyms too, at the synonym's weight.
    let score = scores[position]! * (0.4 + (0.6 * covered) / counted);
    if (named.has(card.product)) score *= NAMED_PRODUCT;
    else if (mentioned.has(card.product)) score *= MENTIONED_PRODUCT;
    else if (pointed.has(card.product)) score *= POINTED_PRODUCT;
    if (
      GATED_API_PRODUCTS.has(card.product) &&
      !named.has(card.product) &&
      !pointed.has(card.product)
    ) {
      score *= UNASKED_GATED_PRODUCT;
    }
    score *= 1 + PRODUCT_RELEVANCE * (relevance.get(card.product) ?? 0);
    score *= intentFit({ method: card.method, path: card.path, lists: entry.lists }, intents);
    if (card.deprecated) score *= DEPRECATED;
    if (exact && matchesExactly(card, exact)) score += EXACT_MATCH_BONUS;
    if (score > 0) ranked.push({ entry, score });
  }
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      Number(a.entry.card.deprecated ?? false) - Number(b.entry.card.deprecated ?? false) ||
      a.entry.card.path.length - b.entry.card.path.length,
  );
  return ranked
    .slice(0, limit)
    .map(({ entry, score }) => ({ ...entry.card, score: Math.round(score * 1000) / 1000 }));
}

/**
 * Products whose key appears, as consecutive terms, among the user's own terms, unless those are
 * ordinary words that only stem onto the key ("calls"). A key of several words ("secrets store",
 * "dns records") names its product; a key of one word ("email", "logs", "user") is an ordinary
 * noun as often as a product, so it only points at the product.
 */
function productsNamedByKey(
  index: SearchIndex,
  groups: readonly QueryGroup[],
  collisions: ReadonlySet<string>,
): { named: Set<string>; pointed: Set<string> } {
  const own = groups.filter((group) => group.counts).map((group) => group.terms[0]!.term);
  const colliding = new Set([...collisions].flatMap((word) => tokenize(word)));
  const named = new Set<string>();
  const pointed = new Set<string>();
  for (const [product, terms] of index.productTerms) {
    if (terms.length === 0 || terms.every((term) => colliding.has(term))) continue;
    if (containsRun(own, terms)) (terms.length > 1 ? named : pointed).add(product);
  }
  return { named, pointed };
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((term, offset) => haystack[start + offset] === term)) return true;
  }
  return false;
}

/** An operationId or a path (optionally after a method) typed as the whole query. */
function exactTarget(query: string): { method?: string; value: string } | undefined {
  const match = /^\s*(?:(get|put|post|delete|patch|head|options)\s+)?(\S+)\s*$/i.exec(query);
  if (!match) return undefined;
  return match[1] ? { method: match[1].toUpperCase(), value: match[2]! } : { value: match[2]! };
}

function matchesExactly(card: EndpointCard, target: { method?: string; value: string }): boolean {
  if (target.method !== undefined && target.method !== card.method) return false;
  if (target.value.startsWith("/")) return samePath(card.path, target.value);
  return card.operationId === target.value;
}

/** Paths compared with parameter names ignored: `/zones/{id}` matches `/zones/{zone_id}`. */
function samePath(a: string, b: string): boolean {
  const shape = (path: string) => path.replace(/\{[^}]*\}/g, "{}").replace(/\/+$/, "");
  return shape(a) === shape(b);
}
