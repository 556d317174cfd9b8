/**
 * Typo tolerance: a query term that no operation contains ("entires", "namspace") is answered by
 * the index terms one edit away (two for long words), at a lower weight. Only terms with no
 * postings are corrected, so a rare but real word is never replaced.
 * @module
 */
import type { SearchIndex } from "./build.ts";
import type { QueryGroup } from "./query.ts";

const TYPO_WEIGHT = 0.7;
const MIN_LENGTH = 4;

/** Adds corrections to the groups whose own term is unknown to the index. */
export function correctTypos(index: SearchIndex, groups: QueryGroup[]): void {
  for (const group of groups) {
    const own = group.terms[0];
    if (!group.counts || !own || own.term.length < MIN_LENGTH || index.postings.has(own.term))
      continue;
    if (/\d/.test(own.term)) continue;
    const allowed = own.term.length >= 7 ? 2 : 1;
    for (const term of termsOf(index)) {
      if (Math.abs(term.length - own.term.length) > allowed || term[0] !== own.term[0]) continue;
      if (editDistance(own.term, term, allowed) <= allowed) {
        group.terms.push({ term, weight: TYPO_WEIGHT * own.weight });
      }
    }
  }
}

const TERMS = new WeakMap<SearchIndex, string[]>();

function termsOf(index: SearchIndex): string[] {
  let terms = TERMS.get(index);
  if (!terms) {
    terms = [...index.postings.keys()].filter(
      (term) => term.length >= MIN_LENGTH - 1 && !/\d/.test(term),
    );
    TERMS.set(index, terms);
  }
  return terms;
}

/** Levenshtein distance with transpositions, giving up (returning `max + 1`) past `max`. */
function editDistance(a: string, b: string, max: number): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
