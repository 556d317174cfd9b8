// Secrets Store secret writes: create (array body), patch, delete, bulk delete and duplicate.
import { beforeEach, describe, expect, it } from "vitest";
import { ACME_ACCOUNT, USER_TOKEN } from "../src/seed/identities";
import {
  ACME_STORE,
  GITHUB_WEBHOOK_SECRET,
  OPENAI_API_KEY,
  SECRETS,
  STRIPE_SECRET_KEY,
} from "../src/seed/secrets-store";
import { call, onlyError, resetEmulator } from "./helpers";

beforeEach(resetEmulator);

const token = USER_TOKEN.value;
const secrets = `/accounts/${ACME_ACCOUNT.id}/secrets_store/stores/${ACME_STORE.id}/secrets`;
const names = (body: { result: { name: string }[] }) => body.result.map((s) => s.name);

describe("POST …/secrets", () => {
  it("creates every secret of the array body and returns their metadata", async () => {
    const result = await call("POST", secrets, {
      token,
      body: [
        { name: "SLACK_BOT_TOKEN", value: "xoxb-1", scopes: ["workers"], comment: "bot" },
        { name: "SEARCH_KEY", value: "k", scopes: ["websearch", "ai_gateway"] },
      ],
    });
    expect(result.status).toBe(200);
    expect(result.body.result).toHaveLength(2);
    expect(result.body.result[0]).toMatchObject({
      store_id: ACME_STORE.id,
      name: "SLACK_BOT_TOKEN",
      comment: "bot",
      scopes: ["workers"],
      status: "active",
    });
    expect(result.body.result[1]).toMatchObject({ name: "SEARCH_KEY", comment: "" });
    expect(result.body.result[0].id).toMatch(/^[0-9a-f]{32}$/);
    const fetched = await call("GET", `${secrets}/${result.body.result[0].id}`, { token });
    expect(fetched.body.result.name).toBe("SLACK_BOT_TOKEN");
  });

  it("rejects a single object body with invalid_json_body", async () => {
    const result = await call("POST", secrets, {
      token,
      body: { name: "ONE", value: "v", scopes: ["workers"] },
    });
    expect(result.status).toBe(400);
    expect(onlyError(result)).toEqual({ code: 1001, message: "invalid_json_body" });
  });

  it("refuses a name already in the store with 409 secret_name_already_exists", async () => {
    const result = await call("POST", secrets, {
      token,
      body: [{ name: STRIPE_SECRET_KEY.name, value: "v", scopes: ["workers"] }],
    });
    expect(result.status).toBe(409);
    expect(onlyError(result)).toEqual({
      code: 1003,
      message: "secret_name_already_exists: STRIPE_SECRET_KEY",
    });
  });

  it("creates nothing when one item of the batch fails", async () => {
    const result = await call("POST", secrets, {
      token,
      body: [
        { name: "FRESH", value: "v", scopes: ["workers"] },
        { name: "FRESH", value: "w", scopes: ["workers"] },
      ],
    });
    expect(result.status).toBe(409);
    expect(names((await call("GET", `${secrets}?search=FRESH`, { token })).body)).toEqual([]);
  });

  it.each([
    [{ value: "v", scopes: ["workers"] }, "secret_name_empty"],
    [{ name: "A", value: "v" }, "secret_scopes_empty"],
    [{ name: "A", value: "v", scopes: [] }, "secret_scopes_empty"],
    [{ name: "A", value: "v", scopes: ["email"] }, "secret_scope_invalid: email"],
    [{ name: "A", scopes: ["workers"] }, "secret_value_invalid"],
    [{ name: "A", value: "x".repeat(65_537), scopes: ["workers"] }, "secret_value_invalid"],
  ])("rejects %j with %s", async (item, message) => {
    const result = await call("POST", secrets, { token, body: [item] });
    expect(result.status).toBe(400);
    expect(onlyError(result)).toEqual({ code: 1001, message });
  });

  it("refuses to go over the account's secret quota", async () => {
    const batch = Array.from({ length: 100 - SECRETS.length + 1 }, (_, i) => ({
      name: `BULK_${i}`,
      value: "v",
      scopes: ["workers"],
    }));
    const result = await call("POST", secrets, { token, body: batch });
    expect(result.status).toBe(400);
    expect(onlyError(result)).toEqual({ code: 1003, message: "maximum_secrets_exceeded" });
  });
});

