// Scope: what issue #16 saw against an independent Cloudflare-compatible API, replayed through an
// MCP client on the emulator with its switches and faults: a non-empty store delete is refused
// before any DELETE, bulk delete falls back to one by one, values that are common words or short
// keep metadata intact and are redacted where echoed, the documented sort is sent, a refused
// value update says what happened, and ids are checked before any request.

import { emulatorControl } from "@repo/emulator/control";
import { ACME_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import {
  ACME_STORE,
  OPENAI_API_KEY,
  SECRETS,
  STRIPE_SECRET_KEY,
} from "@repo/emulator/seed/secrets-store";
import { callOk, callTool, testApp } from "@repo/mcp-kit/testing";
import { beforeEach, describe, expect, it } from "vitest";
import app from "../src/index";

const stack = testApp(app);
const acme = { account_id: ACME_ACCOUNT.id };
const inStore = { ...acme, store_id: ACME_STORE.id };
const SECRETS_ROUTE = "/accounts/:account_id/secrets_store/stores/:store_id/secrets";
const control = () => emulatorControl(stack.emulator.url);
/** Secrets Store requests the server sent since `since` (not the kit's identity lookups). */
const sentSince = async (since: number) =>
  (await control().requests(since)).filter((request) => request.path.includes("/secrets_store/"));

beforeEach(async () => {
  await stack.emulator.reset();
});

describe("secrets_store_stores_delete against an API that deletes non-empty stores", () => {
  it("refuses a non-empty store without force before any DELETE is sent", async () => {
    await control().behave({ "secrets_store.non_empty_store_delete": "cascade" });
    const since = await control().mark();
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_stores_delete", inStore);
    expect(result.isError).toBe(true);
    expect(result.text).toContain(`still holds ${SECRETS.length} secrets; nothing was deleted`);
    const sent = await sentSince(since);
    expect(sent.map((request) => request.method)).not.toContain("DELETE");
    const listed = await callOk(client, "secrets_store_secrets_list", {
      ...inStore,
      per_page: 100,
    });
    expect(listed.structured.secrets).toHaveLength(SECRETS.length);
  });

  it("with force says how many secrets go with the store", async () => {
    await control().behave({ "secrets_store.non_empty_store_delete": "cascade" });
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_stores_delete", { ...inStore, force: true });
    expect(result.text.split("\n")[0]).toBe(
      `Deleted store ${ACME_STORE.id} and the ${SECRETS.length} secrets it held (values unrecoverable).`,
    );
    expect(result.structured.secrets_deleted).toBe(SECRETS.length);
  });
});

describe("secrets_store_secrets_delete", () => {
  const ids = [OPENAI_API_KEY.id, STRIPE_SECRET_KEY.id];

  it("sends the spec's bulk body once when the API takes it", async () => {
    const since = await control().mark();
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_secrets_delete", {
      ...inStore,
      secret_ids: ids,
    });
    expect(result.structured).toMatchObject({ deleted: ids, method: "bulk" });
    const deletes = (await sentSince(since)).filter((r) => r.method === "DELETE");
    expect(deletes).toHaveLength(1);
    expect(deletes[0]).toMatchObject({ route: SECRETS_ROUTE, body: { ids } });
  });

  it("falls back to one by one when the API refuses the bulk body (1001 invalid_json_body)", async () => {
    await control().fault({
      method: "DELETE",
      route: SECRETS_ROUTE,
      status: 400,
      code: 1001,
      message: "invalid_json_body",
    });
    const since = await control().mark();
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_secrets_delete", {
      ...inStore,
      secret_ids: ids,
    });
    expect(result.structured).toMatchObject({ deleted: ids, method: "one by one" });
    expect(result.text).toContain(
      "because the bulk request was refused (HTTP 400 1001: invalid_json_body)",
    );
    expect(result.text).not.toMatch(/secret names and values/);
    const deletes = (await sentSince(since)).filter((r) => r.method === "DELETE");
    expect(deletes.map((r) => r.status)).toEqual([400, 202, 202]);
    const listed = await callOk(client, "secrets_store_secrets_list", {
      ...inStore,
      per_page: 100,
    });
    const left = (listed.structured.secrets as Array<{ id: string }>).map((row) => row.id);
    expect(left).not.toContain(OPENAI_API_KEY.id);
    expect(left).toHaveLength(SECRETS.length - 2);
  });

  it("reports which ids were not deleted and why", async () => {
    const unknown = "fedcba9876543210fedcba9876543210";
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_secrets_delete", {
      ...inStore,
      secret_ids: [OPENAI_API_KEY.id, unknown],
    });
    expect(result.structured.deleted).toEqual([OPENAI_API_KEY.id]);
    expect(result.structured.failed).toEqual([
      { id: unknown, status: 404, code: 1001, message: "secret_not_found" },
    ]);
  });
});

