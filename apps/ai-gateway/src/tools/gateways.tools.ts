/**
 * Gateway tools: list the account's AI gateways and read one gateway's settings (logging,
 * caching, rate limiting, retries, authentication).
 */
import { jsonResult, type RegistrationContext, z } from "@repo/mcp-kit";
import { getGateway, listGateways } from "../api";
import { READ_PERMISSION } from "../permissions";
import { GatewayIdSchema } from "../schemas";

/** The settings most questions are about, first; the full object is in ai_gateway_get_gateway. */
function gatewaySummary(gateway: Record<string, unknown>) {
  return {
    id: gateway.id,
    collect_logs: gateway.collect_logs,
    cache_ttl: gateway.cache_ttl,
    rate_limit:
      gateway.rate_limiting_limit != null
        ? `${gateway.rate_limiting_limit} per ${gateway.rate_limiting_interval}s (${gateway.rate_limiting_technique})`
        : null,
    authentication: gateway.authentication ?? false,
    created_at: gateway.created_at,
  };
}

export function registerGatewayTools(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "ai_gateway_list_gateways",
    title: "List AI gateways",
    description:
      "List the account's AI Gateway gateways: id, whether logs are collected, cache TTL, rate limit, authentication. Use a gateway id as gateway_id in the log tools.",
    input: {
      search: z.string().optional().describe("Only gateways whose id contains this text."),
      page: z.number().int().min(1).optional().describe("Page number, from 1 (default 1)."),
      per_page: z
        .number()
        .int()
        .min(1)
        .max(100)
        .optional()
        .describe("Gateways per page, 1..100 (default 20)."),
    },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ_PERMISSION,
    async handler(input, call) {
      const page = input.page ?? 1;
      const perPage = input.per_page ?? 20;
      const { gateways, totalCount } = await listGateways(call, {
        page,
        per_page: perPage,
        search: input.search,
      });
      const total = totalCount ?? gateways.length;
      const more = page * perPage < total ? ` More: call again with page ${page + 1}.` : "";
      const summary =
        gateways.length === 0
          ? page > 1
            ? `Page ${page} is past the end: ${total} gateways in all.`
            : "The account has no AI gateways."
          : `${gateways.length} of ${total} gateways (page ${page}).${more}`;
      return jsonResult(
        { gateways: gateways.map(gatewaySummary), total_count: total },
        { summary },
      );
    },
  });

  ctx.accountTool({
    name: "ai_gateway_get_gateway",
    title: "Get an AI gateway's settings",
    description:
      "Read every setting of one gateway: collect_logs, cache_ttl, rate limiting (limit, interval, technique), retries, authentication, log management, logpush, guardrails/DLP when set.",
    input: { gateway_id: GatewayIdSchema },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ_PERMISSION,
    async handler(input, call) {
      const gateway = await getGateway(call, input.gateway_id);
      return jsonResult({ gateway }, { summary: `Settings of gateway "${gateway.id}".` });
    },
  });
}
