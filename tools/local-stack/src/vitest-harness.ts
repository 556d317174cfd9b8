/**
 * Vitest harness for the tests that need the real thing (each app's smoke test, the api's
 * seeded-spec tests): each test file runs its own emulator and the app (as `pnpm dev` runs them;
 * the smoke test under plain `wrangler dev`, as the app's own `dev` script runs it) and
 * talks to the server through a real MCP client over Streamable HTTP, as an AI client would.
 * Tool tests run in process instead (`@repo/mcp-kit/testing`).
 */
import { rm } from "node:fs/promises";
import type { Client } from "@modelcontextprotocol/client";
import { callOk, type ToolOutcome } from "@repo/mcp-kit/testing/outcome";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  connectMcpClient,
  type RunningApp,
  type RunningEmulator,
  startApp,
  startEmulator,
} from "./index.ts";
import type { StartWorkerOptions } from "./start-worker.ts";

export interface Stack {
  emulator: RunningEmulator;
  app: RunningApp;
  /** A connected client for `token`; closed with the stack. */
  connect(token: string, headers?: Record<string, string>): Promise<Client>;
}

export interface AppStackOptions {
  /**
   * Makes the app's state folder before it starts (for example a copy of storage seeded once in a
   * global setup); the folder is deleted after the file's tests. Default: a fresh empty folder.
   */
  prepareState?: () => Promise<string>;
  /** Extra variables for the app. */
  vars?: Record<string, string>;
  /** How the emulator and the app run (`startWorker`'s `runtime`); default: Miniflare. */
  runtime?: StartWorkerOptions["runtime"];
}

/** Starts the emulator and `app` (a folder under apps/) before the file's tests; stops them after. */
export function useAppStack(app: string, options: AppStackOptions = {}): Stack {
  const clients: Client[] = [];
  const stack = {} as Stack;
  let statePath: string | undefined;
  beforeAll(async () => {
    const runtime = options.runtime ? { runtime: options.runtime } : {};
    stack.emulator = await startEmulator(runtime);
    try {
      statePath = await options.prepareState?.();
      stack.app = await startApp(app, {
        apiBaseUrl: stack.emulator.apiBaseUrl,
        ...(statePath ? { persistTo: statePath } : {}),
        ...(options.vars ? { vars: options.vars } : {}),
        ...runtime,
      });
    } catch (error) {
      await stack.emulator.stop();
      if (statePath) await rm(statePath, { recursive: true, force: true });
      throw error;
    }
    stack.connect = async (token, headers) => {
      const client = await connectMcpClient(stack.app.mcpUrl, {
        token,
        ...(headers ? { headers } : {}),
      });
      clients.push(client);
      return client;
    };
  });
  afterAll(async () => {
    await Promise.allSettled(clients.map((client) => client.close()));
    await Promise.allSettled([stack.app?.stop(), stack.emulator?.stop()]);
    if (statePath) await rm(statePath, { recursive: true, force: true });
  });
  return stack;
}

export { callOk, callTool, type ToolOutcome } from "@repo/mcp-kit/testing/outcome";

export interface SmokeCall {
  /** A token of the emulator that sees the account. */
  token: string;
  /** A read tool and its arguments. */
  tool: string;
  args?: Record<string, unknown>;
  /** What the answer must show. */
  check(outcome: ToolOutcome): void;
}

/**
 * The one `wrangler dev` test of an app: the Worker as wrangler builds and serves it (bundling,
 * bindings, its wrangler.jsonc) answers the MCP handshake, lists its tools and runs one against
 * the emulator over real HTTP.
 */
export function describeWranglerDevSmoke(app: string, call: SmokeCall): void {
  describe(`${app} under wrangler dev`, () => {
    const stack = useAppStack(app, { runtime: "wrangler-dev" });
    it("answers initialize, tools/list and a tool call over HTTP", async () => {
      const client = await stack.connect(call.token);
      expect(client.getServerVersion()?.name).toBe(`cloudflare-${app}`);
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toContain(call.tool);
      call.check(await callOk(client, call.tool, call.args ?? {}));
    });
  });
}
