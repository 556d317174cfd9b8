// The app-facing kit API end to end: connection options, async register, call.api, paging, error hints.
import { describe, expect, it } from "vitest";
import { testApp } from "../src/testing/index";
import { appFetch, connect, SERVER_URL, textOf } from "./connect";
import { ACCOUNT_A, createFakeApi } from "./fake-cloudflare";
import { createFixtureApp } from "./fixture-app";

const ACCOUNT_TOKEN = "account-token-bbbbbbb";

function initialize(url: string, app = createFixtureApp(createFakeApi())) {
  return appFetch(app)(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      authorization: `Bearer ${ACCOUNT_TOKEN}`,
    },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: {
        protocolVersion: "2025-11-25",
        capabilities: {},
        clientInfo: { name: "t", version: "0" },
      },
    }),
  });
}

describe("connection options", () => {
  it("hands register the parsed options, never the request", async () => {
    const client = await connect(createFixtureApp(createFakeApi()), {
      token: ACCOUNT_TOKEN,
      query: "?readonly=true",
    });
    const result = await client.callTool({ name: "fixture_options_get", arguments: {} });
    expect(result.structuredContent).toEqual({ options: { readonly: true } });
  });

  it("leaves out every tool that can write on a read-only connection (fails closed)", async () => {
    const client = await connect(createFixtureApp(createFakeApi()), {
      token: ACCOUNT_TOKEN,
      query: "?read_only=maybe",
    });
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    expect(names).toContain("fixture_widgets_list");
    expect(names).not.toContain("fixture_widgets_delete");
    expect(names).toContain("set_active_account");
  });

  it("refuses an unknown option with 400 before authenticating", async () => {
    const api = createFakeApi();
    const response = await initialize(`${SERVER_URL}?readonyl=true`, createFixtureApp(api));
    expect(response.status).toBe(400);
    const body = await response.json<{ error: { message: string } }>();
    expect(body.error.message).toContain('Unknown connection option "readonyl"');
    expect(api.calls).toEqual([]);
  });
});

describe("register", () => {
  it("may refuse the connection with an HttpError, rendered with its status", async () => {
    const app = createFixtureApp(createFakeApi(), { unavailable: true });
    const response = await initialize(SERVER_URL, app);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("not loaded yet");
  });

  it("runs once per isolate for each set of connection options, not on every request", async () => {
    const registered: unknown[] = [];
    const server = testApp(createFixtureApp(createFakeApi(), { registered }));
    const client = await server.connect(ACCOUNT_TOKEN);
    await client.listTools();
    await client.callTool({ name: "fixture_widgets_list", arguments: {} });
    const readOnly = await server.connect(ACCOUNT_TOKEN, {}, "?readonly=true");
    await readOnly.listTools();
    await (await server.connect(ACCOUNT_TOKEN)).listTools();
    expect(registered).toEqual([{ readonly: false }, { readonly: true }]);
  });

  it("runs again when the tools it declared say they are no longer current", async () => {
    const registered: unknown[] = [];
    let current = true;
    const app = createFixtureApp(createFakeApi(), { registered, current: () => current });
    const client = await testApp(app).connect(ACCOUNT_TOKEN);
    await client.listTools();
    expect(registered).toHaveLength(1);
    current = false;
    await client.listTools();
    current = true;
    await client.listTools();
    await client.listTools();
    expect(registered).toHaveLength(2);
  });

  it("is tried again after it refused a connection", async () => {
    let unavailable = true;
    const app = createFixtureApp(createFakeApi(), { unavailable: () => unavailable });
    const server = testApp(app);
    await expect(server.connect(ACCOUNT_TOKEN)).rejects.toThrow();
    unavailable = false;
    const names = (await (await server.connect(ACCOUNT_TOKEN)).listTools()).tools.map(
      (tool) => tool.name,
    );
    expect(names).toContain("fixture_widgets_list");
  });
});

describe("call.api and paging", () => {
  it("fills {account_id}, pages with the kit's input fields and summary, and counts requests", async () => {
    const client = await connect(createFixtureApp(createFakeApi()), { token: ACCOUNT_TOKEN });
    const { tools } = await client.listTools();
    const list = tools.find((tool) => tool.name === "fixture_widgets_list");
    const properties = list?.inputSchema.properties as Record<string, { description?: string }>;
    expect(properties.per_page?.description).toBe("Widgets per page, 1..100 (default 2).");

    const first = await client.callTool({ name: "fixture_widgets_list", arguments: {} });
    expect(textOf(first).split("\n")[0]).toBe(
      `2 of 3 widgets of ${ACCOUNT_A.name} (page 1 of 2). More: call again with page 2.`,
    );
    expect(first.structuredContent).toMatchObject({
      api_requests: 1,
      widgets: [{ id: "w1", account: ACCOUNT_A.id }, { id: "w2" }],
      paging: { page: 1, per_page: 2, total_count: 3, total_pages: 2, next_page: 2 },
    });
    const last = await client.callTool({ name: "fixture_widgets_list", arguments: { page: 2 } });
    expect(textOf(last).split("\n")[0]).toBe(`1 of 3 widgets of ${ACCOUNT_A.name} (page 2 of 2).`);
    const past = await client.callTool({ name: "fixture_widgets_list", arguments: { page: 5 } });
    expect(textOf(past).split("\n")[0]).toBe(
      `Page 5 is past the end: 3 widgets of ${ACCOUNT_A.name} in all. Ask for page 2 or lower.`,
    );
  });

  it("encodes path parameters as one segment", async () => {
    const api = createFakeApi();
    const client = await connect(createFixtureApp(api), { token: ACCOUNT_TOKEN });
    await client.callTool({ name: "fixture_widgets_get", arguments: { widget_id: "w/../x" } });
    expect(api.calls.at(-1)).toBe(`GET /accounts/${ACCOUNT_A.id}/widgets/w%2F..%2Fx`);
  });
});

describe("error hints", () => {
  it("applies the tool's hint by status and predicate, naming the input", async () => {
    const client = await connect(createFixtureApp(createFakeApi()), { token: ACCOUNT_TOKEN });
    const result = await client.callTool({
      name: "fixture_widgets_get",
      arguments: { widget_id: "x9" },
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe(
      'Cloudflare API error 1001: widget_not_found (HTTP 404).\nNext: No widget "x9": call fixture_widgets_list.',
    );
  });

  it("falls back to the app's hints, then the kit's", async () => {
    const client = await connect(createFixtureApp(createFakeApi()), { token: ACCOUNT_TOKEN });
    const forbidden = await client.callTool({ name: "fixture_widgets_delete", arguments: {} });
    expect(textOf(forbidden)).toContain('lacks the "Widgets Edit" permission');
  });
});
