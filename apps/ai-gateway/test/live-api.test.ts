// Scope: what issue #16 saw against an independent Cloudflare-compatible API, through an MCP
// client on the emulator: provider-format bodies (Gemini, Anthropic, Workers AI, Bedrock, …) read
// as who-said-what, searches that choose user prompt / system prompt / response within a counted
// request budget, bounded inputs, a gateway with logging off, no rate limit, per_page ≤ 50,
// date-only end dates, account-wide figures with p95, and ids checked before any request.

import { emulatorControl } from "@repo/emulator/control";
import { ACME_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import { callOk, callTool, testApp } from "@repo/mcp-kit/testing";
import { describe, expect, it, vi } from "vitest";
import app from "../src/index";
import { usageFigures } from "../src/usage";
import { LOGS, logsOf, parseTsv } from "./seed";

const stack = testApp(app);
const acme = { "cf-account-id": ACME_ACCOUNT.id };
const control = () => emulatorControl(stack.emulator.url);
/** AI Gateway requests the server sent since `since` (not the kit's identity lookups). */
const sentSince = async (since: number) =>
  (await control().requests(since)).filter((request) => request.path.includes("/ai-gateway/"));
const assistants = logsOf("assistants");

describe("provider formats", () => {
  it("previews the user's own words for Gemini, Anthropic, Workers AI and every other format", async () => {
    const client = await stack.connect(USER_TOKEN.value, acme);
    const outcome = await callOk(client, "ai_gateway_logs_list", {
      gateway_id: "assistants",
      with_prompts: true,
      per_page: 50,
    });
    const rows = parseTsv(outcome.text);
    expect(rows).toHaveLength(assistants.length);
    for (const log of assistants) {
      const row = rows.find((candidate) => candidate.id === log.id)!;
      expect(row.prompt, `${log.provider} ${log.path}`).toBe(log.prompt);
    }
    const providers = new Set(rows.map((row) => row.provider));
    for (const provider of ["google-ai-studio", "anthropic", "workers-ai", "aws-bedrock"]) {
      expect(providers).toContain(provider);
    }
    expect(outcome.text).not.toContain('"parts"');
  });

  it("a user-prompt search does not match words that are only in system prompts", async () => {
    const client = await stack.connect(USER_TOKEN.value, acme);
    const withSystem = assistants.filter((log) => log.system?.includes("scalate"));
    expect(withSystem.length).toBeGreaterThan(10);
    const user = await callOk(client, "ai_gateway_logs_search", {
      gateway_id: "assistants",
      text: "escalate",
      in: ["user_prompt"],
    });
    expect(user.structured).toMatchObject({ match_count: 0, covers_all: true });
    const system = await callOk(client, "ai_gateway_logs_search", {
      gateway_id: "assistants",
      text: "escalate",
      in: ["system_prompt"],
    });
    expect(system.structured.match_count).toBe(withSystem.length);
    const found = (
      system.structured.matches as Array<{ provider: string; found_in: string[] }>
    ).map((match) => match.provider);
    expect(found).toEqual(expect.arrayContaining(["google-ai-studio", "anthropic", "workers-ai"]));
  });

  it("a response search matches answers, never JSON field values", async () => {
    const client = await stack.connect(USER_TOKEN.value, acme);
    const stop = await callOk(client, "ai_gateway_logs_search", {
      gateway_id: "assistants",
      text: "STOP",
      in: ["response"],
    });
    expect(stop.structured.match_count).toBe(0);
    const answer = await callOk(client, "ai_gateway_logs_search", {
      gateway_id: "assistants",
      text: "certificate expired",
      in: ["response"],
    });
    const matches = answer.structured.matches as Array<{ provider: string }>;
    expect(matches.map((match) => match.provider)).toEqual(["google-ai-studio"]);
  });
});

describe("topic search budget", () => {
  it("stays within its request budget, says so, and the emulator saw no more requests", async () => {
    const since = await control().mark();
    const client = await stack.connect(USER_TOKEN.value, acme);
    const outcome = await callOk(client, "ai_gateway_logs_search", {
      gateway_id: "support-bot",
      text: "refund",
      max_requests: 60,
    });
    const sent = await sentSince(since);
    expect(outcome.structured).toMatchObject({ request_budget: 60, stopped_by_budget: true });
    expect(outcome.structured.requests_used).toBeLessThanOrEqual(60);
    expect(sent).toHaveLength(outcome.structured.requests_used as number);
    expect(outcome.text).toContain("The request budget (60) stopped the scan");
    expect(outcome.structured.next_scan_from).toBeGreaterThan(0);
  });

  it("asks the API's own search first, then scans what is left", async () => {
    const since = await control().mark();
    const client = await stack.connect(USER_TOKEN.value, acme);
    const outcome = await callOk(client, "ai_gateway_logs_search", {
      gateway_id: "assistants",
      text: "invoice",
      in: ["user_prompt"],
    });
    const sent = await sentSince(since);
    expect(new URLSearchParams(sent[0]!.query).get("search")).toBe("invoice");
    expect(outcome.structured.api_search).toEqual({ candidates: 0, matched: 0 });
    const expected = assistants.filter((log) => log.prompt.includes("invoice"));
    expect(outcome.structured.match_count).toBe(expected.length);
    // One narrowing page, one scan page, one request body per log.
    expect(outcome.structured.requests_used).toBe(2 + assistants.length);
    expect(sent).toHaveLength(2 + assistants.length);
  });

  it("the default budget stays far below Cloudflare's 1,200 requests per 5 minutes", async () => {
    const client = await stack.connect(USER_TOKEN.value, acme);
    const outcome = await callOk(client, "ai_gateway_logs_search", {
      gateway_id: "support-bot",
      text: "refund",
    });
    expect(outcome.structured.request_budget).toBe(150);
    expect(outcome.structured.requests_used).toBeLessThanOrEqual(150);
  });
});

describe("bounded inputs", () => {
  it("refuses a 70 KB search before sending anything, and says what was wrong", async () => {
    const since = await control().mark();
    const client = await stack.connect(USER_TOKEN.value, acme);
    const huge = "x".repeat(70_000);
    const text = await callTool(client, "ai_gateway_logs_search", {
      gateway_id: "support-bot",
      text: huge,
    });
    expect(text.isError).toBe(true);
    expect(text.text).toMatch(/200/);
    expect(text.text).not.toContain("may be down");
    const filter = await callTool(client, "ai_gateway_logs_list", {
      gateway_id: "support-bot",
      search: huge,
    });
    expect(filter.isError).toBe(true);
    expect(await sentSince(since)).toEqual([]);
  });

  it("reports a 414 once, without retrying it, and says which inputs to shorten", async () => {
    const real = globalThis.fetch;
    let sent = 0;
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      const request = new Request(input, init);
      if (!new URL(request.url).pathname.includes("/ai-gateway/")) return real(request);
      sent++;
      return new Response("<html><body>414 Request-URI Too Large</body></html>", {
        status: 414,
        headers: { "content-type": "text/html" },
      });
    });
    try {
      const client = await stack.connect(USER_TOKEN.value, acme);
      const result = await callTool(client, "ai_gateway_logs_list", { gateway_id: "support-bot" });
      expect(result.isError).toBe(true);
      expect(result.text).toContain("414");
      expect(result.text).toContain("Shorten the text filters");
      expect(result.text).not.toContain("may be down");
      expect(sent).toBe(1);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it("pages logs by at most 50, as the API does", async () => {
    const client = await stack.connect(USER_TOKEN.value, acme);
    const refused = await callTool(client, "ai_gateway_logs_list", {
      gateway_id: "support-bot",
      per_page: 51,
    });
    expect(refused.isError).toBe(true);
    const { tools } = await client.listTools();
    const list = tools.find((tool) => tool.name === "ai_gateway_logs_list")!;
    const perPage = (list.inputSchema.properties as Record<string, { maximum?: number }>).per_page;
    expect(perPage?.maximum).toBe(50);
  });

  it("ids are checked before any request", async () => {
    const since = await control().mark();
    const client = await stack.connect(USER_TOKEN.value, acme);
    for (const id of [".", "..", "\ud800", "A/B", "support-bot/../x", "%2e"]) {
      for (const [tool, args] of [
        ["ai_gateway_gateways_get", { gateway_id: id }],
        ["ai_gateway_logs_list", { gateway_id: id }],
        ["ai_gateway_logs_get", { gateway_id: "support-bot", log_id: id }],
        ["ai_gateway_log_bodies_get", { gateway_id: "support-bot", log_id: id }],
      ] as const) {
        const result = await callTool(client, tool, args);
        expect(result.isError, `${tool} ${JSON.stringify(id)}`).toBe(true);
        expect(result.text).not.toContain("bug in the server");
      }
    }
    expect(await sentSince(since)).toEqual([]);
  });
});

describe("gateways without logging or rate limits", () => {
  it("says logging is off instead of 'no logs match'", async () => {
    const client = await stack.connect(USER_TOKEN.value, acme);
    const list = await callOk(client, "ai_gateway_logs_list", { gateway_id: "batch-jobs" });
    expect(list.text).toContain('Logging is off for gateway "batch-jobs"');
    expect(list.structured.logging).toBe("off");
    const search = await callOk(client, "ai_gateway_logs_search", {
      gateway_id: "batch-jobs",
      text: "anything",
    });
    expect(search.text).toContain("Logging is off");
    const settings = await callOk(client, "ai_gateway_gateways_get", { gateway_id: "batch-jobs" });
    expect(settings.text).toContain("Logging is off");
    expect(settings.structured.rate_limit).toBe("none");
  });
});

describe("dates and account-wide figures", () => {
  it("treats a date-only end_date as the whole day", async () => {
    const client = await stack.connect(USER_TOKEN.value, acme);
    const day = logsOf("support-bot", "2026-11-03T00:00:00Z", "2026-11-03T23:59:59.999Z");
    const outcome = await callOk(client, "ai_gateway_logs_list", {
      gateway_id: "support-bot",
      start_date: "2026-11-03",
      end_date: "2026-11-03",
    });
    expect(day.length).toBeGreaterThan(10);
    expect((outcome.structured.paging as { total_count: number }).total_count).toBe(day.length);
  });

  it("gives account-wide figures over every gateway in one call, p95 included", async () => {
    const client = await stack.connect(USER_TOKEN.value, acme);
    const outcome = await callOk(client, "ai_gateway_usage_analyze", { max_logs: 5000 });
    const expected = usageFigures(LOGS);
    expect(outcome.structured.totals).toMatchObject({
      requests: LOGS.length,
      latency_ms: expected.latency_ms,
      cost: expected.cost,
    });
    expect(outcome.structured).toMatchObject({ scope: "account", group_by: "gateway" });
    expect(outcome.structured.logging_off).toEqual(["batch-jobs"]);
    const groups = outcome.structured.groups as Array<{ group: string; requests: number }>;
    expect(groups.find((group) => group.group === "assistants")?.requests).toBe(assistants.length);
    expect(outcome.text).toContain(`p95 latency ${expected.latency_ms.p95} ms`);
  });
});
