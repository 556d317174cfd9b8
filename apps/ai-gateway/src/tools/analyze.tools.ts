/**
 * Usage analysis: reads the gateway's logs matching the filters (up to a cap) and computes
 * volume, error rate, cache hit rate, latency, tokens and cost, overall and per group. The result
 * states the sample size and whether it covers every matching log.
 */
import { jsonResult, type RegistrationContext, z } from "@repo/mcp-kit";
import { collectLogs } from "../collect";
import { describeFilters, readLogFilters } from "../log-filters";
import { READ_PERMISSION } from "../permissions";
import { GatewayIdSchema, LogFilterFields } from "../schemas";
import { groupedFigures, usageFigures } from "../usage";

const DEFAULT_MAX_LOGS = 2000;
const MAX_LOGS = 5000;

export function registerAnalyzeTool(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "ai_gateway_usage_analyze",
    title: "Analyze AI gateway usage",
    description: `Aggregate a gateway's logs matching the filters: request count, errors and error rate, cache hits and hit rate, latency (avg, p50, p95 in ms, over every request including cache hits), tokens in/out and cost (USD), optionally grouped by model, provider or day (UTC). Reads up to max_logs logs (default ${DEFAULT_MAX_LOGS}, max ${MAX_LOGS}), newest first; the result says the sample size and whether it covers all matching logs.`,
    input: {
      gateway_id: GatewayIdSchema,
      ...LogFilterFields,
      group_by: z
        .enum(["model", "provider", "day"])
        .optional()
        .describe("Also give figures per model, provider or UTC day."),
      max_logs: z
        .number()
        .int()
        .min(1)
        .max(MAX_LOGS)
        .optional()
        .describe(`Most logs to read (default ${DEFAULT_MAX_LOGS}).`),
    },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ_PERMISSION,
    async handler(input, call) {
      const { window, query } = readLogFilters(input);
      const collected = await collectLogs(call.api, input.gateway_id, query, {
        from: 0,
        limit: input.max_logs ?? DEFAULT_MAX_LOGS,
      });
      const analyzed = collected.logs.length;
      const coversAll = analyzed >= collected.totalMatching;
      const sample = {
        analyzed_logs: analyzed,
        matching_logs: collected.totalMatching,
        covers_all: coversAll,
        ...(analyzed > 0
          ? { oldest: collected.logs.at(-1)!.created_at, newest: collected.logs[0]!.created_at }
          : {}),
      };
      const totals = usageFigures(collected.logs);
      const filters = describeFilters(window, query);
      const coverage = coversAll
        ? `all ${analyzed} matching logs`
        : `the newest ${analyzed} of ${collected.totalMatching} matching logs (raise max_logs or narrow the window for the rest)`;
      const summary = `Usage of gateway "${input.gateway_id}" (${filters}) over ${coverage}: ${totals.requests} requests, error rate ${(totals.error_rate * 100).toFixed(2)}%, cache hit rate ${(totals.cache_hit_rate * 100).toFixed(2)}%, avg latency ${totals.latency_ms.avg} ms, cost $${totals.cost}.`;
      return jsonResult(
        {
          gateway_id: input.gateway_id,
          sample,
          totals,
          ...(input.group_by
            ? { group_by: input.group_by, groups: groupedFigures(collected.logs, input.group_by) }
            : {}),
        },
        { summary, moreHint: "Narrow the window or drop group_by=day to see everything." },
      );
    },
  });
}
