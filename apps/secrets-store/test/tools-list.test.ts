// Scope: the MCP handshake and the tool catalogue (names, annotations, described inputs).
import { USER_TOKEN } from "@repo/emulator/identities";
import { describe, expect, it } from "vitest";
import { useStack } from "./harness";

const stack = useStack();

const EXPECTED_TOOLS = {
  secrets_store_stores_list: { readOnlyHint: true, destructiveHint: false },
  secrets_store_stores_create: { readOnlyHint: false, destructiveHint: false },
  secrets_store_stores_delete: { readOnlyHint: false, destructiveHint: true },
  secrets_store_secrets_list: { readOnlyHint: true, destructiveHint: false },
  secrets_store_secrets_get: { readOnlyHint: true, destructiveHint: false },
  secrets_store_secrets_create: { readOnlyHint: false, destructiveHint: false },
  secrets_store_secrets_update: { readOnlyHint: false, destructiveHint: true },
  secrets_store_secrets_delete: { readOnlyHint: false, destructiveHint: true },
  secrets_store_secrets_duplicate: { readOnlyHint: false, destructiveHint: false },
  secrets_store_secrets_rotate: { readOnlyHint: false, destructiveHint: true },
  secrets_store_quota_get: { readOnlyHint: true, destructiveHint: false },
} as const;

interface JsonSchemaObject {
  properties?: Record<string, { description?: string }>;
}

describe("initialize", () => {
  it("announces the server name, version and instructions", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    expect(client.getServerVersion()).toMatchObject({
      name: "cloudflare-secrets-store",
      version: "0.1.0",
    });
    expect(client.getInstructions()).toContain("write-only");
  });
});

describe("tools/list", () => {
  it("lists every secrets-store tool plus the kit's account tools", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const { tools } = await client.listTools();
    const names = tools.map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(Object.keys(EXPECTED_TOOLS)));
    expect(names).toEqual(expect.arrayContaining(["accounts_list", "set_active_account"]));
  });

  it("gives every tool a title, a description and all three behaviour hints", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const { tools } = await client.listTools();
    for (const [name, hints] of Object.entries(EXPECTED_TOOLS)) {
      const tool = tools.find((candidate) => candidate.name === name);
      expect(tool, name).toBeDefined();
      expect(tool?.description?.length, name).toBeGreaterThan(40);
      expect(tool?.annotations, name).toMatchObject(hints);
      expect(typeof tool?.annotations?.idempotentHint, name).toBe("boolean");
    }
  });

  it("describes every input field, including the kit's account_id", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const { tools } = await client.listTools();
    for (const tool of tools.filter((candidate) => candidate.name.startsWith("secrets_store_"))) {
      const properties = (tool.inputSchema as JsonSchemaObject).properties ?? {};
      expect(Object.keys(properties), tool.name).toContain("account_id");
      for (const [field, schema] of Object.entries(properties)) {
        expect(schema.description, `${tool.name}.${field}`).toBeTruthy();
      }
    }
  });

  it("offers the spec's scope enum on secret creation", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const { tools } = await client.listTools();
    const create = tools.find((tool) => tool.name === "secrets_store_secrets_create");
    expect(JSON.stringify(create?.inputSchema)).toContain(
      '["workers","ai_gateway","dex","access","containers","websearch"]',
    );
  });
});
