// `?codemode=false`: one tool per operation, through a real MCP client against the emulator.
import type { Client } from "@modelcontextprotocol/client";
import { connectMcpClient } from "@repo/local-stack";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ACME, callOk, callTool, USER_TOKEN, useStack } from "./harness.ts";

const stack = useStack();
let client: Client;
let tools: Awaited<ReturnType<Client["listTools"]>>["tools"];

beforeAll(async () => {
  client = await connectMcpClient(`${stack.app.mcpUrl}?codemode=false`, { token: USER_TOKEN });
  tools = (await client.listTools()).tools;
});
afterAll(() => client?.close());

describe("codemode=false", () => {
  it("lists one tool per operation plus the account tools", () => {
    expect(tools.length).toBe(inject("apiSpecOperations") + 2);
    const names = tools.map((tool) => tool.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("accounts_list_accounts");
    expect(names).toContain("dns_records_for_a_zone_create_dns_record");
    for (const name of names) expect(name).toMatch(/^[a-z0-9_]{1,64}$/);
  });

  it("describes each tool with its method, path, schema and annotations", () => {
    const create = tools.find((tool) => tool.name === "dns_records_for_a_zone_create_dns_record");
    expect(create?.description).toMatch(/^POST \/zones\/\{zone_id\}\/dns_records/);
    expect(create?.inputSchema.required).toContain("zone_id");
    expect(create?.annotations).toMatchObject({ readOnlyHint: false, idempotentHint: false });
  });

  it("calls an endpoint and returns the envelope's result", async () => {
    const outcome = await callOk(client, "accounts_list_accounts", {});
    expect(outcome.text).toMatch(/^GET \/accounts -> 200/);
    expect(JSON.stringify(outcome.structured.result)).toContain("Acme Corp");
  });

  it("fills account_id from the argument and passes Cloudflare errors through", async () => {
    const listed = await callOk(client, "aig_config_list_gateway", { account_id: ACME });
    expect(listed.text).toMatch(/ai-gateway\/gateways -> 200/);
    const missing = await callTool(client, "aig_config_fetch_gateway", {
      account_id: ACME,
      id: "no-such-gateway",
    });
    expect(missing.isError).toBe(true);
    expect(missing.text).toMatch(/404|not found/i);
  });

  it("checks only the called tool's arguments and names what is wrong", async () => {
    const outcome = await callTool(client, "dns_records_for_a_zone_list_dns_records", {
      bogus: true,
    });
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(/zone_id/);
    expect(outcome.text).toMatch(/Unknown argument "bogus"/);
  });

  it("offers only GET tools on a read-only connection", async () => {
    const readOnly = await connectMcpClient(`${stack.app.mcpUrl}?codemode=false&readonly=true`, {
      token: USER_TOKEN,
    });
    try {
      const { tools: readTools } = await readOnly.listTools();
      expect(readTools.length).toBeLessThan(tools.length);
      const endpointTools = readTools.filter((tool) => tool.name !== "set_active_account");
      expect(endpointTools.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);
      expect(readTools.map((tool) => tool.name)).not.toContain(
        "dns_records_for_a_zone_create_dns_record",
      );
    } finally {
      await readOnly.close();
    }
  });
});
