/**
 * Runs the official conformance CLI (`@modelcontextprotocol/conformance server`) against one MCP
 * URL as a child process of the current Node (Node 24 under pnpm), capturing its output.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** One app's whole suite takes a few seconds; this only stops a hung run. */
const RUN_TIMEOUT_MS = 120_000;

export interface ConformanceRunOptions {
  url: string;
  /** Folder the CLI writes one `server-<scenario>-<time>/checks.json` per scenario into. */
  outputDir: string;
  /** Passed as `--expected-failures`. */
  baselinePath?: string;
  /** Runs one scenario instead of the active suite. */
  scenario?: string;
  /** Receives the child so that a signal handler can stop it. */
  onSpawn?: (child: ChildProcess) => void;
}

export interface ConformanceRun {
  exitCode: number | null;
  timedOut: boolean;
  /** stdout and stderr, interleaved. */
  output: string;
  /** Scenario names in the order the CLI ran them. */
  scenarios: string[];
}

export function runConformance(options: ConformanceRunOptions): Promise<ConformanceRun> {
  const args = [conformanceBin(), "server", "--url", options.url, "-o", options.outputDir];
  if (options.baselinePath) args.push("--expected-failures", options.baselinePath);
  if (options.scenario) args.push("--scenario", options.scenario);
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  options.onSpawn?.(child);
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, RUN_TIMEOUT_MS);
  return new Promise((resolve) => {
    child.once("close", (exitCode) => {
      clearTimeout(timer);
      const scenarios = options.scenario ? [options.scenario] : scenariosIn(output);
      resolve({ exitCode, timedOut, output, scenarios });
    });
  });
}

function scenariosIn(output: string): string[] {
  return [...output.matchAll(/^=== Running scenario: (\S+) ===$/gm)].map((match) => match[1]!);
}

/** The CLI's entry file, found through its package.json `bin` so that no shell shim is involved. */
export function conformanceBin(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve("@modelcontextprotocol/conformance/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    bin: string | Record<string, string>;
  };
  const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin.conformance;
  if (!bin) throw new Error("conformance: the CLI package declares no `conformance` bin");
  return join(dirname(manifestPath), bin);
}
