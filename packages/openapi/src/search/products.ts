/**
 * Product profiles: everything the spec (and, when given, the docs that show its calls) says about
 * a product, as one bag of words per product. A goal-only request ("keep serving my pages when
 * the server is down") rarely shares words with the one summary that answers it, but it shares
 * them with what the product's endpoints and docs say as a whole; ranking products first and
 * operations within them is what people do when they look for an endpoint.
 * @module
 */
import { type QueryGroup, weightFor } from "./query.ts";

/** One product's words: term counts and their total. */
export interface ProductProfile {
  terms: Map<string, number>;
  length: number;
}

const K1 = 1.2;
const B = 0.75;

/** Adds `terms` to the profile of `product`. */
export function addToProfile(
  profiles: Map<string, ProductProfile>,
  product: string,
  terms: readonly string[],
): void {
  let profile = profiles.get(product);
  if (!profile) {
    profile = { terms: new Map(), length: 0 };
    profiles.set(product, profile);
  }
  for (const term of terms) profile.terms.set(term, (profile.terms.get(term) ?? 0) + 1);
  profile.length += terms.length;
}

/**
 * BM25 of the request against each product profile, divided by the best: 1 for the product the
 * request is most about, 0 for products it shares no word with.
 */
export function productRelevance(
  profiles: ReadonlyMap<string, ProductProfile>,
  groups: readonly QueryGroup[],
): Map<string, number> {
  const count = profiles.size;
  let total = 0;
  for (const profile of profiles.values()) total += profile.length;
  const average = Math.max(total / Math.max(count, 1), 1);
  const scores = new Map<string, number>();
  const documentFrequency = new Map<string, number>();
  for (const group of groups) {
    for (const { term } of group.terms) {
      if (documentFrequency.has(term)) continue;
      let n = 0;
      for (const profile of profiles.values()) if (profile.terms.has(term)) n++;
      documentFrequency.set(term, n);
    }
  }
  for (const [product, profile] of profiles) {
    const norm = 1 - B + (B * profile.length) / average;
    let score = 0;
    for (const group of groups) {
      let best = 0;
      for (const weighted of group.terms) {
        const { term } = weighted;
        const weight = weightFor(weighted, product);
        const tf = profile.terms.get(term);
        if (!tf) continue;
        const n = documentFrequency.get(term)!;
        const idf = Math.log(1 + (count - n + 0.5) / (n + 0.5));
        best = Math.max(best, weight * idf * ((tf * (K1 + 1)) / (tf + K1 * norm)));
      }
      score += best;
    }
    if (score > 0) scores.set(product, score);
  }
  const top = Math.max(0, ...scores.values());
  if (top > 0) for (const [product, score] of scores) scores.set(product, score / top);
  return scores;
}