describe("values that are common words or short", () => {
  it("keep the metadata of their own secret intact (scopes workers, name, comment)", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const created = await callOk(client, "secrets_store_secrets_create", {
      ...inStore,
      secrets: [
        { name: "WORKERS", value: "workers", scopes: ["workers"], comment: "for workers" },
        { name: "AB", value: "ab", scopes: ["ai_gateway"] },
      ],
    });
    expect(created.raw).not.toContain("[redacted]");
    const rows = created.structured.created as Array<{
      name: string;
      scopes: string[];
      comment?: string;
    }>;
    expect(rows.find((row) => row.name === "WORKERS")).toMatchObject({
      scopes: ["workers"],
      comment: "for workers",
    });
    const updated = await callOk(client, "secrets_store_secrets_update", {
      ...inStore,
      secret_id: OPENAI_API_KEY.id,
      value: "workers",
      scopes: ["workers", "ai_gateway"],
    });
    expect(updated.structured.secret).toMatchObject({ scopes: ["workers", "ai_gateway"] });
  });

  it("are redacted where an API echoes them, as whole words only", async () => {
    await control().fault({
      method: "POST",
      route: SECRETS_ROUTE,
      status: 400,
      code: 1001,
      message: "secret_value_invalid: workers (coworkers use another)",
    });
    const client = await stack.connect(USER_TOKEN.value);
    const long = await callTool(client, "secrets_store_secrets_create", {
      ...inStore,
      secrets: [{ name: "W", value: "workers", scopes: ["workers"] }],
    });
    expect(long.isError).toBe(true);
    expect(long.text).toContain("secret_value_invalid: [redacted] (coworkers use another)");
    await control().clearFaults();
    await control().fault({
      method: "PATCH",
      route: `${SECRETS_ROUTE}/:secret_id`,
      status: 400,
      code: 1001,
      message: "value x9 is not allowed; box9 is fine",
    });
    const short = await callTool(client, "secrets_store_secrets_update", {
      ...inStore,
      secret_id: OPENAI_API_KEY.id,
      value: "x9",
    });
    expect(short.text).toContain("value [redacted] is not allowed; box9 is fine");
  });
});

describe("secrets_store_secrets_list order", () => {
  it("asks for newest first explicitly, as its schema documents", async () => {
    const since = await control().mark();
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_secrets_list", {
      ...inStore,
      per_page: 100,
    });
    const [request] = (await sentSince(since)).filter((r) => r.method === "GET");
    expect(new URLSearchParams(request!.query).get("direction")).toBe("desc");
    expect(new URLSearchParams(request!.query).get("order")).toBe("created");
    const rows = result.structured.secrets as Array<{ name: string }>;
    const newest = [...SECRETS].sort((a, b) => b.created.localeCompare(a.created))[0]!;
    expect(rows[0]!.name).toBe(newest.name);
  });
});

describe("secrets_store_secrets_update with a value", () => {
  it("says what the live API does: the value is refused, nothing changed, rotate instead", async () => {
    await control().behave({ "secrets_store.patch_value": "refuse" });
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_secrets_update", {
      ...inStore,
      secret_id: OPENAI_API_KEY.id,
      value: "a-new-value-123",
      comment: "rotated",
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("Nothing was changed");
    expect(result.text).toContain("secrets_store_secrets_rotate");
    const secret = await callOk(client, "secrets_store_secrets_get", {
      ...inStore,
      secret_id: OPENAI_API_KEY.id,
    });
    expect(secret.structured.secret).toMatchObject({ comment: OPENAI_API_KEY.comment });
  });

  it("documents it in the server instructions and the tool description", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    expect(client.getInstructions()).toContain("refuses a new value");
    const { tools } = await client.listTools();
    const update = tools.find((tool) => tool.name === "secrets_store_secrets_update")!;
    expect(update.description).toContain("secrets_store_secrets_rotate");
    expect(update.description).not.toContain("changes a value in place");
  });
});

describe("ids", () => {
  const bad = [".", "..", "\ud800", "a/b", "%2e%2e", `${"a".repeat(31)}\udc00`];
  const tools: Array<[string, (id: string) => Record<string, unknown>]> = [
    ["secrets_store_secrets_list", (id) => ({ ...acme, store_id: id })],
    ["secrets_store_secrets_get", (id) => ({ ...inStore, secret_id: id })],
    [
      "secrets_store_secrets_get",
      (id) => ({ ...acme, store_id: id, secret_id: OPENAI_API_KEY.id }),
    ],
    ["secrets_store_secrets_update", (id) => ({ ...inStore, secret_id: id, comment: "x" })],
    ["secrets_store_secrets_delete", (id) => ({ ...inStore, secret_ids: [id] })],
    ["secrets_store_secrets_duplicate", (id) => ({ ...inStore, secret_id: id, name: "COPY" })],
    ["secrets_store_secrets_rotate", (id) => ({ ...inStore, secret_id: id, value: "v-123" })],
    ["secrets_store_stores_delete", (id) => ({ ...acme, store_id: id })],
    [
      "secrets_store_secrets_create",
      (id) => ({
        ...acme,
        store_id: id,
        secrets: [{ name: "N", value: "v", scopes: ["workers"] }],
      }),
    ],
  ];

  it("are refused with a clear message before any request, for every id-taking tool", async () => {
    const since = await control().mark();
    const client = await stack.connect(USER_TOKEN.value);
    for (const [tool, args] of tools) {
      for (const id of bad) {
        const result = await callTool(client, tool, args(id));
        expect(result.isError, `${tool} ${JSON.stringify(id)}`).toBe(true);
        expect(result.text).not.toContain("bug in the server");
        expect(result.text).toMatch(/32 hex characters/);
      }
    }
    expect(await sentSince(since)).toEqual([]);
  });
});
