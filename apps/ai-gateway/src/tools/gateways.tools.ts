/**
 * Gateway tools: list the account's AI gateways and read one gateway's settings (logging,
 * caching, rate limiting, retries, authentication).
 */
import { jsonResult, pageResult, pagingInput, type RegistrationContext, z } from "@repo/mcp-kit";
import { getGateway, listGateways } from "../api";
import { READ_PERMISSION } from "../permissions";
import { GatewayIdSchema } from "../schemas";

/** The settings most questions are about, first; the full object is in ai_gateway_gateways_get. */
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
    name: "ai_gateway_gateways_list",
    title: "List AI gateways",
    description:
      "List the account's AI Gateway gateways: id, whether logs are collected, cache TTL, rate limit, authentication. Use a gateway id as gateway_id in the log tools.",
    input: {
      search: z.string().optional().describe("Only gateways whose id contains this text."),
      ...pagingInput({ noun: "gateways" }),
    },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ_PERMISSION,
    async handler({ search, ...page }, call) {
      const { items, paging } = await listGateways(call.api, page, search);
      return pageResult(items.map(gatewaySummary), paging, {
        noun: "gateways",
        empty: "The account has no AI gateways.",
      });
    },
  });

  ctx.accountTool({
    name: "ai_gateway_gateways_get",
    title: "Get an AI gateway's settings",
    description:
      "Read every setting of one gateway: collect_logs, cache_ttl, rate limiting (limit, interval, technique), retries, authentication, log management, logpush, guardrails/DLP when set.",
    input: { gateway_id: GatewayIdSchema },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ_PERMISSION,
    async handler(input, call) {
      const gateway = await getGateway(call.api, input.gateway_id);
      return jsonResult({ gateway }, { summary: `Settings of gateway "${gateway.id}".` });
    },
  });
}
