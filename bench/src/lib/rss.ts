// Resident memory and CPU time of process trees (Linux /proc): what a server really costs,
// runtimes included.
import { readdirSync, readFileSync } from "node:fs";

export interface ProcessMemory {
  pid: number;
  /** Executable name: node, workerd, esbuild... */
  name: string;
  rssMb: number;
}

/** `roots` and all their descendants with their resident memory; empty where /proc is missing. */
export function processTree(roots: readonly number[]): ProcessMemory[] {
  const children = new Map<number, number[]>();
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  for (const name of pids) {
    const parent = parentOf(Number(name));
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(Number(name));
    children.set(parent, list);
  }
  const found: ProcessMemory[] = [];
  const seen = new Set<number>();
  const stack = [...roots];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    const status = readStatus(pid);
    if (status) found.push({ pid, ...status });
    stack.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Total resident memory of processes, in MB. */
export function totalMb(processes: readonly ProcessMemory[]): number {
  return Math.round(processes.reduce((sum, process) => sum + process.rssMb, 0));
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system, ms) the processes have used so far. */
export function cpuMs(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const fields = statFields(pid);
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/**
 * The fields of /proc/<pid>/stat after "pid (comm)": `[state, ppid, ...]`. comm may hold spaces
 * and parentheses, so they are read after the last ")".
 */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

function parentOf(pid: number): number | undefined {
  try {
    return Number(statFields(pid)[1]);
  } catch {
    return undefined;
  }
}

function readStatus(pid: number): { name: string; rssMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const name = /Name:\s+(\S+)/.exec(status)?.[1] ?? "?";
    return { name, rssMb: kb / 1024 };
  } catch {
    return undefined;
  }
}
