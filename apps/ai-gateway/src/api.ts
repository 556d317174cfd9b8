/**
 * The AI Gateway endpoints of the Cloudflare v4 API (`/accounts/{account_id}/ai-gateway/...`),
 * typed. Unknown gateway and log ids are explained by {@link NOT_FOUND_HINTS}.
 */
import type { ApiQuery, CallApi, ErrorHint, Page, PageRequest } from "@repo/mcp-kit";

const GATEWAYS = "/accounts/{account_id}/ai-gateway/gateways";
const GATEWAY = `${GATEWAYS}/{gateway_id}`;
const LOGS = `${GATEWAY}/logs`;
const LOG = `${LOGS}/{log_id}`;

export type Gateway = Record<string, unknown> & { id: string };

/** One log row of the list endpoint (`aig-config-list-gateway-logs`). */
export interface GatewayLog {
  id: string;
  created_at: string;
  provider: string;
  model: string;
  model_type?: string;
  path: string;
  status_code?: number;
  success: boolean;
  cached: boolean;
  duration: number;
  tokens_in: number | null;
  tokens_out: number | null;
  cost?: number;
  feedback?: number;
  metadata?: string;
  /** Which universal-endpoint entry answered (0 for the first, or for direct requests). */
  step?: number;
  /** Not in the API's row: set by tools that read several gateways. */
  gateway_id?: string;
}

/** Unknown ids, for every tool: which one, and which tool lists the valid ones. */
export const NOT_FOUND_HINTS: readonly ErrorHint[] = [
  {
    status: 404,
    hint: (input, error) =>
      error.path.includes("/logs/")
        ? `No such log in gateway "${input.gateway_id}" (or no such gateway). Take log ids from ai_gateway_logs_list for the same gateway_id.`
        : `No gateway "${input.gateway_id}" in this account. List the account's gateways with ai_gateway_gateways_list and use one of their ids.`,
  },
];

/**
 * Cloudflare refuses URIs over 32 KB with a bare 414 page. Inputs are bounded so no tool builds
 * one, but if an API does answer 414 the request is not retried (it would fail the same way)
 * and the model learns which inputs to shorten.
 */
export const URI_TOO_LONG_HINT: ErrorHint = {
  status: 414,
  hint: "The request URL was too long for the API (Cloudflare refuses URIs over 32 KB). Shorten the text filters (search, model, provider) and call again.",
};

export function listGateways(
  api: CallApi,
  page: PageRequest,
  search: string | undefined,
): Promise<Page<Gateway>> {
  return api.page<Gateway>(GATEWAYS, page, { query: { search } });
}

export function getGateway(api: CallApi, gatewayId: string): Promise<Gateway> {
  return api.get<Gateway>(GATEWAY, { params: { gateway_id: gatewayId } });
}

/** One page of a gateway's logs matching `query` (filters and order). */
export function listLogs(
  api: CallApi,
  gatewayId: string,
  page: PageRequest,
  query: ApiQuery,
): Promise<Page<GatewayLog>> {
  return api.page<GatewayLog>(LOGS, page, { params: { gateway_id: gatewayId }, query });
}

export function getLog(
  api: CallApi,
  gatewayId: string,
  logId: string,
): Promise<Record<string, unknown>> {
  return api.get(LOG, { params: { gateway_id: gatewayId, log_id: logId } });
}

/** The stored request or response body; the API answers it bare, without an envelope. */
export async function getLogBody(
  api: CallApi,
  gatewayId: string,
  logId: string,
  part: "request" | "response",
): Promise<unknown> {
  const response = await api.raw({
    method: "GET",
    path: `${LOG}/${part}`,
    params: { gateway_id: gatewayId, log_id: logId },
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
