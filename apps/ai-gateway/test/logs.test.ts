// Scope: ai_gateway_logs_list, ai_gateway_logs_get and ai_gateway_log_bodies_get through a real MCP client:
// filters, paging the model can continue, prompt previews, bounded output and clear errors.

import type { Client } from "@modelcontextprotocol/client";
import { ACCOUNT_TOKEN, ACME_ACCOUNT } from "@repo/emulator/identities";
import { callOk, callTool, testApp } from "@repo/mcp-kit/testing";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../src/index";
import { logsOf, parseTsv } from "./seed";

const stack = testApp(app);
let client: Client;
beforeAll(async () => {
  client = await stack.connect(ACCOUNT_TOKEN.value);
});

const NOV_3 = { start_date: "2026-11-03T00:00:00Z", end_date: "2026-11-03T23:59:59Z" };

describe("ai_gateway_logs_list", () => {
  it("answers 'which requests failed in this window' with every error row", async () => {
    const expected = logsOf("support-bot", NOV_3.start_date, NOV_3.end_date).filter(
      (log) => !log.success,
    );
    expect(expected.length).toBeGreaterThan(0);
    const outcome = await callOk(client, "ai_gateway_logs_list", {
      gateway_id: "support-bot",
      ...NOV_3,
      success: false,
      per_page: 50,
    });
    const rows = parseTsv(outcome.text);
    expect(rows.map((row) => row.id)).toEqual(expected.map((log) => log.id));
    expect(rows.map((row) => row.status)).toEqual(expected.map((log) => String(log.status_code)));
    expect(rows.every((row) => row.ok === "error")).toBe(true);
    expect(outcome.text.split("\n")[0]).toContain(
      `${expected.length} of ${expected.length} logs (page 1 of 1).`,
    );
    expect(outcome.text).not.toContain("More:");
  });

  it("shows the last 10 prompts sent to the summarization model", async () => {
    const model = "@cf/facebook/bart-large-cnn";
    const expected = logsOf("docs-summarizer")
      .filter((log) => log.model === model)
      .slice(0, 10);
    const outcome = await callOk(client, "ai_gateway_logs_list", {
      gateway_id: "docs-summarizer",
      model,
      per_page: 10,
      with_prompts: true,
    });
    const rows = parseTsv(outcome.text);
    expect(rows.map((row) => row.id)).toEqual(expected.map((log) => log.id));
    for (const [i, row] of rows.entries()) {
      const prompt = expected[i]!.prompt;
      expect(row.prompt).toBe(prompt.length <= 160 ? prompt : `${prompt.slice(0, 159)}…`);
    }
  });

  it("tells the model how to continue and pages consistently", async () => {
    // A date-only end_date covers that whole day.
    const all = logsOf("internal-tools", "2026-11-01", "2026-11-10T23:59:59.999Z");
    const first = await callOk(client, "ai_gateway_logs_list", {
      gateway_id: "internal-tools",
      start_date: "2026-11-01",
      end_date: "2026-11-10",
      per_page: 25,
    });
    expect(first.structured).toMatchObject({
      rows: 25,
      paging: { page: 1, per_page: 25, total_count: all.length, next_page: 2 },
    });
    expect(first.text).toContain("call again with page 2");
    const second = await callOk(client, "ai_gateway_logs_list", {
      gateway_id: "internal-tools",
      start_date: "2026-11-01",
      end_date: "2026-11-10",
      per_page: 25,
      page: 2,
    });
    expect(parseTsv(second.text).map((row) => row.id)).toEqual(
      all.slice(25, 50).map((log) => log.id),
    );
  });

  it("orders by duration, longest first", async () => {
    const expected = logsOf("support-bot", NOV_3.start_date, NOV_3.end_date)
      .slice()
      .sort((a, b) => b.duration - a.duration || b.id.localeCompare(a.id))
      .slice(0, 5);
    const outcome = await callOk(client, "ai_gateway_logs_list", {
      gateway_id: "support-bot",
      ...NOV_3,
      order_by: "duration",
      per_page: 5,
    });
    expect(parseTsv(outcome.text).map((row) => Number(row.duration_ms))).toEqual(
      expected.map((log) => log.duration),
    );
  });

  it("says a page past the end is past the end", async () => {
    const total = logsOf("internal-tools").length;
    const outcome = await callOk(client, "ai_gateway_logs_list", {
      gateway_id: "internal-tools",
      page: 500,
    });
    expect(outcome.text).toContain(`Page 500 is past the end: ${total} logs in all.`);
  });

  it("keeps a full page of 50 rows with prompt previews bounded", async () => {
    const outcome = await callOk(client, "ai_gateway_logs_list", {
      gateway_id: "docs-summarizer",
      per_page: 50,
      with_prompts: true,
    });
    expect(parseTsv(outcome.text)).toHaveLength(50);
    expect(outcome.text.length).toBeLessThan(24_000);
  });

  it.each([
    [{ gateway_id: "nope" }, 'No gateway "nope"'],
    [{ gateway_id: "support-bot", start_date: "last tuesday" }, "is not a date"],
    [
      { gateway_id: "support-bot", start_date: "2026-11-05", end_date: "2026-11-01" },
      "is before start_date",
    ],
    [{ gateway_id: "support-bot", last_hours: 24, start_date: "2026-11-05" }, "either last_hours"],
  ])("explains a bad request (%o)", async (args, message) => {
    const outcome = await callTool(client, "ai_gateway_logs_list", args);
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toContain(message);
  });

  it("accepts last_hours as a window ending now", async () => {
    const outcome = await callOk(client, "ai_gateway_logs_list", {
      gateway_id: "support-bot",
      last_hours: 24,
    });
    // The seeded month ends on 2026-11-14, so a window ending now finds nothing there.
    expect(outcome.text).toMatch(/from 20\d\d-.*no logs match/);
  });
});

