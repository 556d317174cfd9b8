// Secrets Store secret reads: list (order, search, scopes, pagination) and get one secret.
import { beforeEach, describe, expect, it } from "vitest";
import { ACME_ACCOUNT, GLOBEX_ACCOUNT, USER_TOKEN } from "../src/seed/identities";
import {
  ACME_STORE,
  DATABASE_URL,
  OPENAI_API_KEY,
  SECRETS,
  STRIPE_SECRET_KEY,
} from "../src/seed/secrets-store";
import { call, onlyError, resetEmulator } from "./helpers";

beforeEach(resetEmulator);

const token = USER_TOKEN.value;
const secrets = `/accounts/${ACME_ACCOUNT.id}/secrets_store/stores/${ACME_STORE.id}/secrets`;
const names = (body: { result: { name: string }[] }) => body.result.map((s) => s.name);

describe("GET …/secrets", () => {
  it("lists every seeded secret, newest first by default", async () => {
    const result = await call("GET", secrets, { token });
    expect(result.status).toBe(200);
    expect(result.body.result).toHaveLength(SECRETS.length);
    const created = result.body.result.map((s: { created: string }) => s.created);
    expect(created).toEqual([...created].sort().reverse());
    expect(result.body.result_info).toMatchObject({
      page: 1,
      per_page: 20,
      total_count: SECRETS.length,
    });
  });

  it("returns the spec's secret object", async () => {
    const result = await call("GET", `${secrets}?search=OPENAI`, { token });
    expect(result.body.result).toEqual([
      {
        id: OPENAI_API_KEY.id,
        store_id: ACME_STORE.id,
        name: "OPENAI_API_KEY",
        comment: OPENAI_API_KEY.comment,
        scopes: ["workers", "ai_gateway"],
        status: "active",
        created: OPENAI_API_KEY.created,
        modified: OPENAI_API_KEY.modified,
      },
    ]);
  });

  it("orders by name ascending", async () => {
    const result = await call("GET", `${secrets}?order=name&direction=asc`, { token });
    expect(names(result.body)).toEqual(SECRETS.map((s) => s.name).sort());
  });

  it("searches names and comments case-insensitively", async () => {
    const result = await call("GET", `${secrets}?search=postgres`, { token });
    expect(names(result.body)).toEqual([DATABASE_URL.name]);
  });

  it("filters by scopes (comma-separated, every scope required)", async () => {
    const both = await call("GET", `${secrets}?scopes=workers,containers`, { token });
    expect(names(both.body)).toEqual([DATABASE_URL.name]);
    const gateway = await call("GET", `${secrets}?scopes=ai_gateway&order=name&direction=asc`, {
      token,
    });
    expect(names(gateway.body)).toEqual(["ANTHROPIC_API_KEY", "OPENAI_API_KEY"]);
  });

  it("rejects an unknown scope filter", async () => {
    const result = await call("GET", `${secrets}?scopes=email`, { token });
    expect(result.status).toBe(400);
    expect(onlyError(result)).toEqual({ code: 1001, message: "secret_scope_invalid: email" });
  });

  it("paginates", async () => {
    const result = await call("GET", `${secrets}?order=name&direction=asc&per_page=4&page=2`, {
      token,
    });
    expect(names(result.body)).toEqual(
      SECRETS.map((s) => s.name)
        .sort()
        .slice(4),
    );
    expect(result.body.result_info).toEqual({
      page: 2,
      per_page: 4,
      count: 2,
      total_count: SECRETS.length,
      total_pages: 2,
    });
  });

  it("answers store_not_found for an unknown store", async () => {
    const result = await call(
      "GET",
      `/accounts/${GLOBEX_ACCOUNT.id}/secrets_store/stores/${ACME_STORE.id}/secrets`,
      { token },
    );
    expect(result.status).toBe(404);
    expect(onlyError(result)).toEqual({ code: 1001, message: "store_not_found" });
  });
});

describe("GET …/secrets/:secret_id", () => {
  it("returns one secret", async () => {
    const result = await call("GET", `${secrets}/${STRIPE_SECRET_KEY.id}`, { token });
    expect(result.status).toBe(200);
    expect(result.body.result).toMatchObject({
      id: STRIPE_SECRET_KEY.id,
      name: "STRIPE_SECRET_KEY",
    });
  });

  it("answers 404 secret_not_found for an unknown id", async () => {
    const result = await call("GET", `${secrets}/ffffffffffffffffffffffffffffffff`, { token });
    expect(result.status).toBe(404);
    expect(onlyError(result)).toEqual({ code: 1001, message: "secret_not_found" });
  });
});
