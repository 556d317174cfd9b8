// Scope: the MCP handshake and the tool catalogue (names, annotations, described inputs).
import { USER_TOKEN } from "@repo/emulator/identities";
import { describe, expect, it } from "vitest";
import { useStack } from "./harness";

const stack = useStack();

const TOOLS = [
  "ai_gateway_gateways_list",
  "ai_gateway_gateways_get",
  "ai_gateway_logs_list",
  "ai_gateway_logs_get",
  "ai_gateway_log_bodies_get",
  "ai_gateway_logs_search",
  "ai_gateway_usage_analyze",
];

interface JsonSchemaObject {
  properties?: Record<string, { description?: string }>;
}

describe("initialize and tools/list", () => {
  it("announces the server and points to the analysis and search tools", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    expect(client.getServerVersion()).toMatchObject({
      name: "cloudflare-ai-gateway",
      version: "0.1.0",
    });
    expect(client.getInstructions()).toContain("ai_gateway_usage_analyze");
  });

  it("lists every tool as read-only and idempotent, with a described account_id", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(
      expect.arrayContaining([...TOOLS, "accounts_list"]),
    );
    for (const name of TOOLS) {
      const tool = tools.find((candidate) => candidate.name === name)!;
      expect(tool.annotations, name).toMatchObject({
        readOnlyHint: true,
        destructiveHint: false,
        idempotentHint: true,
      });
      expect(tool.description?.length, name).toBeGreaterThan(60);
      const properties = (tool.inputSchema as JsonSchemaObject).properties ?? {};
      expect(Object.keys(properties), name).toContain("account_id");
      for (const [field, schema] of Object.entries(properties)) {
        expect(schema.description, `${name}.${field}`).toBeTruthy();
      }
    }
  });
});
