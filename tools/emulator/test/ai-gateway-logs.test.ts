// AI Gateway log list: every filter, ordering, paging bounds and meta_info, checked against the seed generator.
import { describe, expect, it } from "vitest";
import { generateAiGatewayLogs, type SeedLog } from "../src/seed/ai-gateway";
import { ACME_ACCOUNT, USER_TOKEN } from "../src/seed/identities";
import { call, onlyError } from "./helpers";

const token = USER_TOKEN.value;
const logsPath = (gateway: string) =>
  `/accounts/${ACME_ACCOUNT.id}/ai-gateway/gateways/${gateway}/logs`;
const ALL = generateAiGatewayLogs();
const of = (gateway: string) => ALL.filter((log) => log.gateway_id === gateway);

async function list(gateway: string, query: string) {
  const result = await call("GET", `${logsPath(gateway)}?${query}`, { token });
  if (result.status !== 200) throw new Error(result.text);
  return result.body as {
    result: Array<Record<string, unknown> & { id: string }>;
    result_info: Record<string, number>;
  };
}

describe("GET …/gateways/:gateway_id/logs", () => {
  it("lists the newest 20 logs first with the spec's fields", async () => {
    const body = await list("support-bot", "");
    const expected = of("support-bot").slice().reverse().slice(0, 20);
    expect(body.result.map((log) => log.id)).toEqual(expected.map((log) => log.id));
    expect(body.result_info).toMatchObject({
      page: 1,
      per_page: 20,
      count: 20,
      total_count: of("support-bot").length,
    });
    const first = body.result[0]!;
    for (const field of [
      "id",
      "created_at",
      "provider",
      "model",
      "path",
      "duration",
      "success",
      "cached",
      "tokens_in",
      "tokens_out",
    ]) {
      expect(first, field).toHaveProperty(field);
    }
  });

  it("filters by a created_at window, inclusive at both ends", async () => {
    const start = "2026-11-01T00:00:00Z";
    const end = "2026-11-02T00:00:00Z";
    const body = await list("support-bot", `start_date=${start}&end_date=${end}&per_page=50`);
    const expected = of("support-bot").filter(
      (log) =>
        log.created_at >= "2026-11-01T00:00:00.000Z" &&
        log.created_at <= "2026-11-02T00:00:00.000Z",
    );
    expect(body.result_info.total_count).toBe(expected.length);
  });

  it.each<[string, (log: SeedLog) => boolean]>([
    ["success=false", (log) => !log.success],
    ["cached=true", (log) => log.cached],
    ["feedback=-1", (log) => log.feedback === -1],
    ["model=gpt-4o-mini", (log) => log.model === "gpt-4o-mini"],
    ["provider=anthropic", (log) => log.provider === "anthropic"],
    ["min_duration=2000", (log) => log.duration >= 2000],
    ["search=u_0007", (log) => log.metadata.includes("u_0007")],
    [
      `filters=${encodeURIComponent(JSON.stringify([{ key: "model", operator: "neq", value: ["gpt-4o-mini"] }]))}`,
      (log) => log.model !== "gpt-4o-mini",
    ],
  ])("filters with %s", async (query, keep) => {
    const body = await list("support-bot", query);
    expect(body.result_info.total_count).toBe(of("support-bot").filter(keep).length);
  });

  it("orders by cost ascending", async () => {
    const body = await list(
      "docs-summarizer",
      "order_by=cost&order_by_direction=asc&per_page=50&page=2",
    );
    const sorted = of("docs-summarizer")
      .slice()
      .sort((a, b) => a.cost - b.cost || a.id.localeCompare(b.id));
    expect(body.result.map((log) => log.id)).toEqual(sorted.slice(50, 100).map((log) => log.id));
  });

  it("returns an empty page past the end, with the total still reported", async () => {
    const body = await list("internal-tools", "per_page=50&page=999");
    expect(body.result).toEqual([]);
    expect(body.result_info).toMatchObject({
      page: 999,
      count: 0,
      total_count: of("internal-tools").length,
    });
  });

  it("adds min/max ranges with meta_info=true", async () => {
    const body = await list("internal-tools", "meta_info=true&success=true");
    const matching = of("internal-tools").filter((log) => log.success);
    expect(body.result_info.max_duration).toBe(Math.max(...matching.map((log) => log.duration)));
    expect(body.result_info.min_cost).toBe(Math.min(...matching.map((log) => log.cost)));
  });

  it.each([
    ["per_page=51", "per_page"],
    ["per_page=0", "per_page"],
    ["page=0", "page"],
    ["order_by=price", "order_by"],
    ["start_date=yesterday", "start_date"],
    ["start_date=2026-11-02T00:00:00Z&end_date=2026-11-01T00:00:00Z", "end_date"],
    ["success=maybe", "success"],
  ])("rejects %s with 400 7001", async (query, name) => {
    const result = await call("GET", `${logsPath("support-bot")}?${query}`, { token });
    expect(result.status).toBe(400);
    const error = onlyError(result);
    expect(error.code).toBe(7001);
    expect(error.message).toContain(name);
  });

  it("answers 404 for logs of an unknown gateway", async () => {
    const result = await call("GET", logsPath("missing"), { token });
    expect(result.status).toBe(404);
  });
});
