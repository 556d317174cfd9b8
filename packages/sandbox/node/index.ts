/**
 * `@repo/sandbox/local`: the supervised local sandbox for development and tests. Starts the
 * supervisor (node/cli.ts) as a child process; hand its `vars` to the host Worker (the api server)
 * so its `execute` and `search` run there instead of in the process holding the connections.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { SECRET_HEADER } from "../src/protocol.ts";
import { bundleSandbox, workerdBinary } from "./bundle.ts";
import type { SupervisorStats } from "./supervisor.ts";

export type { SupervisorStats } from "./supervisor.ts";

export interface LocalSandboxOptions {
  /** 127.0.0.1 port; default: a free one. */
  port?: number;
  /** Sandbox processes kept ready (default 2). */
  processes?: number;
  /** A process above this resident memory is killed; its runs fail as `memory` (default 1024). */
  maxRssMb?: number;
  /** A process above this resident memory is replaced once idle (default 200). */
  recycleRssMb?: number;
  /** Receives the supervisor's event lines (restarts and their reasons). */
  onLine?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface LocalSandbox {
  /** http://127.0.0.1:PORT */
  url: string;
  /** Variables for the host Worker: SANDBOX_URL and SANDBOX_SECRET. */
  vars: { SANDBOX_URL: string; SANDBOX_SECRET: string };
  /** The supervisor's process id (its sandbox processes are in `stats().backends`). */
  pid: number;
  stats(): Promise<SupervisorStats>;
  stop(): Promise<void>;
}

export async function startLocalSandbox(options: LocalSandboxOptions = {}): Promise<LocalSandbox> {
  const secret = randomUUID();
  const dir = await bundleSandbox();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SANDBOX_SECRET: secret,
    SANDBOX_RUNNER_DIR: dir,
    SANDBOX_WORKERD: workerdBinary(),
  };
  const set = (name: string, value: number | undefined) => {
    if (value !== undefined) env[name] = String(value);
  };
  set("SANDBOX_PORT", options.port);
  set("SANDBOX_PROCESSES", options.processes);
  set("SANDBOX_MAX_RSS_MB", options.maxRssMb);
  set("SANDBOX_RECYCLE_RSS_MB", options.recycleRssMb);
  // A relay holds little: a small young generation keeps its memory small.
  const child = spawn(process.execPath, ["--max-semi-space-size=2", join(dir, "supervisor.mjs")], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.once("exit", () => void rm(dir, { recursive: true, force: true }));
  const port = await waitForReady(child, options);
  const url = `http://127.0.0.1:${port}`;
  let stopped: Promise<void> | undefined;
  return {
    url,
    vars: { SANDBOX_URL: `${url}/run`, SANDBOX_SECRET: secret },
    pid: child.pid ?? -1,
    async stats() {
      const response = await fetch(`${url}/stats`, { headers: { [SECRET_HEADER]: secret } });
      return (await response.json()) as SupervisorStats;
    },
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      });
      return stopped;
    },
  };
}

function waitForReady(child: ChildProcess, options: LocalSandboxOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    let stderr = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the local sandbox did not start in time: ${stderr.trim()}`));
    }, options.startTimeoutMs ?? 30_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-4_000);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the local sandbox exited (${code}): ${stderr.trim()}`));
    });
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      options.onLine?.(line);
      try {
        const event = JSON.parse(line) as { event?: string; port?: number };
        if (event.event === "ready" && typeof event.port === "number") {
          clearTimeout(timer);
          resolve(event.port);
        }
      } catch {
        // Not an event line.
      }
    });
  });
}