describe("PATCH …/secrets/:secret_id", () => {
  it("changes scopes and comment and bumps modified", async () => {
    const result = await call("PATCH", `${secrets}/${GITHUB_WEBHOOK_SECRET.id}`, {
      token,
      body: { scopes: ["workers", "access"], comment: "rotated" },
    });
    expect(result.status).toBe(200);
    expect(result.body.result).toMatchObject({
      id: GITHUB_WEBHOOK_SECRET.id,
      name: GITHUB_WEBHOOK_SECRET.name,
      scopes: ["workers", "access"],
      comment: "rotated",
      created: GITHUB_WEBHOOK_SECRET.created,
    });
    expect(result.body.result.modified > GITHUB_WEBHOOK_SECRET.modified).toBe(true);
  });

  it("accepts a new value and keeps the other fields", async () => {
    const result = await call("PATCH", `${secrets}/${OPENAI_API_KEY.id}`, {
      token,
      body: { value: "sk-rotated" },
    });
    expect(result.status).toBe(200);
    expect(result.body.result).toMatchObject({
      scopes: OPENAI_API_KEY.scopes,
      comment: OPENAI_API_KEY.comment,
    });
  });

  it("rejects an array body", async () => {
    const result = await call("PATCH", `${secrets}/${OPENAI_API_KEY.id}`, { token, body: [] });
    expect(onlyError(result)).toEqual({ code: 1001, message: "invalid_json_body" });
  });
});

describe("DELETE …/secrets/:secret_id", () => {
  it("deletes one secret with 202 and a null result", async () => {
    const result = await call("DELETE", `${secrets}/${OPENAI_API_KEY.id}`, { token });
    expect(result.status).toBe(202);
    expect(result.body).toEqual({ success: true, errors: [], messages: [], result: null });
    expect((await call("GET", `${secrets}/${OPENAI_API_KEY.id}`, { token })).status).toBe(404);
  });
});

describe("DELETE …/secrets (bulk)", () => {
  it("deletes every listed id", async () => {
    const result = await call("DELETE", secrets, {
      token,
      body: { ids: [OPENAI_API_KEY.id, STRIPE_SECRET_KEY.id] },
    });
    expect(result.status).toBe(202);
    const listed = await call("GET", secrets, { token });
    expect(listed.body.result).toHaveLength(SECRETS.length - 2);
  });

  it("deletes nothing when an id is unknown", async () => {
    const result = await call("DELETE", secrets, {
      token,
      body: { ids: [OPENAI_API_KEY.id, "ffffffffffffffffffffffffffffffff"] },
    });
    expect(result.status).toBe(404);
    expect(onlyError(result).message).toBe("secret_not_found");
    expect((await call("GET", `${secrets}/${OPENAI_API_KEY.id}`, { token })).status).toBe(200);
  });

  it("requires an ids array", async () => {
    const result = await call("DELETE", secrets, { token, body: [OPENAI_API_KEY.id] });
    expect(onlyError(result)).toEqual({ code: 1001, message: "invalid_json_body" });
  });
});

describe("POST …/secrets/:secret_id/duplicate", () => {
  it("creates a copy under a new name, keeping the comment unless given", async () => {
    const result = await call("POST", `${secrets}/${OPENAI_API_KEY.id}/duplicate`, {
      token,
      body: { name: "OPENAI_API_KEY_STAGING", scopes: ["workers"] },
    });
    expect(result.status).toBe(200);
    expect(result.body.result).toMatchObject({
      name: "OPENAI_API_KEY_STAGING",
      scopes: ["workers"],
      comment: OPENAI_API_KEY.comment,
      store_id: ACME_STORE.id,
    });
    expect(result.body.result.id).not.toBe(OPENAI_API_KEY.id);

    const withComment = await call("POST", `${secrets}/${OPENAI_API_KEY.id}/duplicate`, {
      token,
      body: { name: "OPENAI_API_KEY_DEV", scopes: ["workers"], comment: "dev copy" },
    });
    expect(withComment.body.result.comment).toBe("dev copy");
  });

  it("refuses an existing name", async () => {
    const result = await call("POST", `${secrets}/${OPENAI_API_KEY.id}/duplicate`, {
      token,
      body: { name: STRIPE_SECRET_KEY.name, scopes: ["workers"] },
    });
    expect(result.status).toBe(409);
    expect(onlyError(result).message).toBe("secret_name_already_exists: STRIPE_SECRET_KEY");
  });

  it("requires scopes, as the spec marks them required", async () => {
    const result = await call("POST", `${secrets}/${OPENAI_API_KEY.id}/duplicate`, {
      token,
      body: { name: "COPY" },
    });
    expect(result.status).toBe(400);
    expect(onlyError(result)).toEqual({ code: 1001, message: "secret_scopes_empty" });
  });

  it("answers secret_not_found for an unknown source", async () => {
    const result = await call("POST", `${secrets}/ffffffffffffffffffffffffffffffff/duplicate`, {
      token,
      body: { name: "COPY", scopes: ["workers"] },
    });
    expect(result.status).toBe(404);
  });
});
