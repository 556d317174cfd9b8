// Scope: a read-only token can use every read tool, and each write tool names the missing permission.
import { ACME_ACCOUNT, READONLY_TOKEN } from "@repo/emulator/identities";
import { ACME_STORE, OPENAI_API_KEY } from "@repo/emulator/seed/secrets-store";
import { callOk, callTool, testApp } from "@repo/mcp-kit/testing";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../src/index";

const stack = testApp(app);
const acme = { account_id: ACME_ACCOUNT.id };
const inStore = { ...acme, store_id: ACME_STORE.id };

const WRITES: Array<[string, Record<string, unknown>]> = [
  ["secrets_store_stores_create", { ...acme, name: "another" }],
  ["secrets_store_stores_delete", { ...inStore, force: true }],
  [
    "secrets_store_secrets_create",
    { ...inStore, secrets: [{ name: "RO_TEST", value: "read-only-attempt", scopes: ["workers"] }] },
  ],
  ["secrets_store_secrets_update", { ...inStore, secret_id: OPENAI_API_KEY.id, comment: "x" }],
  ["secrets_store_secrets_delete", { ...inStore, secret_ids: [OPENAI_API_KEY.id] }],
  ["secrets_store_secrets_duplicate", { ...inStore, secret_id: OPENAI_API_KEY.id, name: "COPY" }],
  [
    "secrets_store_secrets_rotate",
    { ...inStore, secret_id: OPENAI_API_KEY.id, value: "rotated-ro" },
  ],
];

beforeAll(async () => {
  await stack.emulator.reset();
});

describe("a read-only token", () => {
  it("can list stores and secrets, read metadata and the quota", async () => {
    const client = await stack.connect(READONLY_TOKEN.value);
    await callOk(client, "secrets_store_stores_list", acme);
    await callOk(client, "secrets_store_secrets_list", inStore);
    await callOk(client, "secrets_store_secrets_get", { ...inStore, secret_id: OPENAI_API_KEY.id });
    await callOk(client, "secrets_store_quota_get", acme);
  });

  it.each(WRITES)("gets 10000 naming Secrets Store Edit from %s", async (tool, args) => {
    const client = await stack.connect(READONLY_TOKEN.value);
    const result = await callTool(client, tool, args);
    expect(result.isError).toBe(true);
    expect(result.text).toContain("10000");
    expect(result.text).toContain('"Secrets Store Edit"');
  });

  it("changed nothing through the refused writes", async () => {
    const client = await stack.connect(READONLY_TOKEN.value);
    const secret = await callOk(client, "secrets_store_secrets_get", {
      ...inStore,
      secret_id: OPENAI_API_KEY.id,
    });
    expect(secret.structured.secret).toMatchObject({ comment: OPENAI_API_KEY.comment });
  });
});
