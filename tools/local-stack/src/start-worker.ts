// Runs one Worker package under `wrangler dev` on loopback and hands back a handle to it.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, isAbsolute, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { trackTempFolder, untrackTempFolder } from "./cleanup.ts";
import { findFreePort, isPortFree } from "./ports.ts";
import { type ExitInfo, spawnGroup } from "./process-group.ts";
import { WorkerStartError, waitUntilReady } from "./readiness.ts";
import { wranglerEnv } from "./runtime-env.ts";
import { resolveWranglerCommand } from "./wrangler-command.ts";

// Generous: a healthy start takes a few seconds, a broken Worker exits at once, and CI machines
// running many test processes at a time can be slow.
const DEFAULT_TIMEOUT_MS = 60_000;
/** Attempts for start failures that a retry fixes (see isTransientStartFailure). */
const START_ATTEMPTS = 3;
const CONFIG_FILES = ["wrangler.jsonc", "wrangler.json", "wrangler.toml"];

export interface RunningWorker {
  name: string;
  /** http://127.0.0.1:PORT */
  url: string;
  /** Process id of `wrangler dev` (its runtimes are its descendants), e.g. to measure memory. */
  pid: number;
  port: number;
  /** Everything the process printed so far, stdout and stderr. */
  logs(): string;
  /** Stops wrangler and its runtimes and waits until they have exited. */
  stop(): Promise<void>;
}

export interface StartWorkerOptions {
  /** Absolute path of a package with a wrangler config. */
  dir: string;
  /** Label used in errors and logs; defaults to the folder name. */
  name?: string;
  /** Defaults to a free port. */
  port?: number;
  /** Overrides or adds Worker vars (`--var`). */
  vars?: Record<string, string>;
  /** Local state folder; defaults to a fresh temporary folder removed on stop. */
  persistTo?: string;
  /** Polled until it answers with a status below 500. Defaults to "/". */
  readyPath?: string;
  timeoutMs?: number;
  /** Receives each output line as it is printed (used by `pnpm dev` to stream output). */
  onLine?: (line: string) => void;
  /** Called when the process exits after it was ready, whether stopped or crashed. */
  onExit?: (exit: ExitInfo) => void;
}

export async function startWorker(options: StartWorkerOptions): Promise<RunningWorker> {
  assertWorkerPackage(options.dir);
  const name = options.name ?? basename(options.dir);
  // Checked up front: wrangler would only notice after bundling, seconds later.
  if (options.port !== undefined && !(await isPortFree(options.port))) {
    throw new Error(`local-stack: cannot start ${name}: port ${options.port} is already in use`);
  }
  const persistTo = options.persistTo ?? (await createTempFolder());
  const start: StartContext = {
    options,
    name,
    persistTo,
    removePersistOnStop: options.persistTo === undefined,
  };
  try {
    return await startWithRetries(start);
  } catch (error) {
    if (start.removePersistOnStop) await removeTempFolder(persistTo);
    throw error;
  }
}

async function createTempFolder(): Promise<string> {
  const path = await mkdtemp(join(tmpdir(), "local-stack-"));
  trackTempFolder(path);
  return path;
}

async function removeTempFolder(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true });
  untrackTempFolder(path);
}

interface StartContext {
  options: StartWorkerOptions;
  name: string;
  persistTo: string;
  /** True when the folder is our temporary one. */
  removePersistOnStop: boolean;
}

async function startWithRetries(start: StartContext): Promise<RunningWorker> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(start);
    } catch (error) {
      if (attempt >= START_ATTEMPTS || !isTransientStartFailure(error, start.options)) throw error;
      await sleep(200 + Math.random() * 500);
    }
  }
}

/**
 * Failures that a second try fixes: a port we picked was taken before wrangler bound it, or two
 * runtimes opened the same persist folder at once (workerd's SQLite does not wait for the other
 * process's lock while it sets up its databases, so it dies with SQLITE_BUSY).
 */
function isTransientStartFailure(error: unknown, options: StartWorkerOptions): boolean {
  if (!(error instanceof WorkerStartError) || error.reason === "timeout") return false;
  if (/SQLITE_BUSY|database is locked/.test(error.logs)) return true;
  // A caller's fixed port in use is their error to see, never silently replaced.
  return options.port === undefined && /address already in use/i.test(error.logs);
}

async function startOnce(start: StartContext): Promise<RunningWorker> {
  const { options, name, persistTo, removePersistOnStop } = start;
  const port = options.port ?? (await findFreePort());
  const inspectorPort = await findFreePort();
  const { node, wranglerJs } = resolveWranglerCommand(options.dir);
  const args = [
    wranglerJs,
    "dev",
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
    "--inspector-port",
    String(inspectorPort),
    "--persist-to",
    persistTo,
    "--show-interactive-dev-session=false",
    ...varArgs(options.vars ?? {}),
  ];
  const group = spawnGroup({
    command: node,
    args,
    cwd: options.dir,
    env: wranglerEnv(),
    ...(options.onLine ? { onLine: options.onLine } : {}),
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady({
      name,
      url: new URL(options.readyPath ?? "/", url).toString(),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      process: group,
      readyMarker: `Ready on ${url}`,
    });
  } catch (error) {
    await group.stop();
    throw error;
  }
  if (options.onExit) void group.exited.then(options.onExit);
  let stopping: Promise<void> | undefined;
  return {
    name,
    url,
    pid: group.pid,
    port,
    logs: () => group.output(),
    stop: () => {
      stopping ??= (async () => {
        await group.stop();
        if (removePersistOnStop) await removeTempFolder(persistTo);
      })();
      return stopping;
    },
  };
}

// wrangler splits `--var NAME:VALUE` at the first colon, so values may contain colons (URLs).
function varArgs(vars: Record<string, string>): string[] {
  return Object.entries(vars).flatMap(([key, value]) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      throw new Error(`local-stack: invalid var name ${JSON.stringify(key)}`);
    }
    return ["--var", `${key}:${value}`];
  });
}

function assertWorkerPackage(dir: string): void {
  if (!isAbsolute(dir)) throw new Error(`local-stack: dir must be absolute, got ${dir}`);
  if (!CONFIG_FILES.some((file) => existsSync(join(dir, file)))) {
    throw new Error(`local-stack: no wrangler config (${CONFIG_FILES.join(", ")}) in ${dir}`);
  }
}
