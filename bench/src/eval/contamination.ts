// Vocabulary phrases of two words or more that occur word for word in an evaluation query. The
// vocabulary and the sets were written by the same people, so such overlaps inflate the figures;
// `pnpm --filter @repo/bench eval:check` lists them so they can be generalised or removed.

import { VOCABULARY, vocabularyWords } from "@repo/vocabulary";
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
