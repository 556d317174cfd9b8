// Runs one Worker package on loopback (through Miniflare's API, or under `wrangler dev`) and hands
// back a handle to it.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, isAbsolute, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { trackTempFolder, untrackTempFolder } from "./cleanup.ts";
import { findFreePort, isPortFree } from "./ports.ts";
import { type ExitInfo, spawnGroup } from "./process-group.ts";
import { WorkerStartError, waitUntilReady } from "./readiness.ts";
import { serveArgv } from "./runtime/miniflare-options.ts";
import { configFileOf } from "./runtime/prepared.ts";
import { wranglerEnv } from "./runtime-env.ts";
import { resolveWranglerCommand } from "./wrangler-command.ts";

// Generous: a healthy start takes a few seconds, a broken Worker exits at once, and CI machines
// running many test processes at a time can be slow.
const DEFAULT_TIMEOUT_MS = 60_000;
/** Attempts for start failures that a retry fixes (see isTransientStartFailure). */
const START_ATTEMPTS = 3;
const SERVE_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "runtime", "serve-worker.ts");

export interface RunningWorker {
  name: string;
  /** http://127.0.0.1:PORT */
  url: string;
  /** Process id of the Node process serving it (its runtime is its child), e.g. to measure memory. */
  pid: number;
  port: number;
  /** Everything the process printed so far, stdout and stderr. */
  logs(): string;
  /** Stops the serving process and its runtime(s) and waits until they have exited. */
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
  /**
   * `miniflare` (default): one workerd runtime driven through Miniflare's API, the Worker bundled
   * and bound by wrangler (src/runtime/). `wrangler-dev`: plain `wrangler dev`, as an app's own
   * `dev` script runs it (dev proxy included), for the test that checks exactly that.
   */
  runtime?: "miniflare" | "wrangler-dev";
  /** Rebuild and reload when a source file changes (Miniflare runtime; `pnpm dev` turns it on). */
  watch?: boolean;
  /** Log every request as wrangler dev does (Miniflare runtime; default off). */
  logRequests?: boolean;
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
  const command =
    options.runtime === "wrangler-dev"
      ? await wranglerDevCommand(options, port, persistTo)
      : miniflareCommand(options, port, persistTo);
  const group = spawnGroup({
    ...command,
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

interface Command {
  command: string;
  args: string[];
}

/** src/runtime/serve-worker.ts with its arguments: the Worker on Miniflare. */
function miniflareCommand(options: StartWorkerOptions, port: number, persistTo: string): Command {
  const argv = serveArgv({
    dir: options.dir,
    port,
    persistTo,
    vars: checkedVars(options.vars ?? {}),
    watch: options.watch ?? false,
    logRequests: options.logRequests ?? false,
  });
  // Its process only starts the runtime and relays logs: a small young generation keeps it small.
  return { command: process.execPath, args: ["--max-semi-space-size=1", SERVE_SCRIPT, ...argv] };
}

async function wranglerDevCommand(
  options: StartWorkerOptions,
  port: number,
  persistTo: string,
): Promise<Command> {
  const { node, wranglerJs } = resolveWranglerCommand(options.dir);
  // wrangler splits `--var NAME:VALUE` at the first colon, so values may contain colons (URLs).
  const vars = Object.entries(checkedVars(options.vars ?? {}));
  return {
    command: node,
    args: [
      wranglerJs,
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--inspector-port",
      String(await findFreePort()),
      "--persist-to",
      persistTo,
      "--show-interactive-dev-session=false",
      ...vars.flatMap(([key, value]) => ["--var", `${key}:${value}`]),
    ],
  };
}

function checkedVars(vars: Record<string, string>): Record<string, string> {
  for (const key of Object.keys(vars)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      throw new Error(`local-stack: invalid var name ${JSON.stringify(key)}`);
    }
  }
  return vars;
}

function assertWorkerPackage(dir: string): void {
  if (!isAbsolute(dir)) throw new Error(`local-stack: dir must be absolute, got ${dir}`);
  configFileOf(dir);
}
