// Waits for a freshly spawned server to answer HTTP, failing fast when its process exits first.
import { setTimeout as sleep } from "node:timers/promises";
import type { ProcessGroup } from "./process-group.ts";

const POLL_INTERVAL_MS = 150;
const REQUEST_TIMEOUT_MS = 2_000;
/** How much of the captured output a start error quotes. */
const OUTPUT_TAIL_CHARS = 6_000;

/** A server did not become ready; `logs` holds everything its process printed. */
export class WorkerStartError extends Error {
  readonly logs: string;
  readonly reason: "exited" | "timeout" | "port-taken";

  constructor(message: string, reason: WorkerStartError["reason"], logs: string) {
    super(`${message}\n--- output ---\n${tail(logs)}\n--- end of output ---`);
    this.name = "WorkerStartError";
    this.reason = reason;
    this.logs = logs;
  }
}

export interface WaitUntilReadyOptions {
  name: string;
  /** Absolute URL to GET; any status below 500 counts as ready. */
  url: string;
  timeoutMs: number;
  process: ProcessGroup;
  /**
   * Text the process prints once it listens (wrangler: "Ready on http://127.0.0.1:PORT"). Required
   * as well as an answer: when the port was taken between our pick and wrangler's bind, wrangler
   * reports it and keeps running, and whatever took the port answers the URL instead.
   */
  readyMarker?: string;
}

const PORT_TAKEN = /address already in use/i;

export async function waitUntilReady(options: WaitUntilReadyOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let exitedEarly = false;
  void options.process.exited.then(() => {
    exitedEarly = true;
  });
  while (Date.now() < deadline && !exitedEarly) {
    const output = options.process.output();
    if (PORT_TAKEN.test(output)) {
      throw new WorkerStartError(
        `${options.name} could not listen: a port it was given is in use`,
        "port-taken",
        output,
      );
    }
    const listening = options.readyMarker === undefined || output.includes(options.readyMarker);
    if (
      listening &&
      (await answers(options.url, Math.min(REQUEST_TIMEOUT_MS, deadline - Date.now())))
    ) {
      return;
    }
    await Promise.race([sleep(POLL_INTERVAL_MS), options.process.exited]);
  }
  if (exitedEarly || options.process.hasExited()) {
    const exit = await options.process.exited;
    const how = exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
    throw new WorkerStartError(
      `${options.name} exited (${how}) before answering ${options.url}`,
      "exited",
      options.process.output(),
    );
  }
  throw new WorkerStartError(
    `${options.name} did not answer ${options.url} within ${options.timeoutMs} ms`,
    "timeout",
    options.process.output(),
  );
}

async function answers(url: string, timeoutMs: number): Promise<boolean> {
  if (timeoutMs <= 0) return false;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.status < 500;
  } catch {
    return false;
  }
}

function tail(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= OUTPUT_TAIL_CHARS) return trimmed || "(no output)";
  return `...${trimmed.slice(-OUTPUT_TAIL_CHARS)}`;
}
