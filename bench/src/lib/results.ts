// Where benchmark results go: bench/results/<name>.json and <name>.md, plus the repo paths the
// benchmarks share.

import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";

export const BENCH_DIR = join(import.meta.dirname, "../..");
export const REPO_ROOT = join(BENCH_DIR, "..");
export const RESULTS_DIR = join(BENCH_DIR, "results");

/** Facts about the machine a result was measured on. */
export function machineFacts(): { cpus: number; cpuModel: string; node: string } {
  const list = cpus();
  return { cpus: list.length, cpuModel: list[0]?.model ?? "unknown", node: process.version };
}

/** Writes `<name>.json` (data) and `<name>.md` (the same, for people) under bench/results/. */
export function writeResults(name: string, data: unknown, markdown: string): string[] {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = join(RESULTS_DIR, `${name}.json`);
  const md = join(RESULTS_DIR, `${name}.md`);
  writeFileSync(json, `${JSON.stringify(data, null, 2)}\n`);
  writeFileSync(md, markdown.endsWith("\n") ? markdown : `${markdown}\n`);
  return [json, md];
}
