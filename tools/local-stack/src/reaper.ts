// A tiny watchdog process that kills our wrangler process groups if this Node process dies
// without running its exit handlers (SIGKILL, a crashed vitest worker, an OOM kill).
import { spawn } from "node:child_process";
import type { Socket } from "node:net";
import type { Writable } from "node:stream";

// Runs in the watchdog. It learns group ids over stdin ("+123" / "-123"); stdin reaching EOF
// means the parent is gone (the kernel closes the pipe however the parent died).
const WATCHDOG_SOURCE = `
const groups = new Set();
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
    const group = Number(line.slice(1));
    if (line[0] === "+") groups.add(group);
    if (line[0] === "-") groups.delete(group);
  }
});
process.stdin.on("end", () => {
  signalAll("SIGTERM");
  setTimeout(() => { signalAll("SIGKILL"); process.exit(0); }, 3000);
});
`;

let input: Writable | undefined;

function watchdogInput(): Writable | undefined {
  if (input) return input;
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
    input = stdin;
    return stdin;
  } catch {
    return undefined;
  }
}

/** Ask the watchdog to kill this process group should the current process die first. */
export function watchGroup(groupId: number): void {
  watchdogInput()?.write(`+${groupId}\n`);
}

/** The group has exited on its own or been stopped: stop watching it. */
export function unwatchGroup(groupId: number): void {
  input?.write(`-${groupId}\n`);
}
