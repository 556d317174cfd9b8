// Scope: ai_gateway_usage_analyze figures (count, error and cache rates, latency, tokens, cost, groups),
// each equal to the same figure computed here from the seed generator, and honest sample reporting.

import type { Client } from "@modelcontextprotocol/client";
import { ACCOUNT_TOKEN } from "@repo/emulator/identities";
import { callOk, testApp } from "@repo/mcp-kit/testing";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../src/index";
import { logsOf, type SeedLog } from "./seed";

const stack = testApp(app);
let client: Client;
beforeAll(async () => {
  client = await stack.connect(ACCOUNT_TOKEN.value);
});

const WEEK = { start_date: "2026-11-01T00:00:00Z", end_date: "2026-11-07T23:59:59Z" };

/** Independent reference: nearest-rank percentiles and plain sums over the seeded logs. */
function expectedFigures(logs: readonly SeedLog[]) {
  const durations = logs.map((log) => log.duration).sort((a, b) => a - b);
  const rank = (p: number) => durations[Math.ceil(p * durations.length) - 1];
  const errors = logs.filter((log) => !log.success).length;
  const hits = logs.filter((log) => log.cached).length;
  return {
    requests: logs.length,
    errors,
    error_rate: Number((errors / logs.length).toFixed(4)),
    cache_hits: hits,
    cache_hit_rate: Number((hits / logs.length).toFixed(4)),
    latency_ms: {
      avg: Number((durations.reduce((a, b) => a + b, 0) / logs.length).toFixed(1)),
      p50: rank(0.5),
      p95: rank(0.95),
    },
    tokens_in: logs.reduce((sum, log) => sum + (log.tokens_in ?? 0), 0),
    tokens_out: logs.reduce((sum, log) => sum + (log.tokens_out ?? 0), 0),
  };
}

describe("ai_gateway_usage_analyze", () => {
  it("answers 'what was the average latency' with figures matching the seed", async () => {
    const logs = logsOf("support-bot", WEEK.start_date, WEEK.end_date);
    const outcome = await callOk(client, "ai_gateway_usage_analyze", {
      gateway_id: "support-bot",
      ...WEEK,
    });
    const totals = outcome.structured.totals as Record<string, unknown>;
    expect(totals).toMatchObject(expectedFigures(logs));
    expect(totals.cost).toBeCloseTo(
      logs.reduce((sum, log) => sum + log.cost, 0),
      6,
    );
    expect(outcome.structured.sample).toMatchObject({
      analyzed_logs: logs.length,
      matching_logs: logs.length,
      covers_all: true,
    });
    expect(outcome.text).toContain(`avg latency ${expectedFigures(logs).latency_ms.avg} ms`);
  });

  it("counts the errors of a window, overall and per model", async () => {
    const logs = logsOf("internal-tools", WEEK.start_date, WEEK.end_date);
    const outcome = await callOk(client, "ai_gateway_usage_analyze", {
      gateway_id: "internal-tools",
      ...WEEK,
      group_by: "model",
    });
    expect((outcome.structured.totals as { errors: number }).errors).toBe(
      logs.filter((log) => !log.success).length,
    );
    const groups = outcome.structured.groups as Array<{
      group: string;
      requests: number;
      errors: number;
    }>;
    const models = [...new Set(logs.map((log) => log.model))];
    expect(groups.map((group) => group.group).sort()).toEqual(models.sort());
    for (const group of groups) {
      const members = logs.filter((log) => log.model === group.group);
      expect(group, group.group).toMatchObject(expectedFigures(members));
    }
  });

  it("groups by UTC day in date order", async () => {
    const outcome = await callOk(client, "ai_gateway_usage_analyze", {
      gateway_id: "docs-summarizer",
      ...WEEK,
      group_by: "day",
    });
    const groups = outcome.structured.groups as Array<{ group: string; requests: number }>;
    expect(groups.map((group) => group.group)).toEqual([
      "2026-11-01",
      "2026-11-02",
      "2026-11-03",
      "2026-11-04",
      "2026-11-05",
      "2026-11-06",
      "2026-11-07",
    ]);
    for (const group of groups) {
      expect(group.requests).toBe(
        logsOf("docs-summarizer", `${group.group}T00:00:00Z`, `${group.group}T23:59:59.999Z`)
          .length,
      );
    }
  });

  it("says when the sample does not cover every matching log", async () => {
    const all = logsOf("support-bot");
    const outcome = await callOk(client, "ai_gateway_usage_analyze", {
      gateway_id: "support-bot",
      max_logs: 120,
    });
    expect(outcome.structured.sample).toMatchObject({
      analyzed_logs: 120,
      matching_logs: all.length,
      covers_all: false,
      newest: all[0]!.created_at,
      oldest: all[119]!.created_at,
    });
    expect(outcome.structured.totals).toMatchObject(expectedFigures(all.slice(0, 120)));
    expect(outcome.text).toContain(`the newest 120 of ${all.length} matching logs`);
  });

  it("analyzes only cache hits when asked", async () => {
    const logs = logsOf("docs-summarizer").filter((log) => log.cached);
    const outcome = await callOk(client, "ai_gateway_usage_analyze", {
      gateway_id: "docs-summarizer",
      cached: true,
    });
    expect(outcome.structured.totals).toMatchObject({
      requests: logs.length,
      cache_hit_rate: 1,
      cost: 0,
    });
  });
});
