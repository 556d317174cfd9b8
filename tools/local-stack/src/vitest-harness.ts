/**
 * Vitest harness for app tests: each test file runs its own emulator and the app under `wrangler dev`
 * (so state and captured logs are per file) and talks to the server through a real MCP client
 * over Streamable HTTP, as an AI client would.
 */
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

/** Starts the emulator and `app` (a folder under apps/) before the file's tests; stops them after. */
export function useAppStack(app: string): Stack {
  const clients: Client[] = [];
  const stack = {} as Stack;
  beforeAll(async () => {
    stack.emulator = await startEmulator();
    try {
      stack.app = await startApp(app, { apiBaseUrl: stack.emulator.apiBaseUrl });
    } catch (error) {
      await stack.emulator.stop();
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
