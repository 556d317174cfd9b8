/**
 * `node serve-worker.ts --dir <package> --port <n> --persist-to <folder> [--var NAME:VALUE]...
 * [--watch] [--log-requests]`: serves one Worker package on 127.0.0.1 through
 * Miniflare's API: one workerd runtime, no dev proxy in front of it. It prints the Worker's logs,
 * then `Ready on http://127.0.0.1:<port>` once it answers; with `watch` it rebuilds and reloads
 * when a source file changes. SIGTERM, SIGINT or SIGHUP stop it.
 *
 * Why not `wrangler dev`: it runs a second runtime (its dev proxy) in front of the Worker and
 * routes every outbound request through it, and for configs with `observability` it adds a
 * collector that stores every request's trace; a long session of many requests grows both
 * runtimes by hundreds of MB (README, "Memory"). The bundle and the options still come from
 * wrangler (prepare-worker.ts), so the Worker is built and bound exactly as wrangler builds it.
 */
import { spawn } from "node:child_process";
import { type FSWatcher, readFileSync, rmSync, watch } from "node:fs";
import { rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  convertV4MiniflareOptions,
  Log,
  LogLevel,
  Miniflare,
  type V4WorkerdStructuredLog,
} from "miniflare";
import { bundleCache } from "./bundle-cache.ts";
import { miniflareOptions, parseServeArgs } from "./miniflare-options.ts";
import { PREPARED_FILE, type PreparedWorker } from "./prepared.ts";

const PREPARE_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "prepare-worker.ts");
const REBUILD_DEBOUNCE_MS = 150;

const args = parseServeArgs(process.argv.slice(2));
const say = (text: string) => process.stdout.write(`[local-stack] ${text}\n`);

const cache = bundleCache();
/** Builds not kept in the cache (sources edited while they ran): removed once replaced. */
const temporaryBundles: string[] = [];
let miniflare: Miniflare | undefined;
let watchers: FSWatcher[] = [];
let stopping = false;

/**
 * The package's bundle: one already built from the same sources (bundle-cache.ts), else a fresh
 * build (prepare-worker.ts, in a process of its own), kept for the next start.
 */
async function prepare(): Promise<PreparedWorker> {
  const cached = cache.find(args.dir);
  if (cached) return cached;
  const outdir = cache.buildFolder(args.dir);
  const startedAt = Date.now();
  const child = spawn(process.execPath, [PREPARE_SCRIPT, args.dir, outdir], {
    stdio: ["ignore", "inherit", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  if (code !== 0) {
    rmSync(outdir, { recursive: true, force: true });
    throw new Error(stderr.trim() || `prepare-worker exited with code ${code}`);
  }
  const built = JSON.parse(readFileSync(join(outdir, PREPARED_FILE), "utf8")) as PreparedWorker;
  const { prepared, kept } = cache.keep(args.dir, outdir, built, startedAt);
  if (!kept) temporaryBundles.push(outdir);
  return prepared;
}

function options(prepared: PreparedWorker) {
  return convertV4MiniflareOptions({
    ...miniflareOptions(prepared, args),
    log: new Log(args.logRequests ? LogLevel.INFO : LogLevel.WARN),
    handleStructuredLogs: printRuntimeLog,
  } as Parameters<typeof convertV4MiniflareOptions>[0]);
}

/**
 * The runtime's own lines (the Worker's console output among them), as Miniflare prints them, less
 * workerd's note that its bootstrap compile cache does not match the V8 flags we run it with.
 */
function printRuntimeLog({ level, message }: V4WorkerdStructuredLog): void {
  if (message.includes("bootstrap compile cache failed its compatibility check")) return;
  const stream = level === "error" || level === "warn" ? process.stderr : process.stdout;
  stream.write(`${message}\n`);
}

async function start(): Promise<void> {
  const prepared = await prepare();
  miniflare = new Miniflare(options(prepared));
  await miniflare.ready;
  say(`Ready on http://127.0.0.1:${args.port}`);
  if (args.watch) watchInputs(prepared);
}

/** Rebuilds once files stop changing; a failed build keeps the running version and says why. */
function watchInputs(prepared: PreparedWorker): void {
  for (const watcher of watchers) watcher.close();
  const inputs = new Set(prepared.inputs);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let changed = "";
  const onChange = (file: string) => {
    changed = file;
    clearTimeout(timer);
    timer = setTimeout(() => void requestReload(changed), REBUILD_DEBOUNCE_MS);
  };
  watchers = [...new Set(prepared.inputs.map(dirname))].flatMap((folder) => {
    try {
      return [
        watch(folder, (_event, name) => {
          const file = name ? join(folder, name.toString()) : "";
          if (inputs.has(file)) onChange(file);
        }),
      ];
    } catch {
      return []; // A folder that does not exist (no .dev.vars beside the config, say).
    }
  });
}

let rebuilding = false;
let changedSince: string | undefined;

/**
 * One rebuild at a time, then one more for any change made while it ran: two overlapping builds
 * could finish out of order and leave the older code running.
 */
async function requestReload(file: string): Promise<void> {
  changedSince = file;
  if (rebuilding) return;
  rebuilding = true;
  while (changedSince !== undefined) {
    const next = changedSince;
    changedSince = undefined;
    await reload(next);
  }
  rebuilding = false;
}

async function reload(file: string): Promise<void> {
  if (stopping || !miniflare) return;
  say(`${basename(file)} changed: rebuilding...`);
  try {
    const prepared = await prepare();
    await miniflare.setOptions(options(prepared));
    await removeBundles(1);
    say("reloaded");
    watchInputs(prepared);
  } catch (error) {
    say(`rebuild failed, still serving the previous build:\n${(error as Error).message}`);
  }
}

/** Deletes every temporary bundle folder but the newest `keep`. */
async function removeBundles(keep: number): Promise<void> {
  const old = temporaryBundles.splice(0, Math.max(0, temporaryBundles.length - keep));
  await Promise.all(old.map((dir) => rm(dir, { recursive: true, force: true })));
}

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    for (const watcher of watchers) watcher.close();
    await miniflare?.dispose().catch(() => {});
    await removeBundles(0);
  }
  process.exit(code);
}

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) {
  process.on(signal, () => void stop(0));
}
// Miniflare's own handler of these signals stops workerd and exits at once, before `stop` gets
// past its first await: whatever is left is removed on the way out, synchronously.
process.on("exit", () => {
  for (const dir of temporaryBundles) rmSync(dir, { recursive: true, force: true });
});
try {
  await start();
} catch (error) {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  await stop(1);
}
