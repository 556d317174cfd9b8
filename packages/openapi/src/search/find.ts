/**
 * `findOperations`: ranks the operations of a `SearchIndex` against a free-text request such as
 * "create a dns record", with BM25F scoring over weighted fields plus a few signals that matter
 * for APIs: the product the query names, how much of the query an operation covers, deprecation,
 * and exact operationId or path matches.
 * @module
 */
import { normalizeProductKey } from "../product.ts";
import type { EndpointCard, IndexedOperation, SearchIndex } from "./build.ts";
import { FIELD_WEIGHTS, SEARCH_FIELDS } from "./fields.ts";
import { expandTerm, rewritePhrases } from "./synonyms.ts";
import { tokenize } from "./tokenize.ts";

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
const B = 0.6;
/** Score multiplier for operations of a product the query names ("dns records", "workers"). */
const PRODUCT_BOOST = 2;
const DEPRECATED_FACTOR = 0.7;
/** Added for a query that is exactly an operationId or a path. */
const EXACT_MATCH_BONUS = 100;

/** One term the user typed, with the synonyms it brought in. */
interface QueryGroup {
  /** The user's term first (weight 1), then its synonyms (lower weights). */
  terms: Array<{ term: string; weight: number }>;
}

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
  const groups = queryGroups(query);
  if (groups.length === 0 || limit === 0) return [];
  const namedProducts = productsNamed(index, groups);
  const exact = exactTarget(query);
  const idf = inverseDocumentFrequencies(index, groups);

  const candidates = new Set<number>();
  for (const term of idf.keys()) {
    for (const position of index.postings.get(term) ?? []) candidates.add(position);
  }

  const ranked: Array<{ entry: IndexedOperation; score: number }> = [];
  for (const position of candidates) {
    const entry = index.operations[position]!;
    if (product !== undefined && entry.card.product !== product) continue;
    let score = 0;
    let covered = 0;
    for (const group of groups) {
      let best = 0;
      for (const { term, weight } of group.terms) {
        const frequency = weightedFrequency(index, entry, term);
        if (frequency === 0) continue;
        score += weight * idf.get(term)! * ((frequency * (K1 + 1)) / (frequency + K1));
        best = Math.max(best, weight);
      }
      covered += best;
    }
    // Prefer operations that answer the whole request over ones that repeat one of its words;
    // a word counts as answered through its synonyms too, at the synonym's weight.
    score *= 0.5 + (0.5 * covered) / groups.length;
    if (namedProducts.has(entry.card.product)) score *= PRODUCT_BOOST;
    if (entry.card.deprecated) score *= DEPRECATED_FACTOR;
    if (exact && matchesExactly(entry.card, exact)) score += EXACT_MATCH_BONUS;
    if (score > 0) ranked.push({ entry, score });
  }
  ranked.sort((a, b) => b.score - a.score || a.entry.card.path.length - b.entry.card.path.length);
  return ranked
    .slice(0, limit)
    .map(({ entry, score }) => ({ ...entry.card, score: Math.round(score * 1000) / 1000 }));
}

/** One group per distinct term of the query, holding the term and its synonyms. */
function queryGroups(query: string): QueryGroup[] {
  const groups = new Map<string, QueryGroup>();
  for (const term of tokenize(rewritePhrases(query))) {
    if (groups.has(term)) continue;
    groups.set(term, { terms: [{ term, weight: 1 }, ...expandTerm(term)] });
  }
  return [...groups.values()];
}

/** BM25 idf of every term of the query, synonyms included. */
function inverseDocumentFrequencies(index: SearchIndex, groups: readonly QueryGroup[]) {
  const count = index.operations.length;
  const idf = new Map<string, number>();
  for (const group of groups) {
    for (const { term } of group.terms) {
      const documents = index.postings.get(term)?.length ?? 0;
      idf.set(term, Math.log(1 + (count - documents + 0.5) / (documents + 0.5)));
    }
  }
  return idf;
}

/** BM25F: field frequencies, each normalised by its field length, summed with field weights. */
function weightedFrequency(index: SearchIndex, entry: IndexedOperation, term: string): number {
  let total = 0;
  for (const field of SEARCH_FIELDS) {
    const count = entry.terms[field].get(term);
    if (!count) continue;
    const norm = 1 - B + (B * entry.lengths[field]) / index.averageLengths[field];
    total += (FIELD_WEIGHTS[field] * count) / norm;
  }
  return total;
}

/** Products whose whole name appears, as consecutive terms, among the user's own terms. */
function productsNamed(index: SearchIndex, groups: readonly QueryGroup[]): Set<string> {
  const own = groups.map((group) => group.terms[0]!.term);
  const named = new Set<string>();
  for (const [product, productTerms] of index.productTerms) {
    if (productTerms.length > 0 && containsRun(own, productTerms)) named.add(product);
  }
  return named;
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
