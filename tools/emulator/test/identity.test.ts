// Identity routes (/user, /user/tokens/verify, /accounts, /accounts/:id/tokens/verify, /memberships) with every seeded token.
import { beforeEach, describe, expect, it } from "vitest";
import {
  ACCOUNT_TOKEN,
  ACME_ACCOUNT,
  GLOBEX_ACCOUNT,
  INVALID_TOKEN,
  READONLY_TOKEN,
  USER,
  USER_TOKEN,
} from "../src/seed/identities";
import { call, onlyError, resetEmulator } from "./helpers";

beforeEach(resetEmulator);

describe("GET /user", () => {
  it.each([USER_TOKEN, READONLY_TOKEN])(
    "returns the seeded user for user token $value",
    async (token) => {
      const result = await call("GET", "/user", { token: token.value });
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ success: true, errors: [], messages: [] });
      expect(result.body.result).toMatchObject({ id: USER.id, email: USER.email });
    },
  );

  it("refuses an account token with 9109 as the real API does", async () => {
    const result = await call("GET", "/user", { token: ACCOUNT_TOKEN.value });
    expect(result.status).toBe(403);
    expect(onlyError(result)).toEqual({
      code: 9109,
      message: "Unauthorized to access requested resource",
    });
  });

  it("refuses the revoked token like an unknown one", async () => {
    const result = await call("GET", "/user", { token: INVALID_TOKEN.value });
    expect(result.status).toBe(403);
    expect(onlyError(result)).toEqual({ code: 9109, message: "Invalid access token" });
  });
});

describe("GET /user/tokens/verify", () => {
  it("verifies the user token with the 'valid and active' message", async () => {
    const result = await call("GET", "/user/tokens/verify", { token: USER_TOKEN.value });
    expect(result.status).toBe(200);
    expect(result.body.result).toEqual({ id: USER_TOKEN.id, status: "active" });
    expect(result.body.messages).toEqual([
      { code: 10000, message: "This API Token is valid and active", type: null },
    ]);
  });

  it("includes not_before and expires_on when the token has them", async () => {
    const result = await call("GET", "/user/tokens/verify", { token: READONLY_TOKEN.value });
    expect(result.body.result).toEqual({
      id: READONLY_TOKEN.id,
      status: "active",
      not_before: READONLY_TOKEN.notBefore,
      expires_on: READONLY_TOKEN.expiresOn,
    });
  });

  it.each([ACCOUNT_TOKEN.value, INVALID_TOKEN.value, "never_issued_token"])(
    "answers 401 code 1000 for %s",
    async (token) => {
      const result = await call("GET", "/user/tokens/verify", { token });
      expect(result.status).toBe(401);
      expect(onlyError(result)).toEqual({ code: 1000, message: "Invalid API Token" });
    },
  );
});

describe("GET /accounts", () => {
  it("lists both accounts for user tokens with result_info", async () => {
    for (const token of [USER_TOKEN, READONLY_TOKEN]) {
      const result = await call("GET", "/accounts", { token: token.value });
      expect(result.status).toBe(200);
      expect(result.body.result.map((a: { id: string }) => a.id)).toEqual([
        ACME_ACCOUNT.id,
        GLOBEX_ACCOUNT.id,
      ]);
      expect(result.body.result[0]).toMatchObject({
        name: "Acme Corp",
        type: "standard",
        created_on: ACME_ACCOUNT.createdOn,
        settings: { enforce_twofactor: false },
      });
      expect(result.body.result_info).toEqual({
        page: 1,
        per_page: 20,
        count: 2,
        total_count: 2,
        total_pages: 1,
      });
    }
  });

  it("lists only Acme Corp for the account token", async () => {
    const result = await call("GET", "/accounts", { token: ACCOUNT_TOKEN.value });
    expect(result.status).toBe(200);
    expect(result.body.result.map((a: { name: string }) => a.name)).toEqual(["Acme Corp"]);
  });

  it("paginates with page and per_page, clamping per_page to the minimum of 5", async () => {
    const second = await call("GET", "/accounts?page=2&per_page=1", { token: USER_TOKEN.value });
    expect(second.body.result).toEqual([]);
    expect(second.body.result_info).toMatchObject({
      page: 2,
      per_page: 5,
      count: 0,
      total_count: 2,
    });
  });

  it("filters by name and orders by direction", async () => {
    const filtered = await call("GET", "/accounts?name=globex", { token: USER_TOKEN.value });
    expect(filtered.body.result.map((a: { name: string }) => a.name)).toEqual(["Globex Labs"]);
    const reversed = await call("GET", "/accounts?direction=desc", { token: USER_TOKEN.value });
    expect(reversed.body.result.map((a: { name: string }) => a.name)).toEqual([
      "Globex Labs",
      "Acme Corp",
    ]);
  });

  it("refuses the revoked token", async () => {
    const result = await call("GET", "/accounts", { token: INVALID_TOKEN.value });
    expect(result.status).toBe(403);
    expect(onlyError(result).code).toBe(9109);
  });
});

describe("GET /accounts/:account_id/tokens/verify", () => {
  it("verifies the account token for its own account", async () => {
    const result = await call("GET", `/accounts/${ACME_ACCOUNT.id}/tokens/verify`, {
      token: ACCOUNT_TOKEN.value,
    });
    expect(result.status).toBe(200);
    expect(result.body.result).toEqual({ id: ACCOUNT_TOKEN.id, status: "active" });
  });

  it.each([
    ["the account token on another account", ACCOUNT_TOKEN.value, GLOBEX_ACCOUNT.id],
    ["a user token", USER_TOKEN.value, ACME_ACCOUNT.id],
    ["the revoked token", INVALID_TOKEN.value, ACME_ACCOUNT.id],
  ])("answers 401 code 1000 for %s", async (_label, token, accountId) => {
    const result = await call("GET", `/accounts/${accountId}/tokens/verify`, { token });
    expect(result.status).toBe(401);
    expect(onlyError(result)).toEqual({ code: 1000, message: "Invalid API Token" });
  });
});

describe("GET /memberships", () => {
  it("lists accepted memberships with account, permissions and roles", async () => {
    const result = await call("GET", "/memberships", { token: USER_TOKEN.value });
    expect(result.status).toBe(200);
    expect(result.body.result).toHaveLength(2);
    expect(result.body.result[0]).toMatchObject({
      id: ACME_ACCOUNT.membershipId,
      status: "accepted",
      account: { id: ACME_ACCOUNT.id, name: "Acme Corp" },
      permissions: { zones: { read: true, write: true } },
      roles: ["Super Administrator - All Privileges"],
    });
    expect(result.body.result_info).toMatchObject({ page: 1, count: 2, total_count: 2 });
  });

  it("works for the read-only user token", async () => {
    const result = await call("GET", "/memberships", { token: READONLY_TOKEN.value });
    expect(result.status).toBe(200);
    expect(result.body.result).toHaveLength(2);
  });

  it("filters by account.name", async () => {
    const result = await call("GET", "/memberships?account.name=Acme", { token: USER_TOKEN.value });
    expect(result.body.result.map((m: { account: { name: string } }) => m.account.name)).toEqual([
      "Acme Corp",
    ]);
  });

  it("refuses the account token with 400 code 9106, which has no user identity", async () => {
    const result = await call("GET", "/memberships", { token: ACCOUNT_TOKEN.value });
    expect(result.status).toBe(400);
    expect(onlyError(result)).toEqual({ code: 9106, message: "Authentication failed" });
  });
});
