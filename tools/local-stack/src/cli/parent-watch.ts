/**
 * Notices when whoever started `pnpm dev` is gone. pnpm 12 does not forward SIGTERM to its script
 * when it runs in a terminal: `kill <pnpm pid>` (or an IDE's stop button) ends pnpm and leaves
 * the script running, reparented. So the supervisor watches its parent (and, when that parent is
 * the shell pnpm runs scripts with, pnpm itself) and stops the stack when one of them is gone.
 */
import { execFileSync } from "node:child_process";
import { isAlive } from "./pidfile.ts";

const POLL_MS = 500;

export function watchParents(onGone: (why: string) => void): () => void {
  const parent = process.ppid;
  const watched = [parent, ...launcherAbove(parent)];
  const timer = setInterval(() => {
    if (process.ppid !== parent) return fire(`its parent process ${parent} exited`);
    const gone = watched.find((pid) => !isAlive(pid));
    if (gone !== undefined) fire(`the process that started it (${gone}) exited`);
  }, POLL_MS);
  timer.unref();
  let fired = false;
  function fire(why: string) {
    if (fired) return;
    fired = true;
    clearInterval(timer);
    onGone(why);
  }
  return () => clearInterval(timer);
}

/**
 * pnpm runs a script as `sh -c "<script>"`: when the parent is that shell, also watch the shell's
 * parent, the pnpm process a user or IDE signals. Nothing above it (the user's own shell).
 */
function launcherAbove(pid: number): number[] {
  if (process.platform === "win32" || !process.env.npm_lifecycle_event) return [];
  const parent = describe(pid);
  if (!parent || !/^(\S*\/)?(sh|bash|dash|zsh)$/.test(parent.command)) return [];
  const grandparent = describe(parent.ppid);
  return grandparent && /pnpm|npm|node/.test(grandparent.args) ? [parent.ppid] : [];
}

function describe(pid: number): { ppid: number; command: string; args: string } | undefined {
  try {
    const line = execFileSync("ps", ["-o", "ppid=,comm=,args=", "-p", String(pid)], {
      encoding: "utf8",
    }).trim();
    const match = /^(\d+)\s+(\S+)\s+(.*)$/.exec(line);
    return match ? { ppid: Number(match[1]), command: match[2]!, args: match[3]! } : undefined;
  } catch {
    return undefined;
  }
}
