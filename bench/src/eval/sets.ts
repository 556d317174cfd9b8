// The evaluation sets of the endpoint and docs searches (bench/eval/*.json): their shapes, loading,
// and the one deterministic split into a tuning half and a held-out half.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const EVAL_DIR = join(import.meta.dirname, "../../eval");

/** How a request is phrased (see eval/README.md). */
export type EvalClass = "worded" | "paraphrased" | "goal";
export const EVAL_CLASSES: readonly EvalClass[] = ["worded", "paraphrased", "goal"];

/** Tuning items may be looked at while changing a ranking; held-out items never. */
export type Half = "tuning" | "heldout";
export const HALVES: readonly Half[] = ["tuning", "heldout"];

export interface EvalItem {
  id: string;
  class: EvalClass;
  query: string;
  /** Accepted answers: "METHOD path" for endpoint tasks, page URLs for docs questions. */
  accept: string[];
  /** Product of the first accepted answer (spec product key or docs product slug). */
  product: string;
  half: Half;
}

export interface EvalSet {
  description: string;
  items: EvalItem[];
}

export const ENDPOINT_TASKS_FILE = join(EVAL_DIR, "endpoint-tasks.json");
export const DOCS_QUESTIONS_FILE = join(EVAL_DIR, "docs-questions.json");

export function readEvalSet(file: string): EvalSet {
  return JSON.parse(readFileSync(file, "utf8")) as EvalSet;
}

/**
 * The batch an item was written in: the letters its id starts with ("d" in d001, "du" in du001).
 * Items added later get a new prefix, so they form a batch of their own.
 */
export function batchOf(id: string): string {
  return /^[a-z]*/i.exec(id)![0];
}

/**
 * The half of every item, stratified by batch and class: within one batch and class, items are
 * ordered by the SHA-256 of their id and dealt alternately to tuning and held-out. Dealing is
 * alternate, so a new item in an existing group would shift every item after it; items added
 * later therefore go in a batch of their own (a new id prefix) and leave every existing half as
 * it was.
 */
export function splitHalves(
  items: ReadonlyArray<Pick<EvalItem, "id" | "class">>,
): Map<string, Half> {
  const halves = new Map<string, Half>();
  const batches = [...new Set(items.map((item) => batchOf(item.id)))];
  for (const batch of batches) {
    for (const evalClass of EVAL_CLASSES) {
      const ordered = items
        .filter((item) => item.class === evalClass && batchOf(item.id) === batch)
        .map((item) => ({ id: item.id, key: createHash("sha256").update(item.id).digest("hex") }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      for (const [index, { id }] of ordered.entries()) {
        halves.set(id, index % 2 === 0 ? "tuning" : "heldout");
      }
    }
  }
  return halves;
}
