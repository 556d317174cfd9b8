/**
 * The kit's tests drive fixture apps through the same in-process harness the apps use
 * (`@repo/mcp-kit/testing`), with the test Worker's own `MCP_STATE` so they can inspect it.
 */

import { env } from "cloudflare:test";
import type { Client } from "@modelcontextprotocol/client";
import type { KitEnv, McpApp } from "../src/index";
import { TEST_SERVER_URL, testApp } from "../src/testing/index";

export const SERVER_URL = TEST_SERVER_URL;

const harness = (app: McpApp<KitEnv>, testEnv?: KitEnv) =>
  testApp(app, { MCP_STATE: (env as KitEnv).MCP_STATE, ...testEnv });

export function appFetch(app: McpApp<KitEnv>, testEnv?: KitEnv) {
  return harness(app, testEnv).fetch;
}

export function connect(
  app: McpApp<KitEnv>,
  options: { token?: string; headers?: Record<string, string>; env?: KitEnv; query?: string } = {},
): Promise<Client> {
  return harness(app, options.env).connect(options.token, options.headers, options.query);
}

export function textOf(result: { content?: unknown }): string {
  const content = (result.content ?? []) as { type: string; text?: string }[];
  return content.map((block) => block.text ?? "").join("\n");
}
