// Secrets Store account routes: quota, list/create stores (with the single-object body and one-store quirks), get and delete.
import { beforeEach, describe, expect, it } from "vitest";
import { ACCOUNT_TOKEN, ACME_ACCOUNT, GLOBEX_ACCOUNT, USER_TOKEN } from "../src/seed/identities";
import { ACME_STORE, SECRETS } from "../src/seed/secrets-store";
import { call, onlyError, resetEmulator } from "./helpers";

beforeEach(resetEmulator);

const token = USER_TOKEN.value;
const acme = `/accounts/${ACME_ACCOUNT.id}/secrets_store`;
const globex = `/accounts/${GLOBEX_ACCOUNT.id}/secrets_store`;

describe("GET …/secrets_store/quota", () => {
  it("reports the account's secret usage against its quota", async () => {
    const result = await call("GET", `${acme}/quota`, { token });
    expect(result.status).toBe(200);
    expect(result.body.result).toEqual({ secrets: { quota: 100, usage: SECRETS.length } });
  });

  it("reports zero usage for an account without a store", async () => {
    const result = await call("GET", `${globex}/quota`, { token });
    expect(result.body.result).toEqual({ secrets: { quota: 100, usage: 0 } });
  });

  it("follows usage as secrets are created", async () => {
    await call("POST", `${acme}/stores/${ACME_STORE.id}/secrets`, {
      token,
      body: [{ name: "NEW_ONE", value: "v", scopes: ["workers"] }],
    });
    const result = await call("GET", `${acme}/quota`, { token: ACCOUNT_TOKEN.value });
    expect(result.body.result.secrets.usage).toBe(SECRETS.length + 1);
  });
});

describe("GET …/stores", () => {
  it("lists Acme Corp's seeded store with result_info", async () => {
    const result = await call("GET", `${acme}/stores`, { token });
    expect(result.status).toBe(200);
    expect(result.body.result).toEqual([
      {
        id: ACME_STORE.id,
        account_id: ACME_ACCOUNT.id,
        name: "default_secrets_store",
        created: ACME_STORE.created,
        modified: ACME_STORE.modified,
      },
    ]);
    expect(result.body.result_info).toEqual({
      page: 1,
      per_page: 20,
      count: 1,
      total_count: 1,
      total_pages: 1,
    });
  });

  it("lists no store for Globex Labs", async () => {
    const result = await call("GET", `${globex}/stores`, { token });
    expect(result.body.result).toEqual([]);
    expect(result.body.result_info).toMatchObject({ count: 0, total_count: 0 });
  });
});

describe("POST …/stores", () => {
  it("creates a store from a single object", async () => {
    const result = await call("POST", `${globex}/stores`, {
      token,
      body: { name: "globex_store" },
    });
    expect(result.status).toBe(200);
    expect(result.body.success).toBe(true);
    expect(result.body.result).toMatchObject({
      account_id: GLOBEX_ACCOUNT.id,
      name: "globex_store",
    });
    expect(result.body.result.id).toMatch(/^[0-9a-f]{32}$/);
    expect(result.body.result.created).toBe(result.body.result.modified);

    const listed = await call("GET", `${globex}/stores`, { token });
    expect(listed.body.result.map((s: { id: string }) => s.id)).toEqual([result.body.result.id]);
  });

  it("rejects an array body with 400 1001 invalid_json_body", async () => {
    const result = await call("POST", `${globex}/stores`, {
      token,
      body: [{ name: "globex_store" }],
    });
    expect(result.status).toBe(400);
    expect(onlyError(result)).toEqual({ code: 1001, message: "invalid_json_body" });
  });

  it("rejects malformed JSON with 400 1001 invalid_json_body", async () => {
    const result = await call("POST", `${globex}/stores`, { token, rawBody: "{name:" });
    expect(result.status).toBe(400);
    expect(onlyError(result)).toEqual({ code: 1001, message: "invalid_json_body" });
  });

  it("refuses a second store in the account with 1003 maximum_stores_exceeded", async () => {
    const result = await call("POST", `${acme}/stores`, { token, body: { name: "another" } });
    expect(result.status).toBe(400);
    expect(onlyError(result)).toEqual({ code: 1003, message: "maximum_stores_exceeded" });
  });

  it("refuses a missing name", async () => {
    const result = await call("POST", `${globex}/stores`, { token, body: {} });
    expect(result.status).toBe(400);
    expect(onlyError(result)).toEqual({ code: 1001, message: "store_name_empty" });
  });
});

describe("GET …/stores/:store_id", () => {
  it("returns the store", async () => {
    const result = await call("GET", `${acme}/stores/${ACME_STORE.id}`, { token });
    expect(result.status).toBe(200);
    expect(result.body.result).toMatchObject({ id: ACME_STORE.id, name: "default_secrets_store" });
  });

  it("answers 404 store_not_found for an unknown id", async () => {
    const result = await call("GET", `${acme}/stores/00000000000000000000000000000000`, { token });
    expect(result.status).toBe(404);
    expect(onlyError(result)).toEqual({ code: 1001, message: "store_not_found" });
  });

  it("does not find Acme's store through Globex's account", async () => {
    const result = await call("GET", `${globex}/stores/${ACME_STORE.id}`, { token });
    expect(result.status).toBe(404);
    expect(onlyError(result).message).toBe("store_not_found");
  });
});

describe("DELETE …/stores/:store_id", () => {
  it("refuses to delete a store that holds secrets without force (409 store_not_empty)", async () => {
    const result = await call("DELETE", `${acme}/stores/${ACME_STORE.id}`, { token });
    expect(result.status).toBe(409);
    expect(onlyError(result)).toEqual({ code: 1003, message: "store_not_empty" });
    expect((await call("GET", `${acme}/stores/${ACME_STORE.id}`, { token })).status).toBe(200);
  });

  it("cascade-deletes the store and its secrets with force=true", async () => {
    const result = await call("DELETE", `${acme}/stores/${ACME_STORE.id}?force=true`, { token });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ success: true, errors: [], messages: [], result: null });
    expect((await call("GET", `${acme}/stores`, { token })).body.result).toEqual([]);
    expect((await call("GET", `${acme}/quota`, { token })).body.result.secrets.usage).toBe(0);
  });

  it("deletes an empty store without force, freeing the slot for a new one", async () => {
    const created = await call("POST", `${globex}/stores`, { token, body: { name: "temp" } });
    const deleted = await call("DELETE", `${globex}/stores/${created.body.result.id}`, { token });
    expect(deleted.status).toBe(200);
    const again = await call("POST", `${globex}/stores`, { token, body: { name: "again" } });
    expect(again.status).toBe(200);
  });

  it("answers store_not_found for an unknown store", async () => {
    const result = await call("DELETE", `${globex}/stores/${ACME_STORE.id}?force=true`, { token });
    expect(result.status).toBe(404);
    expect(onlyError(result).message).toBe("store_not_found");
  });
});
