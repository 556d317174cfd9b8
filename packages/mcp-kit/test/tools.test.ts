// Tool wrapping: listing with annotations, error mapping, redaction, output bounds, time budget.
import { describe, expect, it } from "vitest";
import type { ToolLogLine } from "../src/index";
import { connect, textOf } from "./connect";
import { ACCOUNT_A, createFakeApi } from "./fake-cloudflare";
import { createFixtureApp } from "./fixture-app";

const ACCOUNT_TOKEN = "account-token-bbbbbbb";
const SECRET = "sk-live-5f2b9c1d8e7a";

describe("tools/list", () => {
  it("lists built-in and app tools with annotations and described account_id", async () => {
    const client = await connect(createFixtureApp(createFakeApi()), { token: ACCOUNT_TOKEN });
    const { tools } = await client.listTools();
    const names = tools.map((tool) => tool.name);
    expect(names).toEqual(
      expect.arrayContaining(["accounts_list", "set_active_account", "fixture_widgets_list"]),
    );
    const widgets = tools.find((tool) => tool.name === "fixture_widgets_list");
    expect(widgets?.annotations).toMatchObject({
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: true,
      openWorldHint: true,
    });
    const properties = (widgets?.inputSchema.properties ?? {}) as Record<
      string,
      { description?: string }
    >;
    const accountId = properties.account_id;
    expect(accountId?.description).toContain("accounts_list");
  });

  it("leaves the dialect stamp out of input schemas, and still validates input against them", async () => {
    const client = await connect(createFixtureApp(createFakeApi()), { token: ACCOUNT_TOKEN });
    const { tools } = await client.listTools();
    for (const tool of tools) expect(tool.inputSchema).not.toHaveProperty("$schema");
    const get = tools.find((tool) => tool.name === "fixture_widgets_get");
    expect(get?.inputSchema.required).toEqual(["widget_id"]);
    const wrong = await client.callTool({
      name: "fixture_widgets_get",
      arguments: { widget_id: 7 },
    });
    expect(wrong.isError).toBe(true);
    expect(textOf(wrong)).toContain("widget_id");
  });
});

describe("errors", () => {
  it("passes a Cloudflare code through with the permission to add", async () => {
    const client = await connect(createFixtureApp(createFakeApi()), { token: ACCOUNT_TOKEN });
    const result = await client.callTool({ name: "fixture_widgets_delete", arguments: {} });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain("Cloudflare API error 10000: Authentication error");
    expect(textOf(result)).toContain('"Widgets Edit"');
    expect(textOf(result)).toContain(ACCOUNT_A.id);
  });

  it("hides internal error details", async () => {
    const client = await connect(createFixtureApp(createFakeApi()), { token: ACCOUNT_TOKEN });
    const result = await client.callTool({ name: "fixture_crash_get", arguments: {} });
    expect(result.isError).toBe(true);
    expect(textOf(result)).not.toContain("internal detail");
  });

  it("stops a tool at its time budget and says how to narrow the call", async () => {
    const client = await connect(createFixtureApp(createFakeApi(), { toolBudgetMs: 50 }), {
      token: ACCOUNT_TOKEN,
    });
    const result = await client.callTool({ name: "fixture_hang_get", arguments: {} });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain("did not finish");
  });
});

describe("redaction", () => {
  it("scrubs declared secret fields from results, errors and logs", async () => {
    const logs: ToolLogLine[] = [];
    const client = await connect(createFixtureApp(createFakeApi(), { logs }), {
      token: ACCOUNT_TOKEN,
    });
    const ok = await client.callTool({
      name: "fixture_secrets_create",
      arguments: { value: SECRET },
    });
    const failed = await client.callTool({
      name: "fixture_secrets_create",
      arguments: { value: SECRET, fail: true },
    });
    for (const result of [ok, failed]) {
      expect(JSON.stringify(result)).not.toContain(SECRET);
      expect(JSON.stringify(result)).toContain("[redacted]");
    }
    expect(JSON.stringify(logs)).not.toContain(SECRET);
    expect(logs.map((line) => line.outcome)).toEqual(["ok", "error"]);
  });
});

describe("bounded output", () => {
  it("truncates large results to valid JSON that says what was cut", async () => {
    const client = await connect(createFixtureApp(createFakeApi()), { token: ACCOUNT_TOKEN });
    const result = await client.callTool({
      name: "fixture_items_list",
      arguments: { count: 5000 },
    });
    const text = textOf(result);
    expect(text.length).toBeLessThan(25_000);
    const parsed = JSON.parse(text);
    expect(parsed._truncated).toMatch(/items shows \d+ of 5000 items.*Ask for fewer items/);
    expect(parsed.items.length).toBeGreaterThan(10);
    expect(result.structuredContent).toEqual(parsed);
  });
});
