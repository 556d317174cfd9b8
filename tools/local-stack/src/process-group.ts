// Spawns a command as the leader of its own process group, captures its output and stops the
// whole group (wrangler, its re-spawned CLI and the workerd runtimes) in one go.
import { spawn } from "node:child_process";
import { stripVTControlCharacters } from "node:util";
import { signalGroup, trackGroup, untrackGroup } from "./cleanup.ts";

/** Output kept in memory per process; older text is dropped first. */
const MAX_CAPTURED_CHARS = 4_000_000;
const STOP_GRACE_MS = 5_000;

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ProcessGroup {
  readonly pid: number;
  /** Settles when the group leader exits; never rejects. */
  readonly exited: Promise<ExitInfo>;
  hasExited(): boolean;
  /** Everything printed so far, stdout and stderr interleaved, colour codes removed. */
  output(): string;
  /** SIGTERM the group, SIGKILL it after a grace period, resolve once the leader has exited. */
  stop(): Promise<void>;
}

export interface SpawnGroupOptions {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Called once per complete output line (colour codes removed). */
  onLine?: (line: string) => void;
}

export function spawnGroup(options: SpawnGroupOptions): ProcessGroup {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let captured = "";
  let exitInfo: ExitInfo | undefined;
  const partialLines = { stdout: "", stderr: "" };

  const record = (stream: "stdout" | "stderr", chunk: Buffer) => {
    const text = stripVTControlCharacters(chunk.toString("utf8"));
    captured += text;
    if (captured.length > MAX_CAPTURED_CHARS) captured = captured.slice(-MAX_CAPTURED_CHARS);
    if (!options.onLine) return;
    const lines = (partialLines[stream] + text).split(/\r?\n/);
    partialLines[stream] = lines.pop() ?? "";
    for (const line of lines) options.onLine(line);
  };
  child.stdout.on("data", (chunk: Buffer) => record("stdout", chunk));
  child.stderr.on("data", (chunk: Buffer) => record("stderr", chunk));

  const exited = new Promise<ExitInfo>((resolve) => {
    child.once("error", (error) => {
      captured += `\n[local-stack] failed to start ${options.command}: ${error.message}\n`;
      exitInfo = { code: null, signal: null };
      resolve(exitInfo);
    });
    child.once("close", (code, signal) => {
      if (child.pid) {
        // The leader is gone; no runtime it spawned may outlive it.
        signalGroup(child.pid, "SIGKILL");
        untrackGroup(child.pid);
      }
      for (const rest of [partialLines.stdout, partialLines.stderr]) {
        if (rest) options.onLine?.(rest);
      }
      exitInfo = { code, signal };
      resolve(exitInfo);
    });
  });

  const pid = child.pid ?? -1;
  if (child.pid) trackGroup(child.pid);

  async function stop(): Promise<void> {
    if (exitInfo || pid < 0) return;
    signalGroup(pid, "SIGTERM");
    const killTimer = setTimeout(() => signalGroup(pid, "SIGKILL"), STOP_GRACE_MS);
    await exited;
    clearTimeout(killTimer);
  }

  return {
    pid,
    exited,
    hasExited: () => exitInfo !== undefined,
    output: () => captured,
    stop,
  };
}
