/**
 * The local sandbox supervisor as a process, run from the bundle `startLocalSandbox` builds
 * (supervisor.mjs beside runner.js). Configured by environment (SANDBOX_SECRET and
 * SANDBOX_RUNNER_DIR are required; see `startLocalSandbox` for the rest). Prints one line
 * `{"event":"ready","port":N}` when it accepts runs, then one line per notable event, and exits
 * with its sandbox processes on SIGTERM/SIGINT or when its parent process goes away.
 */
import { DEFAULT_SUPERVISOR_OPTIONS, Supervisor } from "./supervisor.ts";

const env = process.env;
const number = (name: string, fallback: number) => {
  const raw = env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name}=${raw} is not a number`);
  return value;
};

const secret = env.SANDBOX_SECRET;
const runnerDir = env.SANDBOX_RUNNER_DIR;
const workerdPath = env.SANDBOX_WORKERD;
if (!secret || !runnerDir || !workerdPath) {
  throw new Error("SANDBOX_SECRET, SANDBOX_RUNNER_DIR and SANDBOX_WORKERD are required");
}

const say = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);

const supervisor = new Supervisor({
  port: number("SANDBOX_PORT", 0),
  secret,
  workerdPath,
  runnerDir,
  processes: Math.max(1, number("SANDBOX_PROCESSES", DEFAULT_SUPERVISOR_OPTIONS.processes)),
  maxRssMb: number("SANDBOX_MAX_RSS_MB", DEFAULT_SUPERVISOR_OPTIONS.maxRssMb),
  recycleRssMb: number("SANDBOX_RECYCLE_RSS_MB", DEFAULT_SUPERVISOR_OPTIONS.recycleRssMb),
  recycleAfterRuns: number(
    "SANDBOX_RECYCLE_AFTER_RUNS",
    DEFAULT_SUPERVISOR_OPTIONS.recycleAfterRuns,
  ),
  graceMs: number("SANDBOX_GRACE_MS", DEFAULT_SUPERVISOR_OPTIONS.graceMs),
  log: (message) => say({ event: "log", message }),
});

let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await supervisor.stop();
  process.exit(code);
};
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const)
  process.on(signal, () => void stop(0));
// Orphaned (the parent was killed): nobody can reach us or stop us any more.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stop(0);
}, 1_000).unref();

try {
  say({ event: "ready", port: await supervisor.start() });
} catch (error) {
  process.stderr.write(`sandbox supervisor failed to start: ${(error as Error).message}\n`);
  await stop(1);
}
