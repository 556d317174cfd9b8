// AI Gateway gateway routes: list (paging, search by id), fetch with settings, 404s and permissions.
import { describe, expect, it } from "vitest";
import { GATEWAYS, SUPPORT_GATEWAY } from "../src/seed/ai-gateway";
import { ACME_ACCOUNT, GLOBEX_ACCOUNT, READONLY_TOKEN, USER_TOKEN } from "../src/seed/identities";
import { call, onlyError } from "./helpers";

const token = USER_TOKEN.value;
const acme = `/accounts/${ACME_ACCOUNT.id}/ai-gateway/gateways`;

describe("GET …/ai-gateway/gateways", () => {
  it("lists Acme Corp's gateways with their settings, ordered by id", async () => {
    const result = await call("GET", acme, { token });
    expect(result.status).toBe(200);
    expect(result.body.success).toBe(true);
    const ids = GATEWAYS.map((gateway) => gateway.config.id).sort();
    expect(result.body.result.map((g: { id: string }) => g.id)).toEqual(ids);
    expect(result.body.result_info).toMatchObject({
      page: 1,
      per_page: 20,
      total_count: GATEWAYS.length,
    });
  });

  it("searches by id and pages with per_page", async () => {
    const search = await call("GET", `${acme}?search=docs`, { token });
    expect(search.body.result.map((g: { id: string }) => g.id)).toEqual(["docs-summarizer"]);
    const last = await call("GET", `${acme}?per_page=2&page=3`, { token });
    expect(last.body.result).toHaveLength(GATEWAYS.length - 4);
    expect(last.body.result_info).toMatchObject({ page: 3, total_pages: 3 });
  });

  it("rejects per_page above the spec's maximum of 100", async () => {
    const result = await call("GET", `${acme}?per_page=101`, { token });
    expect(result.status).toBe(400);
    expect(onlyError(result).code).toBe(7001);
  });

  it("returns an empty list for an account without gateways", async () => {
    const result = await call("GET", `/accounts/${GLOBEX_ACCOUNT.id}/ai-gateway/gateways`, {
      token,
    });
    expect(result.body.result).toEqual([]);
  });
});

describe("GET …/ai-gateway/gateways/:id", () => {
  it("returns the gateway's settings, including caching and rate limiting", async () => {
    const result = await call("GET", `${acme}/support-bot`, { token: READONLY_TOKEN.value });
    expect(result.status).toBe(200);
    expect(result.body.result).toEqual(SUPPORT_GATEWAY.config);
    expect(result.body.result).toMatchObject({
      collect_logs: true,
      cache_ttl: 300,
      rate_limiting_limit: 120,
      rate_limiting_interval: 60,
      rate_limiting_technique: "sliding",
    });
  });

  it("answers 404 7002 Not Found for an unknown gateway", async () => {
    const result = await call("GET", `${acme}/nope`, { token });
    expect(result.status).toBe(404);
    expect(onlyError(result)).toMatchObject({ code: 7002, message: "Not Found" });
  });

  it("does not show one account's gateway under another account", async () => {
    const result = await call(
      "GET",
      `/accounts/${GLOBEX_ACCOUNT.id}/ai-gateway/gateways/support-bot`,
      {
        token,
      },
    );
    expect(result.status).toBe(404);
  });
});