describe("ai_gateway_logs_get and ai_gateway_log_bodies_get", () => {
  const summary = logsOf("docs-summarizer").find(
    (log) =>
      log.model === "@cf/facebook/bart-large-cnn" && JSON.stringify(log.request_body).length > 1500,
  )!;

  it("returns one log's details with parsed metadata", async () => {
    const outcome = await callOk(client, "ai_gateway_logs_get", {
      gateway_id: "docs-summarizer",
      log_id: summary.id,
    });
    expect(outcome.structured.log).toMatchObject({
      id: summary.id,
      model: summary.model,
      duration: summary.duration,
      metadata: JSON.parse(summary.metadata),
    });
  });

  it("reads a long request body in bounded windows with the offset to continue", async () => {
    const full = JSON.stringify(summary.request_body);
    const first = await callOk(client, "ai_gateway_log_bodies_get", {
      gateway_id: "docs-summarizer",
      log_id: summary.id,
      part: "request",
      max_chars: 1000,
    });
    expect(first.structured.request).toEqual({ total_chars: full.length, next_offset: 1000 });
    expect(first.text).toContain(full.slice(0, 1000));
    const rest = await callOk(client, "ai_gateway_log_bodies_get", {
      gateway_id: "docs-summarizer",
      log_id: summary.id,
      part: "request",
      offset: 1000,
      max_chars: 12_000,
    });
    expect(rest.text).toContain(full.slice(1000));
  });

  it("returns the response body too", async () => {
    const outcome = await callOk(client, "ai_gateway_log_bodies_get", {
      gateway_id: "docs-summarizer",
      log_id: summary.id,
    });
    expect(outcome.text).toContain(JSON.stringify(summary.response_body));
  });

  it("names an unknown log id and where to find valid ones", async () => {
    const outcome = await callTool(client, "ai_gateway_logs_get", {
      gateway_id: "docs-summarizer",
      log_id: "01ZZZZZZZZZZZZZZZZZZZZZZZZ",
      account_id: ACME_ACCOUNT.id,
    });
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toContain("ai_gateway_logs_list");
  });
});
