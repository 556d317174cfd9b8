/**
 * Runs jobs in the local sandbox process (see node/ and runner/): one WebSocket per run to its
 * supervisor. The host functions stay here, in the process that holds the credentials; the
 * sandbox process only ever sees their names, arguments and results. Used in local development,
 * where CPU burnt inside built-ins cannot be interrupted in-process and a memory bomb would take
 * the whole runtime down: the supervisor can stop and restart the sandbox process instead, and
 * reports what happened as the run's outcome.
 */
import { type HostFunctions, invokeHostFunction } from "./host-functions.ts";
import type { SandboxJob } from "./job.ts";
import type { SandboxExecutor } from "./loader-executor.ts";
import { HOST_FAILURES, type SandboxOutcome } from "./outcome.ts";
import {
  decodeMessage,
  encodeMessage,
  type HostMessage,
  MODULE_CHUNK_CHARS,
  type SandboxMessage,
  SECRET_HEADER,
  type WireModule,
} from "./protocol.ts";

/** The parts of a WebSocket a run uses (the Workers and the `ws` WebSocket both fit). */
export interface RunSocket {
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  addEventListener(type: "close" | "error", listener: () => void): void;
}

/** Opens the run's socket; throws an Error saying why it cannot. */
export type ConnectRunSocket = (url: string, headers: Record<string, string>) => Promise<RunSocket>;

export interface RemoteExecutorOptions {
  /** The supervisor's run endpoint, e.g. `http://127.0.0.1:20300/run`. */
  url: string;
  secret: string;
  /**
   * How long past the job's limit the host still waits when the supervisor itself does not
   * answer (it normally ends a stuck run about 1.5 s past the limit). Default 4 s.
   */
  graceMs?: number;
  /** How to open the socket. Default: a WebSocket upgrade with the Workers `fetch`. */
  connect?: ConnectRunSocket;
}

const DEFAULT_GRACE_MS = 4_000;

export function remoteExecutor(options: RemoteExecutorOptions): SandboxExecutor {
  return { run: (job, host) => runRemote(options, job, host) };
}

async function runRemote(
  options: RemoteExecutorOptions,
  job: SandboxJob,
  host: HostFunctions,
): Promise<SandboxOutcome> {
  // Connect while the caller settles the input: the handshake overlaps its own work.
  const connecting = (options.connect ?? connectWithFetch)(options.url, {
    [SECRET_HEADER]: options.secret,
  }).then(
    (socket) => ({ socket }),
    (error: unknown) => ({ error }),
  );
  let input: unknown;
  try {
    input = await job.input;
  } catch (error) {
    void connecting.then((connected) => {
      if ("socket" in connected) connected.socket.close(1000, "not run");
    });
    throw error;
  }
  const connected = await connecting;
  if (!("socket" in connected)) {
    const { error } = connected;
    return HOST_FAILURES.crash(
      `the local sandbox at ${options.url} is not reachable: ${error instanceof Error ? error.message : String(error)}; start the servers with \`pnpm dev\``,
    );
  }
  const { socket } = connected;
  return new Promise<SandboxOutcome>((resolve) => {
    let open = true;
    const finish = (outcome: SandboxOutcome) => {
      if (!open) return;
      open = false;
      clearTimeout(timer);
      try {
        socket.close(1000, "done");
      } catch {
        // Already closed by the other side.
      }
      resolve(outcome);
    };
    const timer = setTimeout(
      () => finish(HOST_FAILURES.crash("the local sandbox did not answer in time")),
      job.timeoutMs + (options.graceMs ?? DEFAULT_GRACE_MS),
    );
    const send = (message: HostMessage) => {
      if (open) socket.send(encodeMessage(message));
    };

    socket.addEventListener("message", (event) => {
      let message: SandboxMessage;
      try {
        message = decodeMessage<SandboxMessage>(String(event.data));
      } catch {
        finish(HOST_FAILURES.crash("the local sandbox sent an unreadable message"));
        return;
      }
      switch (message.t) {
        case "done":
          finish(message.outcome);
          return;
        case "need":
          for (const id of message.ids) {
            sendShared(job, id, send).catch((error: unknown) =>
              finish(HOST_FAILURES.crash(`a module could not be read: ${String(error)}`)),
            );
          }
          return;
        case "call":
          invokeHostFunction(host, message.name, message.args, () => open).then(
            (value) => send({ t: "reply", id: message.id, ok: true, value: value ?? null }),
            (error: unknown) =>
              send({
                t: "reply",
                id: message.id,
                ok: false,
                error: error instanceof Error ? error.message : String(error),
              }),
          );
          return;
      }
    });
    socket.addEventListener("close", () =>
      finish(HOST_FAILURES.crash("the connection to the local sandbox closed")),
    );
    socket.addEventListener("error", () =>
      finish(HOST_FAILURES.crash("the connection to the local sandbox failed")),
    );
    send({ t: "run", modules: wireModules(job), input, timeoutMs: job.timeoutMs });
  });
}

async function connectWithFetch(url: string, headers: Record<string, string>): Promise<RunSocket> {
  const response = await fetch(url, { headers: { Upgrade: "websocket", ...headers } });
  const socket = response.webSocket;
  if (!socket) throw new Error(`it refused the run (HTTP ${response.status})`);
  socket.accept();
  return socket;
}

function wireModules(job: SandboxJob): Record<string, WireModule> {
  const modules: Record<string, WireModule> = {};
  for (const [name, module] of Object.entries(job.modules)) {
    modules[name] =
      "shared" in module ? { shared: { id: module.shared.id, kind: module.shared.kind } } : module;
  }
  return modules;
}

async function sendShared(
  job: SandboxJob,
  id: string,
  send: (message: HostMessage) => void,
): Promise<void> {
  const module = Object.values(job.modules).find(
    (candidate) => "shared" in candidate && candidate.shared.id === id,
  );
  const source = module && "shared" in module ? await module.shared.source() : "";
  for (let offset = 0; offset === 0 || offset < source.length; offset += MODULE_CHUNK_CHARS) {
    const data = source.slice(offset, offset + MODULE_CHUNK_CHARS);
    send({ t: "module", id, data, last: offset + MODULE_CHUNK_CHARS >= source.length });
  }
}
