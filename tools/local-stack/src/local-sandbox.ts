/**
 * The supervised local sandbox, for apps that run agent code: an app whose wrangler config binds a
 * Worker Loader (`worker_loaders`, e.g. apps/api) gets one started beside it, gets its URL and
 * secret as vars (SANDBOX_URL, SANDBOX_SECRET), and stops it with the app. Code then runs in
 * separate processes the supervisor can stop and restart, never in the process that holds the
 * MCP connections (packages/sandbox/README.md). The supervisor and its sandbox processes are one
 * tracked process group, so every way local-stack stops things stops them too.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type LocalSandbox, localSandbox, prepareLocalSandbox } from "@repo/sandbox/local";
import { parseJsonc } from "./cli/jsonc.ts";
import { spawnGroup } from "./process-group.ts";

export type { LocalSandbox } from "@repo/sandbox/local";

const START_TIMEOUT_MS = 30_000;

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
  const prepared = await prepareLocalSandbox();
  let ready: (port: number) => void = () => {};
  const port = new Promise<number>((resolve) => {
    ready = resolve;
  });
  const group = spawnGroup({
    command: prepared.command,
    args: prepared.args,
    cwd: dir,
    env: prepared.env,
    onLine: (line) => {
      const found = prepared.readyPort(line);
      if (found !== undefined) ready(found);
      onLine?.(`[sandbox] ${prepared.describe(line)}`);
    },
  });
  void group.exited.then(prepared.cleanup);
  const started = await Promise.race([
    port,
    group.exited.then(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), START_TIMEOUT_MS)),
  ]);
  if (started === undefined) {
    await group.stop();
    throw new Error(
      `local-stack: the local sandbox did not start:\n${group.output().slice(-4_000)}`,
    );
  }
  return localSandbox(started, prepared.secret, group.pid, () => group.stop());
}
