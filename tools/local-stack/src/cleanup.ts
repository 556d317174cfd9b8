// Keeps track of every process group and temporary folder we created so that none outlives this
// Node process.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { unwatchFolder, unwatchGroup, watchFolder, watchGroup } from "./reaper.ts";

const liveGroups = new Set<number>();
const tempFolders = new Set<string>();
const groupListeners = new Set<(groups: number[]) => void>();
let handlersInstalled = false;

/** Calls `listener` with every live group each time one starts or ends (for `pnpm dev`'s record). */
export function onGroupsChange(listener: (groups: number[]) => void): void {
  groupListeners.add(listener);
}

function groupsChanged(): void {
  for (const listener of groupListeners) listener([...liveGroups]);
}

/** Send a signal to a whole process group, ignoring groups that are already gone. */
export function signalGroup(groupId: number, signal: NodeJS.Signals): void {
  if (process.platform === "win32") {
    // Windows has no process groups or signals: end the leader's whole tree instead.
    spawnSync("taskkill", ["/pid", String(groupId), "/T", "/F"], { stdio: "ignore" });
    return;
  }
  try {
    process.kill(-groupId, signal);
  } catch {
    // ESRCH: every member has exited already.
  }
}

export function trackGroup(groupId: number): void {
  installHandlers();
  liveGroups.add(groupId);
  watchGroup(groupId);
  groupsChanged();
}

export function untrackGroup(groupId: number): void {
  liveGroups.delete(groupId);
  unwatchGroup(groupId);
  groupsChanged();
}

/** A folder we created and must delete even if the caller never stops its worker. */
export function trackTempFolder(path: string): void {
  installHandlers();
  tempFolders.add(path);
  watchFolder(path);
}

export function untrackTempFolder(path: string): void {
  tempFolders.delete(path);
  unwatchFolder(path);
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // 'exit' handlers must be synchronous, so the groups get SIGKILL rather than a graceful stop.
  process.on("exit", () => {
    for (const group of liveGroups) signalGroup(group, "SIGKILL");
    for (const folder of tempFolders) rmSync(folder, { recursive: true, force: true });
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => onSignal(signal));
  }
}

function onSignal(signal: NodeJS.Signals): void {
  for (const group of liveGroups) signalGroup(group, "SIGTERM");
  // Adding a listener cancelled Node's default "die on signal". When nobody else (a CLI, a test
  // runner) handles it, restore the default so the process still ends the way the sender meant.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}
