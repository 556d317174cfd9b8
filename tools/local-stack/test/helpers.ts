// Shared helpers for local-stack's own tests: fixture paths and process-table checks.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

export const helloWorkerDir = join(fixtures, "hello-worker");
export const failingWorkerDir = join(fixtures, "failing-worker");
export const orphanCheckScript = join(fixtures, "orphan-check.ts");

/** Command lines of live (non-zombie) processes that mention 127.0.0.1:PORT or `--port PORT`. */
export function processesUsingPort(port: number): string[] {
  const found: string[] = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      if (/^State:\s+Z/m.test(status)) continue;
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
      if (cmdline.includes(`127.0.0.1:${port}`) || cmdline.includes(`--port ${port} `)) {
        found.push(`${pid}: ${cmdline}`);
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** Polls `check` until it returns true or the attempts run out; returns the last result. */
export async function eventually(check: () => boolean | Promise<boolean>, attempts = 50) {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}
