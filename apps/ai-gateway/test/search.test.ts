// Scope: ai_gateway_logs_search (text in prompts/responses) and the gateway tools, with account
// selection through the cf-account-id header and the read-only token.
import {
  ACME_ACCOUNT,
  GLOBEX_ACCOUNT,
  READONLY_TOKEN,
  USER_TOKEN,
} from "@repo/emulator/identities";
import { callOk, callTool, testApp } from "@repo/mcp-kit/testing";
import { describe, expect, it } from "vitest";
import app from "../src/index";
import { logsOf } from "./seed";

const stack = testApp(app);
const acme = { "cf-account-id": ACME_ACCOUNT.id };
const WINDOW = { start_date: "2026-11-06T00:00:00Z", end_date: "2026-11-13T23:59:59Z" };

describe("ai_gateway_logs_search", () => {
  it("finds every prompt or response mentioning refunds in a window", async () => {
    const client = await stack.connect(USER_TOKEN.value, acme);
    const logs = logsOf("support-bot", WINDOW.start_date, WINDOW.end_date);
    const expected = logs.filter(
      (log) => /refund/i.test(log.prompt) || /refund/i.test(log.completion ?? ""),
    );
    expect(expected.length).toBeGreaterThan(5);
    const outcome = await callOk(client, "ai_gateway_logs_search", {
      gateway_id: "support-bot",
      text: "refund",
      ...WINDOW,
      max_requests: 500,
    });
    expect(outcome.structured).toMatchObject({
      match_count: expected.length,
      checked: logs.length,
      total_matching_filters: logs.length,
      covers_all: true,
      stopped_by_budget: false,
    });
    const matches = outcome.structured.matches as Array<{
      id: string;
      found_in: string[];
      excerpt: string;
    }>;
    expect(matches.map((match) => match.id)).toEqual(expected.slice(0, 40).map((log) => log.id));
    for (const match of matches) expect(match.excerpt.toLowerCase()).toContain("refund");
  });

  it("restricts the search to responses when asked", async () => {
    const client = await stack.connect(USER_TOKEN.value, acme);
    const logs = logsOf("support-bot", WINDOW.start_date, WINDOW.end_date);
    const expected = logs.filter((log) => /refund/i.test(log.completion ?? ""));
    const outcome = await callOk(client, "ai_gateway_logs_search", {
      gateway_id: "support-bot",
      text: "REFUND",
      in: ["response"],
      ...WINDOW,
      max_requests: 500,
    });
    expect(outcome.structured.match_count).toBe(expected.length);
  });

  it("reports a partial scan, the requests it used, and where to continue", async () => {
    const client = await stack.connect(USER_TOKEN.value, acme);
    const logs = logsOf("support-bot");
    // One list page (1 request) and two bodies per log: 41 requests read logs 31-50.
    const outcome = await callOk(client, "ai_gateway_logs_search", {
      gateway_id: "support-bot",
      text: "refund",
      max_requests: 41,
      scan_from: 30,
    });
    const scanned = logs.slice(30, 50);
    expect(outcome.structured).toMatchObject({
      checked: 20,
      covers_all: false,
      next_scan_from: 50,
      requests_used: 41,
      stopped_by_budget: true,
      match_count: scanned.filter(
        (log) => /refund/i.test(log.prompt) || /refund/i.test(log.completion ?? ""),
      ).length,
    });
    expect(outcome.text).toContain(`logs 31-50 (newest first) of ${logs.length} matching`);
    expect(outcome.text).toContain(
      "The request budget (41) stopped the scan: continue with scan_from=50",
    );
  });
});

describe("gateway tools", () => {
  it("lists the seeded gateways with their cache and rate-limit settings", async () => {
    const client = await stack.connect(READONLY_TOKEN.value, acme);
    const outcome = await callOk(client, "ai_gateway_gateways_list");
    const gateways = outcome.structured.gateways as Array<Record<string, unknown>>;
    expect(gateways.map((gateway) => gateway.id)).toEqual([
      "assistants",
      "batch-jobs",
      "docs-summarizer",
      "internal-tools",
      "support-bot",
    ]);
    expect(gateways.find((gateway) => gateway.id === "support-bot")).toMatchObject({
      cache_ttl: 300,
      rate_limit: "120 per 60s (sliding)",
    });
    // No rate limit, written as nulls (the spec) or as 0 per 0 s (the live API).
    expect(gateways.find((gateway) => gateway.id === "docs-summarizer")?.rate_limit).toBe("none");
    expect(gateways.find((gateway) => gateway.id === "assistants")?.rate_limit).toBe("none");
  });

  it("reads one gateway's full settings", async () => {
    const client = await stack.connect(READONLY_TOKEN.value, acme);
    const outcome = await callOk(client, "ai_gateway_gateways_get", {
      gateway_id: "docs-summarizer",
    });
    expect(outcome.structured.gateway).toMatchObject({
      id: "docs-summarizer",
      cache_ttl: 3600,
      collect_logs: true,
    });
  });

  it("says when an account has no gateways, and names an unknown gateway", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const empty = await callOk(client, "ai_gateway_gateways_list", {
      account_id: GLOBEX_ACCOUNT.id,
    });
    expect(empty.text).toContain("no AI gateways");
    const missing = await callTool(client, "ai_gateway_gateways_get", {
      gateway_id: "ghost",
      account_id: ACME_ACCOUNT.id,
    });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain("ai_gateway_gateways_list");
  });
});
