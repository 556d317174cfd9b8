/**
 * The local sandbox supervisor: keeps a small pool of sandbox processes (backend.ts) and relays
 * each run's WebSocket from the host to one of them. Because it sits outside both, it can always
 * end a run and say why:
 * - a run still going `graceMs` past its limit while its process does not answer a ping is stuck
 *   inside a built-in (kind `cpu`): the process is killed and replaced;
 * - a process over `maxRssMb` is killed at once (kind `memory`); one that dies on its own is a
 *   `memory` or `crash` failure by its last words;
 * - a process over `recycleRssMb` or `recycleAfterRuns` is drained: new runs go elsewhere and it
 *   stops once idle, so slow growth (isolates local workerd does not free) never fails a run.
 * Runs that die with a killed process before they made any host call are sent once to another
 * process (unless the run was alone there, so it was the cause), so only the run that caused a
 * kill (and runs already part-way through their host calls) see the failure.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { type RawData, WebSocket, WebSocketServer } from "ws";
import { HOST_FAILURES, type SandboxOutcome } from "../src/outcome.ts";
import { encodeMessage, SECRET_HEADER } from "../src/protocol.ts";
import { Backend, type BackendExit, type StopReason } from "./backend.ts";

export interface SupervisorOptions {
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** Hosts must send it; also protects the backends. */
  secret: string;
  workerdPath: string;
  /** Folder with the bundled runner.js. */
  runnerDir: string;
  /** Sandbox processes kept ready. */
  processes: number;
  /** Kill a process above this resident memory (its runs fail as `memory`). */
  maxRssMb: number;
  /** Replace a process, once idle, above this resident memory. */
  recycleRssMb: number;
  /** Replace a process, once idle, after this many runs. */
  recycleAfterRuns: number;
  /** How long past a run's limit before its process is checked for being stuck. */
  graceMs: number;
  log(line: string): void;
}

export const DEFAULT_SUPERVISOR_OPTIONS = {
  processes: 2,
  maxRssMb: 1_024,
  recycleRssMb: 200,
  recycleAfterRuns: 5_000,
  graceMs: 300,
} as const;

const SAMPLE_INTERVAL_MS = 100;
const STUCK_PING_MS = 500;
const BACKEND_WAIT_MS = 15_000;

interface Attempt {
  backend: Backend;
  socket: WebSocket;
}

interface Relay {
  host: WebSocket;
  runMessage: string;
  timeoutMs: number;
  startedAt: number;
  /** The process and socket of the current attempt. */
  attempt?: Attempt;
  /** Messages from the host waiting for the backend socket to open. */
  queue: string[];
  hostCalls: number;
  attempts: number;
  finished: boolean;
  deadline?: ReturnType<typeof setTimeout>;
}

export interface SupervisorStats {
  pid: number;
  backends: Array<{
    id: number;
    pid?: number;
    state: string;
    rssMb: number;
    runs: number;
    active: number;
  }>;
  /** Processes stopped, by reason. */
  stops: Record<StopReason, number>;
  runs: number;
}

