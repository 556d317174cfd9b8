// Contract: every Secrets Store route the servers use answers what the official spec
// (product-specs/cloudflare-secrets-store-api-openapi.yml) documents, errors included, and the
// request bodies used here are the spec's.
import { beforeEach, expect, it } from "vitest";
import { secretsStoreProduct } from "../src/products/secrets-store";
import { ACME_ACCOUNT, GLOBEX_ACCOUNT, USER_TOKEN } from "../src/seed/identities";
import { ACME_STORE, OPENAI_API_KEY, SECRETS, STRIPE_SECRET_KEY } from "../src/seed/secrets-store";
import { callConforming, describeContract, RouteCoverage } from "./contract-helpers";
import { resetEmulator } from "./helpers";

const token = USER_TOKEN.value;
const base = `/accounts/${ACME_ACCOUNT.id}/secrets_store`;
const store = `${base}/stores/${ACME_STORE.id}`;
const secret = `${store}/secrets/${OPENAI_API_KEY.id}`;
const missingId = "0123456789abcdef0123456789abcdef";
const coverage = new RouteCoverage(secretsStoreProduct);

describeContract("Secrets Store responses follow the official spec", () => {
  beforeEach(resetEmulator);

  it("quota", async () => {
    const result = await callConforming(coverage, "GET", `${base}/quota`, { token });
    expect(result.body.result.secrets.usage).toBe(SECRETS.length);
  });

  it("stores: list, get, create, and their errors", async () => {
    await callConforming(coverage, "GET", `${base}/stores?per_page=5&direction=asc`, { token });
    await callConforming(coverage, "GET", store, { token });
    await callConforming(coverage, "GET", `${base}/stores/${missingId}`, { token });
    const created = await callConforming(
      coverage,
      "POST",
      `/accounts/${GLOBEX_ACCOUNT.id}/secrets_store/stores`,
      { token, body: { name: "globex_keys" } },
    );
    expect(created.status).toBe(200);
    const second = await callConforming(coverage, "POST", `${base}/stores`, {
      token,
      body: { name: "another" },
    });
    expect(second.status).toBe(400);
  });

  it("secrets: list with every query parameter, get, and a missing secret", async () => {
    const listed = await callConforming(
      coverage,
      "GET",
      `${store}/secrets?page=1&per_page=2&order=name&direction=asc&search=key&scopes=workers`,
      { token },
    );
    expect(listed.body.result_info.per_page).toBe(2);
    await callConforming(coverage, "GET", secret, { token });
    const missing = await callConforming(coverage, "GET", `${store}/secrets/${missingId}`, {
      token,
    });
    expect(missing.status).toBe(404);
  });

  it("secrets: create (an array body), patch, duplicate", async () => {
    const created = await callConforming(coverage, "POST", `${store}/secrets`, {
      token,
      body: [{ name: "NEW_KEY", value: "v-1", scopes: ["workers"], comment: "test" }],
    });
    expect(created.body.result).toHaveLength(1);
    const conflict = await callConforming(coverage, "POST", `${store}/secrets`, {
      token,
      body: [{ name: "NEW_KEY", value: "v-2", scopes: ["workers"] }],
    });
    expect(conflict.status).toBe(409);
    await callConforming(coverage, "PATCH", secret, {
      token,
      body: { comment: "updated", scopes: ["workers", "ai_gateway"] },
    });
    const duplicated = await callConforming(coverage, "POST", `${secret}/duplicate`, {
      token,
      body: { name: "OPENAI_API_KEY_COPY", scopes: ["workers"] },
    });
    expect(duplicated.body.result.name).toBe("OPENAI_API_KEY_COPY");
  });

  it("secrets: delete one, delete several (202), and a store that is not empty (409)", async () => {
    const one = await callConforming(coverage, "DELETE", secret, { token });
    expect(one.status).toBe(202);
    const bulk = await callConforming(coverage, "DELETE", `${store}/secrets`, {
      token,
      body: { ids: [STRIPE_SECRET_KEY.id] },
    });
    expect(bulk.status).toBe(202);
    const notEmpty = await callConforming(coverage, "DELETE", store, { token });
    expect(notEmpty.status).toBe(409);
    const forced = await callConforming(coverage, "DELETE", `${store}?force=true`, { token });
    expect(forced.status).toBe(200);
  });

  it("covers every Secrets Store route", () => {
    expect(coverage.missing()).toEqual([]);
  });
});
