/**
 * One sandbox process: a plain workerd running the runner Worker (runner/worker.ts) with a Worker
 * Loader binding and nothing else: no network, no storage. The supervisor owns its life: it reads
 * its memory (RSS), pings it, and kills it when it is stuck or too big.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { WebSocket } from "ws";
import { COMPATIBILITY_DATE } from "../src/compatibility.ts";
import { SECRET_HEADER } from "../src/protocol.ts";

export type BackendState = "starting" | "ready" | "draining" | "stopped";

/** Why the supervisor stopped a process, or why it died. */
export type StopReason = "cpu" | "memory" | "crash" | "recycle" | "shutdown";

export interface BackendExit {
  reason: StopReason;
  detail: string;
}

export interface BackendOptions {
  id: number;
  workerdPath: string;
  /** Folder holding runner.js; the process's config is written beside it. */
  dir: string;
  secret: string;
  onExit(backend: Backend, exit: BackendExit): void;
}

const READY_TIMEOUT_MS = 15_000;
/** Sockets to the runner opened ahead of the runs that will use them: a run skips a handshake. */
const SPARE_SOCKETS = 2;
/**
 * V8 heap limit of each isolate in a sandbox process (deployed, an isolate gets 128 MB): a heap
 * bomb makes V8 abort the process within a moment, whatever the machine's load, instead of
 * growing until the supervisor's RSS check catches it.
 */
const HEAP_LIMIT_MB = 512;
const STDERR_TAIL_CHARS = 4_000;

export class Backend {
  readonly id: number;
  state: BackendState = "starting";
  /** Runs relayed to it so far, and those in flight. */
  runs = 0;
  active = 0;
  port = 0;
  #child: ChildProcess | undefined;
  #stopReason: StopReason | undefined;
  #stderrTail = "";
  #lastRssMb = 0;
  #spares: WebSocket[] = [];
  readonly #options: BackendOptions;
  readonly exited: Promise<BackendExit>;
  #resolveExit!: (exit: BackendExit) => void;

  constructor(options: BackendOptions) {
    this.id = options.id;
    this.#options = options;
    this.exited = new Promise((resolve) => {
      this.#resolveExit = resolve;
    });
  }

  get pid(): number | undefined {
    return this.#child?.pid;
  }

  get runUrl(): string {
    return `ws://127.0.0.1:${this.port}/run`;
  }

  get lastRssMb(): number {
    return this.#lastRssMb;
  }

  async start(): Promise<void> {
    this.port = await freePort();
    const config = join(this.#options.dir, `sandbox-${this.id}-${this.port}.capnp`);
    await writeFile(config, capnpConfig(this.port, this.#options.secret));
    const child = spawn(this.#options.workerdPath, ["serve", config, "--experimental"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    this.#child = child;
    child.stderr?.on("data", (chunk: Buffer) => {
      this.#stderrTail = (this.#stderrTail + chunk.toString("utf8")).slice(-STDERR_TAIL_CHARS);
    });
    child.once("exit", (code, signal) => this.#exited(code, signal));
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline && this.state === "starting") {
      if (await this.ping(500)) {
        this.state = "ready";
        this.#refill();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    if (this.state !== "ready") {
      this.stop("crash");
      throw new Error(`sandbox process did not start: ${this.#stderrTail.trim() || "no output"}`);
    }
  }

  /**
   * A socket to the runner for one run, open or opening, with no listeners: a spare one when there
   * is one (replaced at once), else a new one.
   */
  socket(): WebSocket {
    let socket = this.#spares.shift();
    while (socket && socket.readyState !== WebSocket.OPEN) socket = this.#spares.shift();
    socket ??= this.#open();
    socket.removeAllListeners();
    this.#refill();
    return socket;
  }

  #open(): WebSocket {
    return new WebSocket(this.runUrl, {
      headers: { [SECRET_HEADER]: this.#options.secret },
      perMessageDeflate: false,
      maxPayload: 0,
      // The messages are JSON this code or workerd wrote; checking their UTF-8 costs time.
      skipUTF8Validation: true,
    });
  }

  #refill(): void {
    while (this.state === "ready" && this.#spares.length < SPARE_SOCKETS) {
      const spare = this.#open();
      this.#spares.push(spare);
      spare.on("error", () => {
        // Followed by "close".
      });
      spare.on("close", () => {
        this.#spares = this.#spares.filter((candidate) => candidate !== spare);
      });
    }
  }

  /** True when the runner answers /health within `timeoutMs`. */
  async ping(timeoutMs: number): Promise<boolean> {
    try {
      const response = await fetch(`http://127.0.0.1:${this.port}/health`, {
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer();
      return response.ok;
    } catch {
      return false;
    }
  }

  /** Resident memory in MB (Linux /proc; 0 where unavailable). */
  sampleRssMb(): number {
    const pid = this.pid;
    if (pid === undefined || this.state === "stopped") return 0;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      this.#lastRssMb = Math.round(kb / 1024);
    } catch {
      // Exited between the check and the read, or not Linux.
    }
    return this.#lastRssMb;
  }

  /** Kills the process at once (a stuck process cannot be asked to stop). */
  stop(reason: StopReason): void {
    if (this.state === "stopped") return;
    this.#stopReason ??= reason;
    this.state = "stopped";
    for (const spare of this.#spares.splice(0)) spare.terminate();
    this.#child?.kill("SIGKILL");
  }

  #exited(code: number | null, signal: NodeJS.Signals | null): void {
    this.state = "stopped";
    for (const spare of this.#spares.splice(0)) spare.terminate();
    const detail = `exit ${signal ?? code}`;
    if (this.#stopReason) {
      this.#resolveExit({ reason: this.#stopReason, detail });
    } else {
      // Died on its own: V8 aborts the whole process when a heap or an array or string cannot
      // grow any more ("Fatal JavaScript out of memory", "Fatal JavaScript invalid size error").
      const memory = MEMORY_DEATH.test(this.#stderrTail);
      this.#resolveExit({
        reason: memory ? "memory" : "crash",
        detail: `${detail}${this.#stderrTail ? `: ${lastWords(this.#stderrTail)}` : ""}`,
      });
    }
    void this.exited.then((exit) => this.#options.onExit(this, exit));
  }
}

const MEMORY_DEATH = /out of memory|heap limit|allocation failed|invalid size error|OOM/i;

/** The last meaningful line (V8's fatal errors end with lines of just "#"). */
function lastWords(text: string): string {
  const lines = text
    .split("\n")
    .map((line) => line.replace(/^#\s*/, "").trim())
    .filter((line) => line !== "");
  return (lines.at(-1) ?? "").slice(0, 200);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function capnpConfig(port: number, secret: string): string {
  // `none` denies every outbound connection of the runner itself; its Dynamic Workers get
  // `globalOutbound: null` on top.
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "runner", worker = .runner),
    (name = "none", network = (allow = [])),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "runner") ],
  v8Flags = [ "--max-old-space-size=${HEAP_LIMIT_MB}" ],
);
const runner :Workerd.Worker = (
  modules = [ (name = "runner.js", esModule = embed "runner.js") ],
  compatibilityDate = "${COMPATIBILITY_DATE}",
  globalOutbound = "none",
  bindings = [
    (name = "LOADER", workerLoader = ()),
    (name = "SECRET", text = ${JSON.stringify(secret)}),
  ],
);
`;
}
