// Read-only connections through a real MCP client: every spelling that is not a clear false is
// read-only (instructions, annotations and the gate all agree), unknown options are refused.
import { connectMcpClient } from "@repo/local-stack";
import { describe, expect, it } from "vitest";
import { ACME, callTool, USER_TOKEN, useStack } from "./harness.ts";

const stack = useStack();

const WRITE = `async () => cloudflare.request({ method: "POST", path: \`/accounts/\${accountId}/secrets_store/stores\`, body: { name: "written" } })`;

async function withClient<T>(
  query: string,
  work: (client: Awaited<ReturnType<typeof connectMcpClient>>) => Promise<T>,
) {
  const client = await connectMcpClient(`${stack.app.mcpUrl}${query}`, { token: USER_TOKEN });
  try {
    return await work(client);
  } finally {
    await client.close();
  }
}

describe("read-only connections", () => {
  describe.each([
    "?readonly=true",
    "?readOnly=true",
    "?read_only=true",
    "?readonly",
    "?readonly=",
    "?readonly=y",
    "?readonly=false&readonly=true",
  ])("%s", (query) => {
    it("says so in the instructions and annotations, and refuses a write before sending it", async () => {
      await withClient(query, async (client) => {
        expect(client.getInstructions()).toMatch(/READ-ONLY connection/);
        const { tools } = await client.listTools();
        const execute = tools.find((tool) => tool.name === "execute");
        expect(execute?.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false });
        expect(execute?.description).toMatch(/READ-ONLY/);
        const outcome = await callTool(client, "execute", { account_id: ACME, code: WRITE });
        expect(outcome.isError).toBe(true);
        expect(outcome.text).toMatch(/read-only: POST .* was not sent/);
      });
    });
  });

  it("stays writable only for a clear false, and says so", async () => {
    await withClient("?readonly=false", async (client) => {
      expect(client.getInstructions()).toMatch(/read-write connection/);
      const { tools } = await client.listTools();
      const execute = tools.find((tool) => tool.name === "execute");
      expect(execute?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
    });
  });

  it("offers only GET endpoint tools with ?codemode=false&read_only", async () => {
    await withClient("?codemode=false&read_only", async (client) => {
      expect(client.getInstructions()).toMatch(/READ-ONLY connection/);
      const { tools } = await client.listTools();
      const names = tools.map((tool) => tool.name);
      expect(names).toContain("dns_records_for_a_zone_list_dns_records");
      expect(names).not.toContain("dns_records_for_a_zone_create_dns_record");
    });
  });

  it("refuses an unknown option instead of ignoring it", async () => {
    const response = await fetch(`${stack.app.mcpUrl}?readonyl=true`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${USER_TOKEN}`,
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
      },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/Unknown connection option "readonyl"/);
    expect(body.error.message).toMatch(/readonly/);
  });

  it("refuses an unclear codemode value", async () => {
    await expect(
      connectMcpClient(`${stack.app.mcpUrl}?codemode=nah`, { token: USER_TOKEN }),
    ).rejects.toThrow(/codemode/);
  });
});
