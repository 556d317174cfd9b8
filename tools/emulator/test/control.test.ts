// Control routes outside /client/v4: health, reset (wipe and re-seed) and the index page.
import { describe, expect, it } from "vitest";
import { ACME_ACCOUNT, GLOBEX_ACCOUNT, TOKENS, USER_TOKEN } from "../src/seed/identities";
import { ACME_STORE, OPENAI_API_KEY, SECRETS } from "../src/seed/secrets-store";
import { SCHEMA_VERSION } from "../src/storage";
import { call } from "./helpers";

const token = USER_TOKEN.value;

describe("GET /__emulator/health", () => {
  it("reports ok with the schema version and instance id", async () => {
    const result = await call("GET", "/__emulator/health");
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ status: "ok", schema_version: SCHEMA_VERSION });
    expect(typeof result.body.instance_id).toBe("string");
  });
});

describe("POST /__emulator/reset", () => {
  it("wipes written data and restores the seed", async () => {
    const secrets = `/accounts/${ACME_ACCOUNT.id}/secrets_store/stores/${ACME_STORE.id}/secrets`;
    await call("DELETE", `${secrets}/${OPENAI_API_KEY.id}`, { token });
    await call("POST", secrets, {
      token,
      body: [{ name: "TEMP", value: "v", scopes: ["workers"] }],
    });
    await call("POST", `/accounts/${GLOBEX_ACCOUNT.id}/secrets_store/stores`, {
      token,
      body: { name: "globex" },
    });

    const reset = await call("POST", "/__emulator/reset");
    expect(reset.status).toBe(200);
    expect(reset.body).toEqual({
      success: true,
      // Only what was written is seeded again: the other products still hold their seed.
      result: { reset: true, schema_version: SCHEMA_VERSION, seeded: ["secrets-store"] },
    });

    const listed = await call("GET", secrets, { token });
    expect(listed.body.result.map((s: { id: string }) => s.id).sort()).toEqual(
      SECRETS.map((s) => s.id).sort(),
    );
    const globexStores = await call("GET", `/accounts/${GLOBEX_ACCOUNT.id}/secrets_store/stores`, {
      token,
    });
    expect(globexStores.body.result).toEqual([]);
    expect((await call("GET", "/accounts", { token })).body.result).toHaveLength(2);
  });

  it("only accepts POST", async () => {
    const result = await call("GET", "/__emulator/reset");
    expect(result.status).toBe(405);
  });
});

describe("GET /", () => {
  it("lists the seeded tokens, accounts, base URL and routes", async () => {
    const result = await call("GET", "/");
    expect(result.status).toBe(200);
    expect(result.body.base_url).toBe("http://127.0.0.1:8787/client/v4");
    expect(result.body.tokens.map((t: { token: string }) => t.token)).toEqual(
      TOKENS.map((t) => t.value),
    );
    expect(result.body.accounts).toEqual([
      { id: ACME_ACCOUNT.id, name: "Acme Corp" },
      { id: GLOBEX_ACCOUNT.id, name: "Globex Labs" },
    ]);
    expect(result.body.routes).toContainEqual({
      method: "GET",
      path: "/client/v4/accounts/:account_id/secrets_store/stores",
      permission: "Secrets Store Read",
    });
  });
});
