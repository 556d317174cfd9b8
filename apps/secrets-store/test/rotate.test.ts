// Scope: secrets_store_secrets_rotate (delete + recreate with the same name, scopes and comment).
import { ACME_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import { ACME_STORE, DATABASE_URL, SECRETS } from "@repo/emulator/seed/secrets-store";
import { callOk, callTool, testApp } from "@repo/mcp-kit/testing";
import { beforeEach, describe, expect, it } from "vitest";
import app from "../src/index";

const stack = testApp(app);
const inStore = { account_id: ACME_ACCOUNT.id, store_id: ACME_STORE.id };

beforeEach(async () => {
  await stack.emulator.reset();
});

describe("secrets_store_secrets_rotate", () => {
  it("recreates the secret with the same name, scopes and comment and a new id", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_secrets_rotate", {
      ...inStore,
      secret_id: DATABASE_URL.id,
      value: "postgres://rotated:new-password@db.example.invalid/app",
    });
    const secret = result.structured.secret as { id: string };
    expect(result.structured).toMatchObject({
      previous_id: DATABASE_URL.id,
      id_changed: true,
      secret: {
        name: DATABASE_URL.name,
        scopes: [...DATABASE_URL.scopes],
        comment: DATABASE_URL.comment,
      },
    });
    expect(secret.id).not.toBe(DATABASE_URL.id);
    expect(result.text).toContain("id changed");
    expect(result.text).toContain("briefly unavailable");

    const listed = await callOk(client, "secrets_store_secrets_list", inStore);
    expect(listed.structured.secrets).toHaveLength(SECRETS.length);
    const old = await callTool(client, "secrets_store_secrets_get", {
      ...inStore,
      secret_id: DATABASE_URL.id,
    });
    expect(old.isError).toBe(true);
  });

  it("changes nothing when the secret does not exist", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_secrets_rotate", {
      ...inStore,
      secret_id: "fedcba9876543210fedcba9876543210",
      value: "irrelevant-new-value",
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("secrets_store_secrets_list");
    const listed = await callOk(client, "secrets_store_secrets_list", inStore);
    expect(listed.structured.secrets).toHaveLength(SECRETS.length);
  });
});
