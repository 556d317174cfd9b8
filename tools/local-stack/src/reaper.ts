// A tiny watchdog process that kills our wrangler process groups, and deletes their temporary
// state folders, if this Node process dies without running its exit handlers (SIGKILL, a crashed
// vitest worker, an OOM kill).
import { spawn } from "node:child_process";
import type { Socket } from "node:net";
import type { Writable } from "node:stream";

// Runs in the watchdog. It learns what to clean over stdin, one entry per line: "+123" / "-123"
// for a process group, ">path" / "<path" for a folder. stdin reaching EOF means the parent is
// gone (the kernel closes the pipe however the parent died).
const WATCHDOG_SOURCE = `
const { rmSync } = require("node:fs");
const groups = new Set();
const folders = new Set();
let pending = "";
const signalAll = (signal) => {
  for (const group of groups) {
    try { process.kill(-group, signal); } catch {}
  }
};
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => {
  pending += chunk;
  const lines = pending.split("\\n");
  pending = lines.pop();
  for (const line of lines) {
    const value = line.slice(1);
    if (line[0] === "+") groups.add(Number(value));
    if (line[0] === "-") groups.delete(Number(value));
    if (line[0] === ">") folders.add(value);
    if (line[0] === "<") folders.delete(value);
  }
});
process.stdin.on("end", () => {
  signalAll("SIGTERM");
  setTimeout(() => {
    signalAll("SIGKILL");
    for (const folder of folders) {
      try { rmSync(folder, { recursive: true, force: true }); } catch {}
    }
    process.exit(0);
  }, 3000);
});
`;

let input: Writable | undefined;

function send(line: string): void {
  if (!input) input = startWatchdog();
  input?.write(`${line}\n`);
}

function startWatchdog(): Writable | undefined {
  try {
    const watchdog = spawn(process.execPath, ["-e", WATCHDOG_SOURCE], {
      detached: true,
      stdio: ["pipe", "ignore", "ignore"],
    });
    watchdog.on("error", () => {
      input = undefined;
    });
    watchdog.unref();
    const stdin = watchdog.stdin;
    // The pipe must not keep the parent's event loop alive.
    (stdin as Socket).unref();
    stdin.on("error", () => {});
    return stdin;
  } catch {
    return undefined;
  }
}

/** Ask the watchdog to kill this process group should the current process die first. */
export function watchGroup(groupId: number): void {
  send(`+${groupId}`);
}

/** The group has exited on its own or been stopped: stop watching it. */
export function unwatchGroup(groupId: number): void {
  if (input) send(`-${groupId}`);
}

/** Ask the watchdog to delete this folder (after killing the groups) should we die first. */
export function watchFolder(path: string): void {
  send(`>${path}`);
}

export function unwatchFolder(path: string): void {
  if (input) send(`<${path}`);
}
