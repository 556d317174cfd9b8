// Scope: failure paths the emulator cannot produce (an API that refuses in-place value changes,
// a create that fails after rotate's delete, an API that echoes values): the emulator answers
// everything else, and these requests get scripted answers, through the whole server.
import { ACME_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import { ACME_STORE, DATABASE_URL, STRIPE_SECRET_KEY } from "@repo/emulator/seed/secrets-store";
import { callOk, callTool, testApp } from "@repo/mcp-kit/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import app from "../src/index";

const server = testApp(app);
const inStore = { account_id: ACME_ACCOUNT.id, store_id: ACME_STORE.id };

/** Answers the requests `reply` picks (method and path), and lets the emulator answer the rest. */
function scriptApi(reply: (method: string, path: string) => Response | undefined): Request[] {
  const real = globalThis.fetch;
  const seen: Request[] = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname.replace(/^\/client\/v4/, "");
    seen.push(request.clone());
    return reply(request.method, path) ?? real(request);
  });
  return seen;
}

const failure = (status: number, code: number, message: string) =>
  Response.json(
    { success: false, errors: [{ code, message }], messages: [], result: null },
    { status },
  );

beforeEach(() => server.emulator.reset());
afterEach(() => vi.restoreAllMocks());

describe("secrets_store_secrets_update", () => {
  it("points to the rotate tool when the API refuses a value change", async () => {
    scriptApi((method) =>
      method === "PATCH" ? failure(400, 1002, "secret_value_immutable") : undefined,
    );
    const client = await server.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_secrets_update", {
      ...inStore,
      secret_id: STRIPE_SECRET_KEY.id,
      value: "new-value-1",
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("Cloudflare API error 1002: secret_value_immutable (HTTP 400).");
    expect(result.text).toContain("call secrets_store_secrets_rotate with the same store_id");
    expect(result.raw).not.toContain("new-value-1");
  });

  it("keeps the API error and its own hint when no value was sent", async () => {
    scriptApi((method) =>
      method === "PATCH" ? failure(400, 1001, "secret_scopes_empty") : undefined,
    );
    const client = await server.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_secrets_update", {
      ...inStore,
      secret_id: STRIPE_SECRET_KEY.id,
      comment: "x",
    });
    expect(result.text).toContain("Cloudflare API error 1001: secret_scopes_empty (HTTP 400).");
    expect(result.text).toContain("Fix that field");
    expect(result.text).not.toContain("secrets_store_secrets_rotate with the same store_id");
  });
});

describe("secrets_store_secrets_rotate", () => {
  it("says the secret is gone and how to recreate it when create fails after delete", async () => {
    const seen = scriptApi((method, path) =>
      method === "POST" && path.endsWith("/secrets")
        ? failure(400, 1003, "maximum_secrets_exceeded")
        : undefined,
    );
    const client = await server.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_secrets_rotate", {
      ...inStore,
      secret_id: DATABASE_URL.id,
      value: "rotated-value-1",
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("no longer exists");
    expect(result.text).toContain(
      '"name":"DATABASE_URL","scopes":["workers","containers"],"comment":"Primary Postgres (Hyperdrive origin)"',
    );
    expect(result.raw).not.toContain("rotated-value-1");
    const calls = seen.filter((request) => request.url.includes("/secrets_store/"));
    expect(calls.map((request) => request.method)).toEqual(["GET", "DELETE", "POST"]);
  });

  it("sends the same name, scopes and comment with the new value", async () => {
    const seen = scriptApi(() => undefined);
    const client = await server.connect(USER_TOKEN.value);
    await callOk(client, "secrets_store_secrets_rotate", {
      ...inStore,
      secret_id: DATABASE_URL.id,
      value: "rotated-value-2",
    });
    const create = seen.find((request) => request.method === "POST");
    expect(await create?.json()).toEqual([
      {
        name: "DATABASE_URL",
        value: "rotated-value-2",
        scopes: ["workers", "containers"],
        comment: "Primary Postgres (Hyperdrive origin)",
      },
    ]);
  });
});

describe("an API that echoes values", () => {
  it("never passes an echoed value on to the result", async () => {
    scriptApi((method, path) =>
      method === "POST" && path.endsWith("/secrets")
        ? Response.json({
            success: true,
            errors: [],
            messages: [],
            result: [{ ...STRIPE_SECRET_KEY, id: "d".repeat(32), value: "echoed-by-api" }],
          })
        : undefined,
    );
    const client = await server.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_secrets_create", {
      ...inStore,
      secrets: [{ name: "API_KEY", value: "sent-value", scopes: ["workers"] }],
    });
    expect(result.raw).not.toContain("echoed-by-api");
    expect(result.raw).not.toContain("sent-value");
  });
});
