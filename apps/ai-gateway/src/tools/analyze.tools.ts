/**
 * Usage analysis: reads the logs matching the filters (up to a cap per gateway) of one gateway, or
 * of every gateway of the account, and computes volume, error rate, cache hit rate, latency
 * (avg, p50, p95), tokens and cost, overall and per group. Account-wide figures come from the
 * pooled logs, so the p95 is a real percentile rather than an average of per-gateway ones. The
 * result states the sample size and whether it covers every matching log.
 */
import { type CallApi, jsonResult, type RegistrationContext, z } from "@repo/mcp-kit";
import { type GatewayLog, listGateways } from "../api";
import { collectLogs } from "../collect";
import { describeFilters, readLogFilters } from "../log-filters";
import { loggingOffNote } from "../logging-state";
import { READ_PERMISSION } from "../permissions";
import { GatewayIdSchema, LogFilterFields } from "../schemas";
import { groupedFigures, usageFigures } from "../usage";

const DEFAULT_MAX_LOGS = 2000;
const MAX_LOGS = 5000;
/** Gateways read for account-wide figures (pages of 100 from the gateways list). */
const MAX_GATEWAYS = 100;

interface GatewaySample {
  gateway_id: string;
  analyzed_logs: number;
  matching_logs: number;
  covers_all: boolean;
  logging: "on" | "off";
}

export function registerAnalyzeTool(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "ai_gateway_usage_analyze",
    title: "Analyze AI gateway usage",
    description: `Aggregate the logs matching the filters of one gateway, or of every gateway of the account when gateway_id is omitted: request count, errors and error rate, cache hits and hit rate, latency (avg, p50, p95 in ms, over every request including cache hits), tokens in/out and cost (USD), optionally grouped by model, provider, UTC day or gateway. Account-wide figures pool every gateway's logs (a true account-wide p95) and list each gateway. Reads up to max_logs logs per gateway (default ${DEFAULT_MAX_LOGS}, max ${MAX_LOGS}), newest first; the result says the sample size and whether it covers all matching logs.`,
    input: {
      gateway_id: GatewayIdSchema.optional().describe(
        "Gateway id, as listed by ai_gateway_gateways_list. Omit for account-wide figures over every gateway.",
      ),
      ...LogFilterFields,
      group_by: z
        .enum(["model", "provider", "day", "gateway"])
        .optional()
        .describe(
          "Also give figures per model, provider, UTC day or gateway (account-wide default: gateway).",
        ),
      max_logs: z
        .number()
        .int()
        .min(1)
        .max(MAX_LOGS)
        .optional()
        .describe(`Most logs to read per gateway (default ${DEFAULT_MAX_LOGS}).`),
    },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ_PERMISSION,
    async handler(input, call) {
      const { window, query } = readLogFilters(input);
      const limit = input.max_logs ?? DEFAULT_MAX_LOGS;
      const gatewayIds = input.gateway_id ? [input.gateway_id] : await allGatewayIds(call.api);
      const logs: GatewayLog[] = [];
      const samples: GatewaySample[] = [];
      for (const gatewayId of gatewayIds) {
        const collected = await collectLogs(call.api, gatewayId, query, { from: 0, limit });
        const off =
          collected.totalMatching === 0 ? await loggingOffNote(call.api, gatewayId) : undefined;
        logs.push(...collected.logs.map((log) => ({ ...log, gateway_id: gatewayId })));
        samples.push({
          gateway_id: gatewayId,
          analyzed_logs: collected.logs.length,
          matching_logs: collected.totalMatching,
          covers_all: collected.logs.length >= collected.totalMatching,
          logging: off ? "off" : "on",
        });
      }
      logs.sort((a, b) => b.created_at.localeCompare(a.created_at));
      const analyzed = logs.length;
      const matching = samples.reduce((sum, sample) => sum + sample.matching_logs, 0);
      const coversAll = samples.every((sample) => sample.covers_all);
      const groupBy = input.group_by ?? (input.gateway_id ? undefined : "gateway");
      const totals = usageFigures(logs);
      const filters = describeFilters(window, query);
      const subject = input.gateway_id
        ? `gateway "${input.gateway_id}"`
        : `all ${gatewayIds.length} gateways of the account`;
      const coverage = coversAll
        ? `all ${analyzed} matching logs`
        : input.gateway_id
          ? `the newest ${analyzed} of ${matching} matching logs (raise max_logs or narrow the window for the rest)`
          : `${analyzed} of ${matching} matching logs, the newest of each gateway (raise max_logs or narrow the window for the rest)`;
      const off = samples.filter((sample) => sample.logging === "off").map((s) => s.gateway_id);
      const offNote =
        off.length > 0 ? ` Logging is off (no logs stored) for: ${off.join(", ")}.` : "";
      const summary = `Usage of ${subject} (${filters}) over ${coverage}: ${totals.requests} requests, error rate ${(totals.error_rate * 100).toFixed(2)}%, cache hit rate ${(totals.cache_hit_rate * 100).toFixed(2)}%, avg latency ${totals.latency_ms.avg} ms, p95 latency ${totals.latency_ms.p95} ms, cost $${totals.cost}.${offNote}`;
      return jsonResult(
        {
          ...(input.gateway_id ? { gateway_id: input.gateway_id } : { scope: "account" }),
          sample: {
            analyzed_logs: analyzed,
            matching_logs: matching,
            covers_all: coversAll,
            ...(analyzed > 0
              ? { oldest: logs.at(-1)!.created_at, newest: logs[0]!.created_at }
              : {}),
            ...(input.gateway_id ? {} : { gateways: samples }),
          },
          totals,
          ...(groupBy ? { group_by: groupBy, groups: groupedFigures(logs, groupBy) } : {}),
          ...(off.length > 0 ? { logging_off: off } : {}),
          requests_used: call.api.requestCount,
        },
        { summary, moreHint: "Narrow the window or drop group_by=day to see everything." },
      );
    },
  });
}

async function allGatewayIds(api: CallApi): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ids.length < MAX_GATEWAYS; page++) {
    const { items, paging } = await listGateways(api, { page, per_page: 100 }, undefined);
    ids.push(...items.map((gateway) => gateway.id));
    if (paging.next_page === undefined || items.length === 0) break;
  }
  return ids.slice(0, MAX_GATEWAYS);
}
