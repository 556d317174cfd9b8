/** Connects a real MCP client to an app in-process: the client's HTTP requests go to `app.fetch`. */

import { createExecutionContext, env } from "cloudflare:test";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import type { KitEnv, McpApp } from "../src/index";

export const SERVER_URL = "http://127.0.0.1:8791/mcp";

export function appFetch(app: McpApp<KitEnv>, testEnv: KitEnv = env as KitEnv) {
  return (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (!request.headers.has("host")) request.headers.set("host", new URL(request.url).host);
    return app.fetch(request, testEnv, createExecutionContext());
  };
}

export async function connect(
  app: McpApp<KitEnv>,
  options: { token?: string; headers?: Record<string, string>; env?: KitEnv; url?: string } = {},
): Promise<Client> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const transport = new StreamableHTTPClientTransport(new URL(options.url ?? SERVER_URL), {
    fetch: appFetch(app, options.env),
    requestInit: { headers },
  });
  const client = new Client({ name: "kit-test", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

export function textOf(result: { content?: unknown }): string {
  const content = (result.content ?? []) as { type: string; text?: string }[];
  return content.map((block) => block.text ?? "").join("\n");
}