export class Supervisor {
  readonly #options: SupervisorOptions;
  readonly #backends = new Set<Backend>();
  readonly #relays = new Set<Relay>();
  readonly #stops: Record<StopReason, number> = {
    cpu: 0,
    memory: 0,
    crash: 0,
    recycle: 0,
    shutdown: 0,
  };
  #nextId = 1;
  #runs = 0;
  #server: Server | undefined;
  #sampler: ReturnType<typeof setInterval> | undefined;
  #stopping = false;
  #waiters: Array<() => void> = [];
  readonly #wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    maxPayload: 0,
    skipUTF8Validation: true,
  });

  constructor(options: SupervisorOptions) {
    this.#options = options;
  }

  /** Starts the pool and listens; resolves with the port. */
  async start(): Promise<number> {
    await Promise.all(Array.from({ length: this.#options.processes }, () => this.#spawn()));
    this.#sampler = setInterval(() => this.#sample(), SAMPLE_INTERVAL_MS);
    const server = createServer((request, response) => this.#http(request, response));
    server.on("upgrade", (request, socket, head) => this.#upgrade(request, socket, head));
    this.#server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.#options.port, "127.0.0.1", () => resolve());
    });
    const address = server.address();
    return typeof address === "object" && address ? address.port : this.#options.port;
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    clearInterval(this.#sampler);
    for (const relay of this.#relays)
      this.#finish(relay, HOST_FAILURES.crash("the sandbox is shutting down"));
    for (const backend of this.#backends) backend.stop("shutdown");
    await Promise.all([...this.#backends].map((backend) => backend.exited));
    await new Promise<void>((resolve) =>
      this.#server ? this.#server.close(() => resolve()) : resolve(),
    );
  }

  stats(): SupervisorStats {
    return {
      pid: process.pid,
      backends: [...this.#backends].map((backend) => ({
        id: backend.id,
        ...(backend.pid !== undefined ? { pid: backend.pid } : {}),
        port: backend.port,
        state: backend.state,
        rssMb: backend.lastRssMb,
        runs: backend.runs,
        active: backend.active,
      })),
      stops: { ...this.#stops },
      runs: this.#runs,
    };
  }

  // --- processes -------------------------------------------------------------------------------

  async #spawn(): Promise<void> {
    if (this.#stopping) return;
    const backend = new Backend({
      id: this.#nextId++,
      workerdPath: this.#options.workerdPath,
      dir: this.#options.runnerDir,
      secret: this.#options.secret,
      onExit: (stopped, exit) => this.#onExit(stopped, exit),
    });
    this.#backends.add(backend);
    try {
      await backend.start();
      this.#log(`sandbox process ${backend.id} ready (pid ${backend.pid})`);
    } catch (error) {
      this.#log(`sandbox process ${backend.id} failed to start: ${(error as Error).message}`);
    }
    for (const wake of this.#waiters.splice(0)) wake();
  }

  #onExit(backend: Backend, exit: BackendExit): void {
    this.#backends.delete(backend);
    this.#stops[exit.reason]++;
    if (exit.reason !== "recycle" && exit.reason !== "shutdown") {
      this.#log(`sandbox process ${backend.id} stopped (${exit.reason}, ${exit.detail})`);
    }
    for (const relay of this.#relays) {
      if (relay.attempt?.backend === backend) void this.#lost(relay, relay.attempt, exit);
    }
    if (!this.#stopping && this.#serving() < this.#options.processes) {
      // A process that keeps dying at start must not spin: wait a little before the next one.
      setTimeout(() => void this.#spawn(), exit.reason === "crash" ? 250 : 0);
    }
  }

  #serving(): number {
    return [...this.#backends].filter((b) => b.state === "ready" || b.state === "starting").length;
  }

  #sample(): void {
    for (const backend of this.#backends) {
      if (backend.state === "stopped" || backend.state === "starting") continue;
      const rss = backend.sampleRssMb();
      if (rss > this.#options.maxRssMb) {
        backend.stop("memory");
      } else if (
        backend.state === "ready" &&
        (rss > this.#options.recycleRssMb || backend.runs >= this.#options.recycleAfterRuns)
      ) {
        backend.state = "draining";
        void this.#spawn();
      }
      if (backend.state === "draining" && backend.active === 0) backend.stop("recycle");
    }
  }

  async #pick(): Promise<Backend | undefined> {
    const deadline = Date.now() + BACKEND_WAIT_MS;
    while (!this.#stopping && Date.now() < deadline) {
      let best: Backend | undefined;
      for (const backend of this.#backends) {
        if (backend.state !== "ready") continue;
        if (!best || backend.active < best.active) best = backend;
      }
      if (best) return best;
      if (this.#serving() === 0) void this.#spawn();
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 250);
      });
    }
    return undefined;
  }

  // --- runs ------------------------------------------------------------------------------------

  #upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path !== "/run" || request.headers[SECRET_HEADER] !== this.#options.secret) {
      socket.end("HTTP/1.1 403 Forbidden\r\nconnection: close\r\n\r\n");
      return;
    }
    this.#wss.handleUpgrade(request, socket, head, (host) => this.#accept(host));
  }

  #accept(host: WebSocket): void {
    host.once("message", (data) => {
      const runMessage = data.toString();
      let timeoutMs: number;
      try {
        const parsed = JSON.parse(runMessage) as { t?: string; timeoutMs?: unknown };
        if (parsed.t !== "run" || typeof parsed.timeoutMs !== "number") throw new Error("not run");
        timeoutMs = parsed.timeoutMs;
      } catch {
        host.close(1008, "expected a run message");
        return;
      }
      const relay: Relay = {
        host,
        runMessage,
        timeoutMs,
        startedAt: Date.now(),
        queue: [],
        hostCalls: 0,
        attempts: 0,
        finished: false,
      };
      this.#relays.add(relay);
      this.#runs++;
      host.on("message", (more) => this.#toBackend(relay, more.toString()));
      host.on("close", () => this.#end(relay));
      relay.deadline = setTimeout(
        () => void this.#overdue(relay),
        timeoutMs + this.#options.graceMs,
      );
      void this.#connect(relay);
    });
  }

  async #connect(relay: Relay): Promise<void> {
    relay.attempts++;
    const backend = await this.#pick();
    if (relay.finished) return;
    if (!backend) {
      this.#finish(relay, HOST_FAILURES.crash("no sandbox process could be started"));
      return;
    }
    backend.runs++;
    backend.active++;
    const socket = backend.socket();
    const attempt: Attempt = { backend, socket };
    relay.attempt = attempt;
    const start = () => {
      socket.send(relay.runMessage);
      for (const message of relay.queue.splice(0)) socket.send(message);
    };
    if (socket.readyState === WebSocket.OPEN) start();
    else socket.on("open", start);
    socket.on("message", (data: RawData) => this.#fromBackend(relay, attempt, data.toString()));
    socket.on("error", () => {
      // Always followed by "close".
    });
    socket.on("close", () => void this.#lost(relay, attempt));
  }

  #toBackend(relay: Relay, message: string): void {
    const socket = relay.attempt?.socket;
    if (socket?.readyState === WebSocket.OPEN) socket.send(message);
    else relay.queue.push(message);
  }

  #fromBackend(relay: Relay, attempt: Attempt, message: string): void {
    if (relay.attempt !== attempt || relay.finished) return;
    // Messages are JSON objects whose first key is the type (see src/protocol.ts).
    if (message.startsWith('{"t":"call"')) relay.hostCalls++;
    if (relay.host.readyState === WebSocket.OPEN) relay.host.send(message);
    if (message.startsWith('{"t":"done"')) this.#end(relay);
  }

  /**
   * The run's socket or process went away before `done`. Learns why (a process that died on its
   * own says so a moment after its sockets close), then sends the run elsewhere if that is safe,
   * else reports the failure.
   */
  async #lost(relay: Relay, attempt: Attempt, known?: BackendExit): Promise<void> {
    if (relay.finished || relay.attempt !== attempt) return;
    relay.attempt = undefined;
    // Alone on a process killed for its CPU or memory, this run is the cause: do not repeat it.
    const alone = attempt.backend.active <= 1;
    attempt.backend.active--;
    const exit =
      known ??
      (await Promise.race([
        attempt.backend.exited,
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 1_000)),
      ]));
    if (relay.finished) return;
    if (!exit) {
      this.#finish(relay, HOST_FAILURES.crash("the sandbox process closed the run"));
      return;
    }
    const remainingMs = relay.startedAt + relay.timeoutMs - Date.now();
    const innocent = !alone || exit.reason === "crash" || exit.reason === "recycle";
    if (
      innocent &&
      relay.hostCalls === 0 &&
      relay.attempts < 2 &&
      remainingMs > 0 &&
      !this.#stopping
    ) {
      void this.#connect(relay);
      return;
    }
    this.#finish(relay, failureFor(exit, relay.timeoutMs));
  }

  /** A run past its limit and grace: its process is either stuck (kill it) or merely slow. */
  async #overdue(relay: Relay): Promise<void> {
    if (relay.finished) return;
    const backend = relay.attempt?.backend;
    if (backend && backend.state !== "stopped" && !(await backend.ping(STUCK_PING_MS))) {
      if (relay.finished) return;
      // Stuck and big: the heap is full and V8 is collecting garbage over and over.
      const reason = backend.sampleRssMb() >= this.#options.recycleRssMb ? "memory" : "cpu";
      this.#finish(relay, failureFor({ reason, detail: "stuck" }, relay.timeoutMs));
      backend.stop(reason);
      return;
    }
    // The process answers, so the run's own timer will end it; give that a moment.
    relay.deadline = setTimeout(() => {
      if (!relay.finished) this.#finish(relay, HOST_FAILURES.timeout(relay.timeoutMs));
    }, 1_000);
  }

  #finish(relay: Relay, outcome: SandboxOutcome): void {
    if (relay.finished) return;
    if (relay.host.readyState === WebSocket.OPEN) {
      relay.host.send(encodeMessage({ t: "done", outcome }));
    }
    this.#end(relay);
  }

  #end(relay: Relay): void {
    if (relay.finished) return;
    relay.finished = true;
    clearTimeout(relay.deadline);
    this.#relays.delete(relay);
    const attempt = relay.attempt;
    relay.attempt = undefined;
    if (attempt) {
      attempt.backend.active--;
      attempt.socket.close(1000);
    }
    if (relay.host.readyState === WebSocket.OPEN) relay.host.close(1000);
  }

  #http(request: IncomingMessage, response: ServerResponse): void {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path === "/health") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ ok: true, ready: this.#serving() }));
      return;
    }
    if (path === "/stats" && request.headers[SECRET_HEADER] === this.#options.secret) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(this.stats()));
      return;
    }
    response.writeHead(404).end();
  }

  #log(line: string): void {
    this.#options.log(line);
  }
}

function failureFor(exit: BackendExit, timeoutMs: number): SandboxOutcome {
  switch (exit.reason) {
    case "cpu":
      return HOST_FAILURES.cpu(timeoutMs);
    case "memory":
      return HOST_FAILURES.memory();
    default:
      return HOST_FAILURES.crash(`the sandbox process stopped (${exit.detail})`);
  }
}

export function newSecret(): string {
  return randomUUID();
}
