/**
 * Vitest harness for app tests: each test file runs its own emulator and the app under `wrangler dev`
 * (so state and captured logs are per file) and talks to the server through a real MCP client
 * over Streamable HTTP, as an AI client would.
 */
import { rm } from "node:fs/promises";
import type { Client } from "@modelcontextprotocol/client";
import { afterAll, beforeAll } from "vitest";
import {
  connectMcpClient,
  type RunningApp,
  type RunningEmulator,
  startApp,
  startEmulator,
} from "./index.ts";

export interface Stack {
  emulator: RunningEmulator;
  app: RunningApp;
  /** A connected client for `token`; closed with the stack. */
  connect(token: string, headers?: Record<string, string>): Promise<Client>;
}

/** What a test reads from a tool result. */
export interface ToolOutcome {
  isError: boolean;
  /** All text content joined. */
  text: string;
  /** structuredContent, or `{}` when the result has none (error results). */
  structured: Record<string, unknown>;
  /** The whole result as JSON, for leak checks. */
  raw: string;
}

export interface AppStackOptions {
  /**
   * Makes the app's state folder before it starts (for example a copy of storage seeded once in a
   * global setup); the folder is deleted after the file's tests. Default: a fresh empty folder.
   */
  prepareState?: () => Promise<string>;
  /** Extra variables for the app. */
  vars?: Record<string, string>;
}

/** Starts the emulator and `app` (a folder under apps/) before the file's tests; stops them after. */
export function useAppStack(app: string, options: AppStackOptions = {}): Stack {
  const clients: Client[] = [];
  const stack = {} as Stack;
  let statePath: string | undefined;
  beforeAll(async () => {
    stack.emulator = await startEmulator();
    try {
      statePath = await options.prepareState?.();
      stack.app = await startApp(app, {
        apiBaseUrl: stack.emulator.apiBaseUrl,
        ...(statePath ? { persistTo: statePath } : {}),
        ...(options.vars ? { vars: options.vars } : {}),
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

export async function callTool(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
): Promise<ToolOutcome> {
  const result = await client.callTool({ name, arguments: args });
  const content = Array.isArray(result.content) ? result.content : [];
  const text = content
    .map((block) => (block.type === "text" ? block.text : ""))
    .filter((part) => part !== "")
    .join("\n");
  const structured =
    result.structuredContent && typeof result.structuredContent === "object"
      ? (result.structuredContent as Record<string, unknown>)
      : {};
  return { isError: result.isError === true, text, structured, raw: JSON.stringify(result) };
}

/** Calls a tool and fails the test with the tool's own text when it reports an error. */
export async function callOk(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
): Promise<ToolOutcome> {
  const outcome = await callTool(client, name, args);
  if (outcome.isError) throw new Error(`${name} failed unexpectedly: ${outcome.text}`);
  return outcome;
}
