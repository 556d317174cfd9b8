// Scope: store tools (list, create, delete with and without force) and the quota tool.
import { ACME_ACCOUNT, GLOBEX_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import { ACME_STORE, SECRETS } from "@repo/emulator/seed/secrets-store";
import { callOk, callTool, testApp } from "@repo/mcp-kit/testing";
import { beforeEach, describe, expect, it } from "vitest";
import app from "../src/index";

const stack = testApp(app);
const acme = { account_id: ACME_ACCOUNT.id };
const globex = { account_id: GLOBEX_ACCOUNT.id };
const UNKNOWN_STORE_ID = "0123456789abcdef0123456789abcdef";

beforeEach(async () => {
  await stack.emulator.reset();
});

describe("secrets_store_stores_list", () => {
  it("lists the account's seeded store as a compact row with paging", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_stores_list", acme);
    expect(result.structured.stores).toEqual([
      {
        id: ACME_STORE.id,
        name: ACME_STORE.name,
        created: ACME_STORE.created,
        modified: ACME_STORE.modified,
      },
    ]);
    expect(result.structured.paging).toMatchObject({ page: 1 });
    expect(result.text.split("\n")[0]).toContain("1 of 1 stores");
  });

  it("tells the model how to create a store when the account has none", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_stores_list", globex);
    expect(result.structured.stores).toEqual([]);
    expect(result.text).toContain("secrets_store_stores_create");
  });
});

describe("secrets_store_stores_create", () => {
  it("creates a store in an account that has none", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const created = await callOk(client, "secrets_store_stores_create", {
      ...globex,
      name: "globex_store",
    });
    const store = created.structured.store as { id: string; name: string };
    expect(store.name).toBe("globex_store");
    const listed = await callOk(client, "secrets_store_stores_list", globex);
    expect(listed.structured.stores).toEqual([expect.objectContaining({ id: store.id })]);
  });

  it("explains the one-store limit when the account already has a store (1003)", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_stores_create", {
      ...acme,
      name: "second",
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("1003");
    expect(result.text).toContain("one store per account");
    expect(result.text).toContain("secrets_store_stores_list");
  });
});

describe("secrets_store_stores_delete", () => {
  it("refuses to delete a store that holds secrets unless force is set", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_stores_delete", {
      ...acme,
      store_id: ACME_STORE.id,
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain(`still holds ${SECRETS.length} secrets; nothing was deleted`);
    expect(result.text).toContain("force");
    const listed = await callOk(client, "secrets_store_stores_list", acme);
    expect(listed.structured.stores).toHaveLength(1);
  });

  it("deletes a store and every secret in it with force", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_stores_delete", {
      ...acme,
      store_id: ACME_STORE.id,
      force: true,
    });
    expect(result.text).toContain(`the ${SECRETS.length} secrets it held`);
    expect(result.structured).toMatchObject({ secrets_deleted: SECRETS.length });
    const listed = await callOk(client, "secrets_store_stores_list", acme);
    expect(listed.structured.stores).toEqual([]);
    const quota = await callOk(client, "secrets_store_quota_get", acme);
    expect(quota.structured.secrets).toMatchObject({ usage: 0 });
  });

  it("deletes an empty store without force", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const created = await callOk(client, "secrets_store_stores_create", { ...globex, name: "tmp" });
    const { id } = created.structured.store as { id: string };
    await callOk(client, "secrets_store_stores_delete", { ...globex, store_id: id });
    const listed = await callOk(client, "secrets_store_stores_list", globex);
    expect(listed.structured.stores).toEqual([]);
  });

  it("points to the list tool for an unknown store id", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_stores_delete", {
      ...acme,
      store_id: UNKNOWN_STORE_ID,
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("secrets_store_stores_list");
  });
});

describe("secrets_store_quota_get", () => {
  it("reports usage against the plan's quota", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_quota_get", acme);
    const secrets = result.structured.secrets as {
      usage: number;
      quota: number;
      remaining: number;
    };
    expect(secrets.usage).toBe(SECRETS.length);
    expect(secrets.quota).toBeGreaterThan(secrets.usage);
    expect(secrets.remaining).toBe(secrets.quota - secrets.usage);
    expect(result.text.split("\n")[0]).toBe(`${SECRETS.length} of ${secrets.quota} secrets used.`);
  });
});
