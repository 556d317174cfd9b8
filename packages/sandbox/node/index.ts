/**
 * `@repo/sandbox/local`: the supervised local sandbox for development and tests. Builds the
 * supervisor and its runner, starts the supervisor as a child process, and hands back the `vars`
 * for the host Worker (the api server) so its `execute` and `search` run there instead of in the
 * process holding the connections. Callers that manage processes themselves (tools/local-stack
 * tracks process groups) spawn the command from `prepareLocalSandbox` and read its lines.
 */
import { spawn } from "node:child_process";
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
}

/** How to run the supervisor, for a caller that spawns it. */
export interface LocalSandboxCommand {
  command: string;
  args: string[];
  /** The complete environment of the process. */
  env: NodeJS.ProcessEnv;
  secret: string;
  /** The port, when `line` (one line the process printed) says it is ready. */
  readyPort(line: string): number | undefined;
  /** A line for people: the supervisor prints JSON events. */
  describe(line: string): string;
  /** Removes the built files; call once the process has exited. */
  cleanup(): Promise<void>;
}

export interface LocalSandbox {
  /** http://127.0.0.1:PORT */
  url: string;
  /** Variables for the host Worker: SANDBOX_URL and SANDBOX_SECRET. */
  vars: { SANDBOX_URL: string; SANDBOX_SECRET: string };
  /** The supervisor's process id (its sandbox processes are its children). */
  pid: number;
  stats(): Promise<SupervisorStats>;
  stop(): Promise<void>;
}

export async function prepareLocalSandbox(
  options: LocalSandboxOptions = {},
): Promise<LocalSandboxCommand> {
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
  return {
    command: process.execPath,
    // A relay holds little: a small young generation keeps its memory small.
    args: ["--max-semi-space-size=2", join(dir, "supervisor.mjs")],
    env,
    secret,
    readyPort: (line) => {
      const event = readEvent(line);
      return event?.event === "ready" && typeof event.port === "number" ? event.port : undefined;
    },
    describe: (line) => {
      const event = readEvent(line);
      if (!event) return line;
      if (event.event === "ready") return `supervisor ready on 127.0.0.1:${event.port}`;
      return event.message ?? line;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** What a started supervisor offers, given its port and secret. */
export function localSandbox(
  port: number,
  secret: string,
  pid: number,
  stop: () => Promise<void>,
): LocalSandbox {
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    vars: { SANDBOX_URL: `${url}/run`, SANDBOX_SECRET: secret },
    pid,
    async stats() {
      const response = await fetch(`${url}/stats`, { headers: { [SECRET_HEADER]: secret } });
      return (await response.json()) as SupervisorStats;
    },
    stop,
  };
}

/** Starts the supervisor as a child of this process (tests, scripts). */
export async function startLocalSandbox(
  options: LocalSandboxOptions & { onLine?: (line: string) => void; startTimeoutMs?: number } = {},
): Promise<LocalSandbox> {
  const prepared = await prepareLocalSandbox(options);
  const child = spawn(prepared.command, prepared.args, {
    env: prepared.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exited.then(prepared.cleanup);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-4_000);
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the local sandbox did not start in time: ${stderr.trim()}`));
    }, options.startTimeoutMs ?? 30_000);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the local sandbox exited: ${stderr.trim()}`));
    });
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      options.onLine?.(line);
      const ready = prepared.readyPort(line);
      if (ready !== undefined) {
        clearTimeout(timer);
        resolve(ready);
      }
    });
  });
  let stopping: Promise<void> | undefined;
  return localSandbox(port, prepared.secret, child.pid ?? -1, () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(force);
      }
    })();
    return stopping;
  });
}

function readEvent(line: string): { event?: string; port?: number; message?: string } | undefined {
  try {
    const event = JSON.parse(line) as unknown;
    return typeof event === "object" && event !== null ? event : undefined;
  } catch {
    return undefined;
  }
}
