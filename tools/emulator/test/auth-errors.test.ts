// Authentication and authorisation failures: header errors, unknown tokens, missing permissions, account visibility.
import { beforeEach, describe, expect, it } from "vitest";
import {
  ACCOUNT_TOKEN,
  ACME_ACCOUNT,
  GLOBEX_ACCOUNT,
  INVALID_TOKEN,
  READONLY_TOKEN,
  USER_TOKEN,
} from "../src/seed/identities";
import { ACME_STORE, OPENAI_API_KEY } from "../src/seed/secrets-store";
import { call, onlyError, resetEmulator } from "./helpers";

beforeEach(resetEmulator);

const STORES = `/accounts/${ACME_ACCOUNT.id}/secrets_store/stores`;

describe("credentials headers", () => {
  it("answers 400 code 9106 when no credentials are sent", async () => {
    const result = await call("GET", "/accounts");
    expect(result.status).toBe(400);
    expect(onlyError(result)).toEqual({
      code: 9106,
      message: "Missing X-Auth-Key, X-Auth-Email or Authorization headers",
    });
  });

  it.each([
    "Basic dXNlcjpwYXNz",
    "Bearer",
    "Bearer two words",
    "bearer cfemu_user_token",
    "Bearer tok*en",
  ])("answers 400 code 6003 with chain 6111 for Authorization %j", async (authorization) => {
    const result = await call("GET", "/accounts", { headers: { authorization } });
    expect(result.status).toBe(400);
    expect(onlyError(result)).toEqual({
      code: 6003,
      message: "Invalid request headers",
      error_chain: [{ code: 6111, message: "Invalid format for Authorization header" }],
    });
  });

  it("answers 403 code 9103 for a Global API Key, which the emulator never knows", async () => {
    const result = await call("GET", "/accounts", {
      headers: { "x-auth-email": "dev@example.com", "x-auth-key": "0123456789abcdef" },
    });
    expect(result.status).toBe(403);
    expect(onlyError(result)).toEqual({
      code: 9103,
      message: "Unknown X-Auth-Key or X-Auth-Email",
    });
  });
});

describe("unknown and revoked tokens", () => {
  it.each([INVALID_TOKEN.value, "not_a_seeded_token"])(
    "answers 403 code 9109 for %s",
    async (token) => {
      const result = await call("GET", STORES, { token });
      expect(result.status).toBe(403);
      expect(onlyError(result)).toEqual({ code: 9109, message: "Invalid access token" });
    },
  );
});

describe("permissions", () => {
  const writes: [string, string, unknown][] = [
    ["POST", `/accounts/${GLOBEX_ACCOUNT.id}/secrets_store/stores`, { name: "new" }],
    ["DELETE", `${STORES}/${ACME_STORE.id}`, undefined],
    [
      "POST",
      `${STORES}/${ACME_STORE.id}/secrets`,
      [{ name: "X", value: "v", scopes: ["workers"] }],
    ],
    ["DELETE", `${STORES}/${ACME_STORE.id}/secrets`, { ids: [OPENAI_API_KEY.id] }],
    ["PATCH", `${STORES}/${ACME_STORE.id}/secrets/${OPENAI_API_KEY.id}`, { comment: "x" }],
    ["DELETE", `${STORES}/${ACME_STORE.id}/secrets/${OPENAI_API_KEY.id}`, undefined],
    [
      "POST",
      `${STORES}/${ACME_STORE.id}/secrets/${OPENAI_API_KEY.id}/duplicate`,
      { name: "Y", scopes: ["workers"] },
    ],
  ];

  it.each(writes)(
    "refuses the read-only token on %s %s with 403 code 10000",
    async (method, path, body) => {
      const result = await call(method, path, { token: READONLY_TOKEN.value, body });
      expect(result.status).toBe(403);
      expect(onlyError(result)).toEqual({ code: 10000, message: "Authentication error" });
    },
  );

  it("lets the read-only token read (Read permission)", async () => {
    const result = await call("GET", `${STORES}/${ACME_STORE.id}/secrets`, {
      token: READONLY_TOKEN.value,
    });
    expect(result.status).toBe(200);
  });

  it("leaves data untouched after a refused write", async () => {
    await call("DELETE", `${STORES}/${ACME_STORE.id}/secrets/${OPENAI_API_KEY.id}`, {
      token: READONLY_TOKEN.value,
    });
    const result = await call("GET", `${STORES}/${ACME_STORE.id}/secrets/${OPENAI_API_KEY.id}`, {
      token: USER_TOKEN.value,
    });
    expect(result.status).toBe(200);
  });
});

describe("account visibility", () => {
  it("refuses the account token on an account it does not belong to with 10000", async () => {
    const result = await call("GET", `/accounts/${GLOBEX_ACCOUNT.id}/secrets_store/stores`, {
      token: ACCOUNT_TOKEN.value,
    });
    expect(result.status).toBe(403);
    expect(onlyError(result)).toEqual({ code: 10000, message: "Authentication error" });
  });

  it("refuses a well-formed account id no token can see with 10000", async () => {
    const result = await call(
      "GET",
      "/accounts/ffffffffffffffffffffffffffffffff/secrets_store/stores",
      {
        token: USER_TOKEN.value,
      },
    );
    expect(result.status).toBe(403);
    expect(onlyError(result).code).toBe(10000);
  });

  it("cannot route a malformed account id (7003)", async () => {
    const result = await call("GET", "/accounts/not-an-id/secrets_store/stores", {
      token: USER_TOKEN.value,
    });
    expect(result.status).toBe(404);
    expect(onlyError(result)).toEqual({
      code: 7003,
      message:
        "Could not route to /accounts/not-an-id/secrets_store/stores, perhaps your object identifier is invalid?",
    });
  });
});
