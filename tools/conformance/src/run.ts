/**
 * Runs the official MCP conformance suite against every MCP server in apps/: starts the emulator,
 * each app pointed at it and an auth proxy per app (see auth-proxy.ts for why), runs the CLI with
 * the app's baseline, prints one summary per app and stops everything, also on errors and signals.
 *
 * usage: node src/run.ts [app ...] [--scenario <name>] [--keep-results] [--verbose]
 * Exit code 0 only when every scenario passed or failed as its baseline expects.
 */
import type { ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, stripVTControlCharacters } from "node:util";
import { type RunningApp, startApp, startEmulator } from "@repo/local-stack";
import { selectApps } from "./apps.ts";
import { startAuthProxy } from "./auth-proxy.ts";
import { readBaseline } from "./baseline.ts";
import { runConformance } from "./conformance-cli.ts";
import { evaluate } from "./results.ts";
import { type AppReport, formatReport, problemsOf } from "./summary.ts";
import { Teardown } from "./teardown.ts";

/** The emulator's seeded user token (docs/local-contract.md): a public development value. */
const DEV_TOKEN = "cfemu_user_token";
const APP_LOG_LINES_ON_FAILURE = 40;
// `turbo run test` starts every package's tests at once, so a wrangler start can take far longer
// than when alone (30 s seen); local-stack's default of 30 s would make the run flaky.
const START_TIMEOUT_MS = 120_000;

interface Target {
  app: string;
  running: RunningApp;
  /** The proxy's /mcp URL, which the CLI is pointed at. */
  mcpUrl: string;
}

interface RunOptions {
  scenario?: string;
  verbose: boolean;
}

const teardown = new Teardown();
let conformanceChild: ChildProcess | undefined;
/** Set by the first SIGINT/SIGTERM/SIGHUP. */
let stopping = false;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      scenario: { type: "string" },
      "keep-results": { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
    },
  });
  const { run: apps, uncovered } = selectApps(positionals);
  if (uncovered.length > 0) {
    console.log(
      `conformance: not covered yet: ${uncovered.join(", ")} (add to src/apps.ts with a baseline)`,
    );
  }
  if (apps.length === 0) {
    console.log("conformance: no MCP server in apps/ yet; nothing to test");
    return 0;
  }
  const options: RunOptions = {
    verbose: values.verbose,
    ...(values.scenario ? { scenario: values.scenario } : {}),
  };
  const resultsRoot = await mkdtemp(join(tmpdir(), "mcp-conformance-"));
  let ok = false;
  // Registered first so it runs last; an interrupted run leaves nothing worth keeping.
  teardown.add("results folder", async () => {
    const keep = !stopping && (!ok || values["keep-results"]);
    if (keep) console.log(`conformance: per-scenario checks.json kept in ${resultsRoot}`);
    else await rm(resultsRoot, { recursive: true, force: true });
  });
  try {
    const started = Date.now();
    const targets = await startStack(apps);
    console.log(`conformance: started ${apps.join(", ")} in ${seconds(started).toFixed(1)} s`);
    const reports: AppReport[] = [];
    for (const target of targets) reports.push(await testApp(target, resultsRoot, options));
    ok = reports.every((report) => problemsOf(report).length === 0);
    console.log(`conformance: ${ok ? "passed" : "FAILED"} in ${seconds(started).toFixed(1)} s`);
  } finally {
    await teardown.run();
  }
  return ok ? 0 : 1;
}

async function startStack(apps: readonly string[]): Promise<Target[]> {
  const emulator = await startEmulator({ timeoutMs: START_TIMEOUT_MS });
  teardown.add("emulator", () => emulator.stop());
  // allSettled, not all: every start must have registered its stop before teardown may run.
  const settled = await Promise.allSettled(
    apps.map(async (app): Promise<Target> => {
      const running = await startApp(app, {
        apiBaseUrl: emulator.apiBaseUrl,
        timeoutMs: START_TIMEOUT_MS,
      });
      teardown.add(app, () => running.stop());
      const proxy = await startAuthProxy({ target: running.url, token: DEV_TOKEN });
      teardown.add(`${app} auth proxy`, () => proxy.stop());
      return { app, running, mcpUrl: `${proxy.url}/mcp` };
    }),
  );
  const failure = settled.find((result) => result.status === "rejected");
  if (failure) throw failure.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<Target>).value);
}

async function testApp(target: Target, resultsRoot: string, options: RunOptions) {
  const baseline = readBaseline(target.app);
  const outputDir = join(resultsRoot, target.app);
  await mkdir(outputDir, { recursive: true });
  const started = Date.now();
  const run = await runConformance({
    url: target.mcpUrl,
    outputDir,
    ...(baseline ? { baselinePath: baseline.path } : {}),
    ...(options.scenario ? { scenario: options.scenario } : {}),
    onSpawn: (child) => {
      conformanceChild = child;
    },
  });
  conformanceChild = undefined;
  const report: AppReport = {
    app: target.app,
    outcome: evaluate(outputDir, run.scenarios, baseline?.server ?? [], !options.scenario),
    seconds: seconds(started),
    cliExitCode: run.exitCode,
    timedOut: run.timedOut,
    unexplainedEntries: baseline?.unexplained ?? [],
    ...(baseline ? {} : { missingBaseline: `baseline/${target.app}.yml` }),
  };
  const failed = problemsOf(report).length > 0;
  if (options.verbose || failed) {
    console.log(`--- conformance CLI output for ${target.app} ---`);
    console.log(stripVTControlCharacters(run.output).trimEnd());
  }
  if (failed) {
    console.log(`--- last lines of ${target.app}'s wrangler output ---`);
    console.log(lastLines(target.running.logs(), APP_LOG_LINES_ON_FAILURE));
  }
  console.log(formatReport(report));
  return report;
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split("\n").slice(-count).join("\n");
}

function seconds(since: number): number {
  return (Date.now() - since) / 1000;
}

// Our handlers replace Node's default "exit on signal", so they must end the process. `on`, not
// `once`: local-stack re-raises a signal nobody listens to, which would kill us mid-teardown.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    const code = 128 + signalNumber(signal);
    if (stopping) process.exit(code); // a second signal: stop waiting
    stopping = true;
    console.error(`conformance: ${signal}, stopping everything`);
    conformanceChild?.kill("SIGKILL");
    void teardown.run().finally(() => process.exit(code));
  });
}

function signalNumber(signal: "SIGINT" | "SIGTERM" | "SIGHUP"): number {
  return { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal];
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    await teardown.run();
    console.error("conformance:", error instanceof Error ? error.message : error);
    const logs = (error as { logs?: unknown }).logs;
    if (typeof logs === "string") console.error(lastLines(logs, APP_LOG_LINES_ON_FAILURE));
    process.exitCode = 1;
  },
);
