// Scores a search against an evaluation set: recall@k and MRR@k for each half, overall and per
// class, and the tuning misses (held-out misses are never listed, so they cannot steer tuning).

import { recallAndMrr } from "../lib/ranking.ts";
import { round } from "../lib/stats.ts";
import { batchOf, EVAL_CLASSES, type EvalItem, HALVES } from "./sets.ts";

export interface Cell {
  n: number;
  recall: number;
  mrr: number;
}

export interface SetScore {
  /**
   * `${half}` and `${half}/${class}` keys, plus "all"; when the set holds several batches (see
   * `batchOf`), the same cells of each batch under `${half}@${batch}` and `${half}@${batch}/${class}`.
   */
  cells: Record<string, Cell>;
  /** The batches of the set, in the order their first item appears. */
  batches: string[];
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
  const batches = [...new Set(items.map((item) => batchOf(item.id)))];
  const addRow = (key: string, subset: readonly EvalItem[]) => {
    cells[key] = cell(subset);
    for (const evalClass of EVAL_CLASSES) {
      const ofClass = subset.filter((item) => item.class === evalClass);
      if (ofClass.length > 0) cells[`${key}/${evalClass}`] = cell(ofClass);
    }
  };
  for (const half of HALVES) {
    const inHalf = items.filter((item) => item.half === half);
    addRow(half, inHalf);
    if (batches.length < 2) continue;
    for (const batch of batches) {
      addRow(
        `${half}@${batch}`,
        inHalf.filter((item) => batchOf(item.id) === batch),
      );
    }
  }
  return { cells, batches, tuningMisses };
}

/**
 * A Markdown table: one row per half, columns overall and per class (recall@k, n); when the set
 * holds several batches, one more row per half and batch ("heldout, batch du").
 */
export function scoreTable(score: SetScore, k = 5): string {
  const header = `| half | overall | ${EVAL_CLASSES.join(" | ")} |`;
  const keys = HALVES.flatMap((half) => [
    { key: half, label: half },
    ...(score.batches.length < 2
      ? []
      : score.batches.map((batch) => ({
          key: `${half}@${batch}`,
          label: `${half}, batch ${batch}`,
        }))),
  ]);
  const rows = keys.map(({ key, label }) => {
    const cells = [label, score.cells[key], ...EVAL_CLASSES.map((c) => score.cells[`${key}/${c}`])];
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
