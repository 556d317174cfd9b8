/**
 * The Worker of the local sandbox process: a plain workerd process that the supervisor (node/)
 * starts and restarts, holding nothing but a Worker Loader. Each run arrives as one WebSocket
 * (protocol in src/protocol.ts): the job's modules are loaded into a fresh Dynamic Worker whose
 * `host` forwards every call back over the socket to the host that holds the credentials.
 */
import { RpcTarget } from "cloudflare:workers";
import { CLOSED_MESSAGE } from "../src/host-functions.ts";
import { runInLoader } from "../src/loader-executor.ts";
import { HOST_FAILURES } from "../src/outcome.ts";
import {
  decodeMessage,
  encodeMessage,
  type HostMessage,
  type SandboxMessage,
  SECRET_HEADER,
  type WireModule,
} from "../src/protocol.ts";
import { SharedModuleCache } from "./shared-cache.ts";

interface RunnerEnv {
  LOADER: WorkerLoader;
  SECRET: string;
}

const sharedModules = new SharedModuleCache();
const stats = { runs: 0, running: 0 };

export default {
  async fetch(request: Request, env: RunnerEnv): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/health") return Response.json({ ok: true, ...stats });
    if (url.pathname !== "/run") return new Response("not found", { status: 404 });
    if (request.headers.get(SECRET_HEADER) !== env.SECRET) {
      return new Response("forbidden", { status: 403 });
    }
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("expected a WebSocket", { status: 426 });
    }
    const pair = new WebSocketPair();
    const [client, server] = [pair[0], pair[1]];
    server.accept();
    serve(server, env);
    return new Response(null, { status: 101, webSocket: client });
  },
} satisfies ExportedHandler<RunnerEnv>;

/** The isolate's `host`: each call becomes a `call` message and waits for its `reply`. */
class RemoteHost extends RpcTarget {
  readonly #socket: WebSocket;
  readonly #pending = new Map<number, { resolve(value: unknown): void; reject(e: Error): void }>();
  #nextId = 1;
  #open = true;

  constructor(socket: WebSocket) {
    super();
    this.#socket = socket;
  }

  static settle(host: RemoteHost, message: Extract<HostMessage, { t: "reply" }>): void {
    const pending = host.#pending.get(message.id);
    if (!pending) return;
    host.#pending.delete(message.id);
    if (message.ok) pending.resolve(message.value);
    else pending.reject(new Error(message.error));
  }

  static close(host: RemoteHost): void {
    host.#open = false;
    for (const pending of host.#pending.values()) pending.reject(new Error(CLOSED_MESSAGE));
    host.#pending.clear();
  }

  call(name: unknown, args: unknown): Promise<unknown> {
    if (!this.#open) return Promise.reject(new Error(CLOSED_MESSAGE));
    const id = this.#nextId++;
    const message: SandboxMessage = { t: "call", id, name: String(name), args: args ?? [] };
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#socket.send(encodeMessage(message));
    });
  }
}

function serve(socket: WebSocket, env: RunnerEnv): void {
  const host = new RemoteHost(socket);
  let started = false;
  let waitingFor: { ids: Set<string>; resume(): void } | undefined;
  // Chunks of shared modules being received on this socket (other runs may send the same id).
  const partial = new Map<string, string[]>();
  const received = new Map<string, string>();
  const send = (message: SandboxMessage) => {
    try {
      socket.send(encodeMessage(message));
    } catch {
      // The host went away; the run ends on its own.
    }
  };

  socket.addEventListener("message", (event) => {
    const message = decodeMessage<HostMessage>(String(event.data));
    if (message.t === "reply") {
      RemoteHost.settle(host, message);
    } else if (message.t === "module") {
      const parts = partial.get(message.id) ?? [];
      parts.push(message.data);
      partial.set(message.id, parts);
      if (!message.last) return;
      partial.delete(message.id);
      const source = parts.join("");
      received.set(message.id, source);
      sharedModules.put(message.id, source);
      waitingFor?.ids.delete(message.id);
      if (waitingFor?.ids.size === 0) waitingFor.resume();
    } else if (message.t === "run" && !started) {
      started = true;
      const missing = sharedModules.missing(message.modules);
      const start = () =>
        run(env, message, host, received).then((outcome) => {
          send({ t: "done", outcome });
          socket.close(1000, "done");
        });
      if (missing.length === 0) {
        void start();
      } else {
        waitingFor = { ids: new Set(missing), resume: () => void start() };
        send({ t: "need", ids: missing });
      }
    }
  });
  socket.addEventListener("close", () => RemoteHost.close(host));
}

async function run(
  env: RunnerEnv,
  message: Extract<HostMessage, { t: "run" }>,
  host: RemoteHost,
  received: ReadonlyMap<string, string>,
) {
  stats.runs++;
  stats.running++;
  try {
    const modules = resolve(message.modules, received);
    if (!modules) return HOST_FAILURES.crash("a shared module went missing from the cache");
    return await runInLoader(env.LOADER, modules, message, host);
  } finally {
    stats.running--;
    RemoteHost.close(host);
  }
}

function resolve(
  wire: Record<string, WireModule>,
  received: ReadonlyMap<string, string>,
): Record<string, WorkerLoaderModule> | undefined {
  const modules: Record<string, WorkerLoaderModule> = {};
  for (const [name, module] of Object.entries(wire)) {
    if (!("shared" in module)) {
      modules[name] = module;
      continue;
    }
    const source = received.get(module.shared.id) ?? sharedModules.get(module.shared.id);
    if (source === undefined) return undefined;
    modules[name] = module.shared.kind === "js" ? { js: source } : { text: source };
  }
  return modules;
}
