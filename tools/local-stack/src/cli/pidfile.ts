/**
 * The running `pnpm dev` stack of a checkout, recorded in `<state folder>/dev-stack.json`: the
 * supervisor's pid, the process groups it started and the ports it serves. A new `pnpm dev`
 * reads it to recognise a stack of its own that is still running (or was left behind by a
 * supervisor killed with SIGKILL), and `pnpm dev:stop` reads it to stop that stack.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface StackRecord {
  /** The supervisor (tools/local-stack/src/cli/dev.ts). */
  pid: number;
  startedAt: string;
  /** Process group ids of everything it started (wrangler, workerd, data loaders). */
  groups: number[];
  /** name -> port of each server. */
  ports: Record<string, number>;
}

export function stackFile(stateDir: string): string {
  return join(stateDir, "dev-stack.json");
}

export function readStackRecord(file: string): StackRecord | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as StackRecord;
    return Number.isInteger(record.pid) && Array.isArray(record.groups) ? record : undefined;
  } catch {
    return undefined;
  }
}

export function writeStackRecord(file: string, record: StackRecord): void {
  writeFileSync(`${file}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

/** Removes the record if it is this process's (a newer stack may have replaced it). */
export function removeStackRecord(file: string, pid = process.pid): void {
  if (readStackRecord(file)?.pid === pid) rmSync(file, { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Process groups of the record with at least one member still running. */
export function liveGroups(record: StackRecord): number[] {
  if (process.platform === "win32") return [];
  return record.groups.filter((group) => {
    try {
      process.kill(-group, 0);
      return true;
    } catch {
      return false;
    }
  });
}

export type StackState =
  | { kind: "none" }
  | { kind: "running"; record: StackRecord }
  | { kind: "leftover"; record: StackRecord; groups: number[] };

/** What a previous `pnpm dev` of this checkout left: nothing, a live stack, or orphans. */
export function previousStack(file: string): StackState {
  const record = readStackRecord(file);
  if (!record || record.pid === process.pid) return { kind: "none" };
  if (isAlive(record.pid)) return { kind: "running", record };
  const groups = liveGroups(record);
  return groups.length > 0 ? { kind: "leftover", record, groups } : { kind: "none" };
}

/** The one-line explanation `pnpm dev` gives when a stack of its own is in the way. */
export function describePreviousStack(state: StackState): string | undefined {
  if (state.kind === "none") return undefined;
  const ports = Object.entries(state.record.ports)
    .map(([name, port]) => `${name} ${port}`)
    .join(", ");
  if (state.kind === "running") {
    return `pnpm dev is already running in this checkout (pid ${state.record.pid}, started ${state.record.startedAt}; ports ${ports}). Use it, or stop it with \`pnpm dev:stop\` (or Ctrl-C in its terminal).`;
  }
  return `a previous pnpm dev of this checkout (pid ${state.record.pid}, gone) left ${state.groups.length} process group(s) running on ports ${ports}. Stop them with \`pnpm dev:stop\`.`;
}
