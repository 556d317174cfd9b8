// Retrieval quality measures over a list of ranked URLs.

/** Drops the `#anchor`, so a passage URL compares equal to its page URL. */
export function pageUrl(url: string): string {
  return url.split("#")[0]!;
}

/** 1-based rank of the first result whose page is expected, or undefined when none is. */
export function firstHitRank(
  resultUrls: readonly string[],
  expected: readonly string[],
): number | undefined {
  const wanted = new Set(expected.map(pageUrl));
  const index = resultUrls.findIndex((url) => wanted.has(pageUrl(url)));
  return index === -1 ? undefined : index + 1;
}

/** Recall@k (share of questions with a hit in the top k) and MRR@k from first-hit ranks. */
export function recallAndMrr(
  ranks: readonly (number | undefined)[],
  k: number,
): { recall: number; mrr: number } {
  if (ranks.length === 0) return { recall: 0, mrr: 0 };
  let hits = 0;
  let reciprocal = 0;
  for (const rank of ranks) {
    if (rank !== undefined && rank <= k) {
      hits++;
      reciprocal += 1 / rank;
    }
  }
  return { recall: hits / ranks.length, mrr: reciprocal / ranks.length };
}
