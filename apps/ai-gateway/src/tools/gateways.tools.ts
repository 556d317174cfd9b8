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
    rate_limit: describeRateLimit(gateway),
    authentication: gateway.authentication ?? false,
    created_at: gateway.created_at,
  };
}

/**
 * `"120 per 60s (sliding)"`, or `"none"`. No rate limit is written `null`s by the spec and
 * `0 per 0s (fixed)` by the live API (contract erratum ai-gateway-no-rate-limit).
 */
export function describeRateLimit(gateway: Record<string, unknown>): string {
  const limit = gateway.rate_limiting_limit;
  const interval = gateway.rate_limiting_interval;
  if (typeof limit !== "number" || typeof interval !== "number" || limit <= 0 || interval <= 0) {
    return "none";
  }
  const technique = gateway.rate_limiting_technique;
  return `${limit} per ${interval}s${typeof technique === "string" ? ` (${technique})` : ""}`;
}

export function registerGatewayTools(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "ai_gateway_gateways_list",
    title: "List AI gateways",
    description:
      "List the account's AI Gateway gateways: id, whether logs are collected, cache TTL, rate limit, authentication. Use a gateway id as gateway_id in the log tools.",
    input: {
      search: z.string().max(64).optional().describe("Only gateways whose id contains this text."),
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
      "Read every setting of one gateway: collect_logs (false: logging is off and no logs are stored), cache_ttl, rate limiting (limit, interval, technique; rate_limit says none when there is none), retries, authentication, log management, logpush, guardrails/DLP when set.",
    input: { gateway_id: GatewayIdSchema },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ_PERMISSION,
    async handler(input, call) {
      const gateway = await getGateway(call.api, input.gateway_id);
      const logging = gateway.collect_logs === false ? " Logging is off: it stores no logs." : "";
      return jsonResult(
        { gateway, rate_limit: describeRateLimit(gateway) },
        { summary: `Settings of gateway "${gateway.id}".${logging}` },
      );
    },
  });
}
