// Scope: account selection for the secrets-store tools (several accounts, active account, pinned tokens).
// Tests run in order: the active account set by one test is what later tests rely on.
import { ACCOUNT_TOKEN, ACME_ACCOUNT, GLOBEX_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import { ACME_STORE } from "@repo/emulator/seed/secrets-store";
import { callOk, callTool, testApp } from "@repo/mcp-kit/testing";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../src/index";

const stack = testApp(app);

beforeAll(async () => {
  await stack.emulator.reset();
});

describe("a user token that sees two accounts", () => {
  it("fails without account_id and lists both accounts", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_stores_list");
    expect(result.isError).toBe(true);
    expect(result.text).toContain(ACME_ACCOUNT.id);
    expect(result.text).toContain(ACME_ACCOUNT.name);
    expect(result.text).toContain(GLOBEX_ACCOUNT.id);
    expect(result.text).toContain(GLOBEX_ACCOUNT.name);
    expect(result.text).toContain("set_active_account");
  });

  it("acts on the account named by account_id", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const acme = await callOk(client, "secrets_store_stores_list", { account_id: ACME_ACCOUNT.id });
    expect(acme.structured.stores).toEqual([expect.objectContaining({ id: ACME_STORE.id })]);
    const globex = await callOk(client, "secrets_store_stores_list", {
      account_id: GLOBEX_ACCOUNT.id,
    });
    expect(globex.structured.stores).toEqual([]);
  });

  it("uses the active account after set_active_account, in a new session too", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    await callOk(client, "set_active_account", { account_id: ACME_ACCOUNT.id });
    const sameSession = await callOk(client, "secrets_store_stores_list");
    expect(sameSession.structured.stores).toEqual([expect.objectContaining({ id: ACME_STORE.id })]);

    const later = await stack.connect(USER_TOKEN.value);
    const quota = await callOk(later, "secrets_store_quota_get");
    expect(quota.structured.secrets).toMatchObject({ usage: expect.any(Number) });
  });

  it("lets account_id override the active account", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_stores_list", {
      account_id: GLOBEX_ACCOUNT.id,
    });
    expect(result.structured.stores).toEqual([]);
  });
});

describe("an account token", () => {
  it("is pinned to its one account without account_id", async () => {
    const client = await stack.connect(ACCOUNT_TOKEN.value);
    const result = await callOk(client, "secrets_store_secrets_list", { store_id: ACME_STORE.id });
    expect((result.structured.secrets as unknown[]).length).toBeGreaterThan(0);
  });

  it("refuses an account it does not own", async () => {
    const client = await stack.connect(ACCOUNT_TOKEN.value);
    const result = await callTool(client, "secrets_store_stores_list", {
      account_id: GLOBEX_ACCOUNT.id,
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain(ACME_ACCOUNT.id);
  });
});
