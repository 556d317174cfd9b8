// Scores a search against an evaluation set: recall@k and MRR@k for each half, overall and per
// class, and the tuning misses (held-out misses are never listed, so they cannot steer tuning).

import { recallAndMrr } from "../lib/ranking.ts";
import { round } from "../lib/stats.ts";
import { EVAL_CLASSES, type EvalItem, HALVES, type Half } from "./sets.ts";

export interface Cell {
  n: number;
  recall: number;
  mrr: number;
}

export interface SetScore {
  /** `${half}` and `${half}/${class}` keys, plus "all". */
  cells: Record<string, Cell>;
  tuningMisses: Array<{ id: string; class: string; query: string; got: string[] }>;
}

/**
 * `rank(item)` returns the answers in result order (already normalised the way `accept` is
 * written); an item counts as found at the first result that is in its `accept` list.
 */
export async function scoreSet(
  items: readonly EvalItem[],
  rank: (item: EvalItem) => Promise<string[]> | string[],
  k = 5,
): Promise<SetScore> {
  const ranks = new Map<string, number | undefined>();
  const tuningMisses: SetScore["tuningMisses"] = [];
  for (const item of items) {
    const got = await rank(item);
    const accepted = new Set(item.accept);
    const index = got.slice(0, k).findIndex((answer) => accepted.has(answer));
    ranks.set(item.id, index === -1 ? undefined : index + 1);
    if (index === -1 && item.half === "tuning") {
      tuningMisses.push({
        id: item.id,
        class: item.class,
        query: item.query,
        got: got.slice(0, k),
      });
    }
  }
  const cell = (subset: readonly EvalItem[]): Cell => {
    const { recall, mrr } = recallAndMrr(
      subset.map((item) => ranks.get(item.id)),
      k,
    );
    return { n: subset.length, recall: round(recall, 3), mrr: round(mrr, 3) };
  };
  const cells: Record<string, Cell> = { all: cell(items) };
  for (const half of HALVES) {
    const inHalf = items.filter((item) => item.half === half);
    cells[half] = cell(inHalf);
    for (const evalClass of EVAL_CLASSES) {
      const subset = inHalf.filter((item) => item.class === evalClass);
      if (subset.length > 0) cells[`${half}/${evalClass}`] = cell(subset);
    }
  }
  return { cells, tuningMisses };
}

/** A Markdown table: one row per half, columns overall and per class (recall@k, n). */
export function scoreTable(score: SetScore, k = 5): string {
  const header = `| half | overall | ${EVAL_CLASSES.join(" | ")} |`;
  const rows = HALVES.map((half: Half) => {
    const cells = [
      half,
      score.cells[half],
      ...EVAL_CLASSES.map((c) => score.cells[`${half}/${c}`]),
    ];
    return `| ${cells.map((c) => (typeof c === "string" ? c : c ? `${c.recall} (n=${c.n})` : "–")).join(" | ")} |`;
  });
  return [
    `recall@${k} (n = items)`,
    "",
    header,
    `| --- | --- | ${EVAL_CLASSES.map(() => "---").join(" | ")} |`,
    ...rows,
  ].join("\n");
}
