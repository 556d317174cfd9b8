/**
 * The supervised local sandbox, for apps that run agent code: an app whose wrangler config binds a
 * Worker Loader (`worker_loaders`, e.g. apps/api) gets one started beside it, gets its URL and
 * secret as vars (SANDBOX_URL, SANDBOX_SECRET), and stops it with the app. Code then runs in
 * separate processes the supervisor can stop and restart, never in the process that holds the
 * MCP connections (packages/sandbox/README.md).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type LocalSandbox, startLocalSandbox } from "@repo/sandbox/local";
import { parseJsonc } from "./cli/jsonc.ts";

export type { LocalSandbox } from "@repo/sandbox/local";

/** True when the Worker in `dir` declares a Worker Loader binding at its top level. */
export function usesWorkerLoader(dir: string): boolean {
  const file = ["wrangler.jsonc", "wrangler.json"].map((name) => join(dir, name)).find(existsSync);
  if (!file) return false;
  const config = parseJsonc(readFileSync(file, "utf8")) as { worker_loaders?: unknown } | null;
  return Array.isArray(config?.worker_loaders) && config.worker_loaders.length > 0;
}

/** Starts the sandbox for the app in `dir` when it needs one. */
export async function startSandboxFor(
  dir: string,
  onLine?: (line: string) => void,
): Promise<LocalSandbox | undefined> {
  if (!usesWorkerLoader(dir)) return undefined;
  return startLocalSandbox({
    ...(onLine ? { onLine: (line) => onLine(`[sandbox] ${describeEvent(line)}`) } : {}),
  });
}

/** The supervisor prints JSON events; people read their message. */
function describeEvent(line: string): string {
  try {
    const event = JSON.parse(line) as { event?: string; message?: string; port?: number };
    if (event.event === "ready") return `supervisor ready on 127.0.0.1:${event.port}`;
    return event.message ?? line;
  } catch {
    return line;
  }
}
