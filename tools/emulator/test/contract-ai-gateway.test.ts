// Contract: every AI Gateway route the servers use answers what the official specs
// (product-specs/cloudflare-ai-gateway-{gateways,logs}-api-openapi.yml) document, errors included.
import { beforeAll, expect, it } from "vitest";
import { aiGatewayProduct } from "../src/products/ai-gateway";
import { ACME_ACCOUNT, GLOBEX_ACCOUNT, USER_TOKEN } from "../src/seed/identities";
import { callConforming, describeContract, RouteCoverage } from "./contract-helpers";
import { call, resetEmulator } from "./helpers";

const token = USER_TOKEN.value;
const gateways = `/accounts/${ACME_ACCOUNT.id}/ai-gateway/gateways`;
const coverage = new RouteCoverage(aiGatewayProduct);
let logIds: string[] = [];

describeContract("AI Gateway responses follow the official spec", () => {
  beforeAll(async () => {
    await resetEmulator();
    const listed = await call("GET", `${gateways}/assistants/logs?per_page=50`, { token });
    logIds = listed.body.result.map((log: { id: string }) => log.id);
  });

  it("gateways: list (paged, searched, empty account), each seeded gateway, a missing one", async () => {
    await callConforming(coverage, "GET", `${gateways}?page=1&per_page=2&search=s`, { token });
    await callConforming(coverage, "GET", `/accounts/${GLOBEX_ACCOUNT.id}/ai-gateway/gateways`, {
      token,
    });
    for (const id of [
      "support-bot",
      "docs-summarizer",
      "internal-tools",
      "assistants",
      "batch-jobs",
    ]) {
      await callConforming(coverage, "GET", `${gateways}/${id}`, { token });
    }
    const missing = await callConforming(coverage, "GET", `${gateways}/ghost`, { token });
    expect(missing.status).toBe(404);
    const tooMany = await callConforming(coverage, "GET", `${gateways}?per_page=101`, { token });
    expect(tooMany.status).toBe(400);
  });

  it("logs: list with filters, search, order and meta_info; a bad parameter", async () => {
    const filters = JSON.stringify([{ key: "model", operator: "eq", value: ["gpt-4o-mini"] }]);
    await callConforming(
      coverage,
      "GET",
      `${gateways}/support-bot/logs?per_page=50&order_by=created_at&order_by_direction=desc&meta_info=true&filters=${encodeURIComponent(filters)}`,
      { token },
    );
    await callConforming(coverage, "GET", `${gateways}/support-bot/logs?search=support-chat`, {
      token,
    });
    await callConforming(
      coverage,
      "GET",
      `${gateways}/docs-summarizer/logs?start_date=2026-11-01T00:00:00Z&end_date=2026-11-02T00:00:00Z&success=false`,
      { token },
    );
    await callConforming(coverage, "GET", `${gateways}/batch-jobs/logs`, { token });
    const bad = await callConforming(coverage, "GET", `${gateways}/support-bot/logs?per_page=51`, {
      token,
    });
    expect(bad.status).toBe(400);
  });

  it("log detail, request and response bodies of every provider format", async () => {
    expect(logIds.length).toBeGreaterThan(10);
    for (const id of logIds) {
      await callConforming(coverage, "GET", `${gateways}/assistants/logs/${id}`, { token });
      await callConforming(coverage, "GET", `${gateways}/assistants/logs/${id}/request`, { token });
      await callConforming(coverage, "GET", `${gateways}/assistants/logs/${id}/response`, {
        token,
      });
    }
    const missing = await callConforming(coverage, "GET", `${gateways}/assistants/logs/NOPE`, {
      token,
    });
    expect(missing.status).toBe(404);
  });

  it("covers every AI Gateway route", () => {
    expect(coverage.missing()).toEqual([]);
  });
});
