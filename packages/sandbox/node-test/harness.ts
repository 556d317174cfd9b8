// Runs code through a local sandbox as the api host does, with `ws` in place of the Workers fetch.
import { WebSocket } from "ws";
import { type LocalSandbox, type LocalSandboxOptions, startLocalSandbox } from "../node/index.ts";
import {
  type ConnectRunSocket,
  type RunSocket,
  remoteExecutor,
  runInSandbox,
  type SandboxOutcome,
  type SandboxRunOptions,
} from "../src/index.ts";

const connect: ConnectRunSocket = (url, headers) =>
  new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, "ws"), { headers, perMessageDeflate: false });
    socket.once("open", () => resolve(socket as unknown as RunSocket));
    socket.once("error", reject);
  });

export interface TestSandbox {
  sandbox: LocalSandbox;
  run(code: string, extra?: Omit<Partial<SandboxRunOptions>, "executor">): Promise<SandboxOutcome>;
  lines: string[];
}

export async function startTestSandbox(options: LocalSandboxOptions = {}): Promise<TestSandbox> {
  const lines: string[] = [];
  const sandbox = await startLocalSandbox({ ...options, onLine: (line) => lines.push(line) });
  const executor = remoteExecutor({
    url: sandbox.vars.SANDBOX_URL,
    secret: sandbox.vars.SANDBOX_SECRET,
    connect,
  });
  return {
    sandbox,
    lines,
    run: (code, extra = {}) => runInSandbox({ executor, code, ...extra }),
  };
}

export function value(outcome: SandboxOutcome): unknown {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.kind}: ${outcome.message}`);
  return JSON.parse(outcome.json);
}
