// Vocabulary phrases of two words or more that occur word for word in an evaluation query. The
// vocabulary and the sets were written by the same people, so such overlaps inflate the figures;
// `pnpm --filter @repo/bench eval:check` lists them so they can be generalised or removed.

import { PAGE_QUESTIONS } from "@repo/docs-search";
import { FILLER_WORDS, OPERATION_PHRASINGS, VOCABULARY, vocabularyWords } from "@repo/vocabulary";
import type { EvalItem } from "./sets.ts";

export function vocabularyOverlaps(
  items: readonly EvalItem[],
): Array<{ phrase: string; id: string }> {
  const queries = items.map((item) => ({
    id: item.id,
    words: ` ${vocabularyWords(item.query).join(" ")} `,
  }));
  const overlaps: Array<{ phrase: string; id: string }> = [];
  for (const entry of VOCABULARY) {
    for (const phrase of entry.say) {
      const words = vocabularyWords(phrase);
      if (words.length < 2) continue;
      const needle = ` ${words.join(" ")} `;
      for (const query of queries)
        if (query.words.includes(needle)) overlaps.push({ phrase, id: query.id });
    }
  }
  return overlaps;
}

/**
 * Evaluation queries that an operation phrasing matches word for word or nearly. The phrasings
 * were written blind to the sets; this measures how close they came anyway, by half. Only tuning
 * queries may be listed.
 */
export function phrasingOverlaps(items: readonly EvalItem[]): NearOverlap[] {
  return nearOverlaps([...OPERATION_PHRASINGS.values()].flat(), items);
}

/**
 * Docs evaluation questions that a page's question (src/questions of @repo/docs-search) matches
 * word for word or nearly. Those were written blind to the sets too: about as many near matches in
 * each half says they were; many more in the tuning half would say they were fitted to it.
 */
export function pageQuestionOverlaps(items: readonly EvalItem[]): NearOverlap[] {
  return nearOverlaps(Object.values(PAGE_QUESTIONS).flat(), items);
}

export interface NearOverlap {
  phrase: string;
  id: string;
  half: EvalItem["half"];
}

/** Phrases of three content words or more that an evaluation query holds word for word, or that share at least 80% of the words of both. */
function nearOverlaps(phrases: readonly string[], items: readonly EvalItem[]): NearOverlap[] {
  const content = (text: string) => vocabularyWords(text).filter((word) => !FILLER_WORDS.has(word));
  const queries = items.map((item) => {
    const words = content(item.query);
    return { item, words: new Set(words), text: ` ${words.join(" ")} ` };
  });
  const overlaps: NearOverlap[] = [];
  for (const phrase of phrases) {
    const words = content(phrase);
    if (words.length < 3) continue;
    const needle = ` ${words.join(" ")} `;
    const own = new Set(words);
    for (const query of queries) {
      const shared = [...own].filter((word) => query.words.has(word)).length;
      const near = shared / Math.max(own.size, query.words.size) >= 0.8;
      if (query.text.includes(needle) || near)
        overlaps.push({ phrase, id: query.item.id, half: query.item.half });
    }
  }
  return overlaps;
}
