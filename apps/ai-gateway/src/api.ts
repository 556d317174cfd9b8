/**
 * Typed calls to the AI Gateway endpoints of the Cloudflare v4 API
 * (`/accounts/{account_id}/ai-gateway/gateways...`). A 404 is turned into an error that says
 * which id was unknown and which tool lists the valid ones.
 */
import {
  type ApiQuery,
  apiPath,
  type CloudflareClient,
  isCloudflareApiError,
} from "@repo/cloudflare-api";
import { ToolError } from "@repo/mcp-kit";

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
}

export interface LogPage {
  logs: GatewayLog[];
  page: number;
  perPage: number;
  totalCount: number | undefined;
  /** `result_info` as sent (carries the `meta_info` ranges). */
  info: Record<string, unknown>;
}

/** The slice of a tool call these helpers need. */
export interface ApiScope {
  api: CloudflareClient;
  accountId: string;
  signal?: AbortSignal;
}

export async function listGateways(
  scope: ApiScope,
  query: { page?: number; per_page?: number; search?: string },
): Promise<{ gateways: Gateway[]; totalCount: number | undefined }> {
  const response = await scope.api.get<Gateway[]>(gatewaysPath(scope), {
    query,
    signal: scope.signal,
  });
  return { gateways: response.result ?? [], totalCount: response.resultInfo?.totalCount };
}

export async function getGateway(scope: ApiScope, gatewayId: string): Promise<Gateway> {
  return guard(gatewayId, null, async () => {
    const response = await scope.api.get<Gateway>(
      apiPath`/accounts/${scope.accountId}/ai-gateway/gateways/${gatewayId}`,
      { signal: scope.signal },
    );
    return response.result;
  });
}

export async function listLogs(
  scope: ApiScope,
  gatewayId: string,
  query: ApiQuery,
): Promise<LogPage> {
  return guard(gatewayId, null, async () => {
    const response = await scope.api.get<GatewayLog[]>(logsPath(scope, gatewayId), {
      query,
      signal: scope.signal,
    });
    const info = response.resultInfo;
    return {
      logs: response.result ?? [],
      page: info?.page ?? Number(query.page ?? 1),
      perPage: info?.perPage ?? Number(query.per_page ?? 20),
      totalCount: info?.totalCount,
      info: info?.raw ?? {},
    };
  });
}

export async function getLog(
  scope: ApiScope,
  gatewayId: string,
  logId: string,
): Promise<Record<string, unknown>> {
  return guard(gatewayId, logId, async () => {
    const response = await scope.api.get<Record<string, unknown>>(
      `${logsPath(scope, gatewayId)}${apiPath`/${logId}`}`,
      { signal: scope.signal },
    );
    return response.result;
  });
}

/** The stored request or response body; the API answers it bare, without an envelope. */
export async function getLogBody(
  scope: ApiScope,
  gatewayId: string,
  logId: string,
  part: "request" | "response",
): Promise<unknown> {
  return guard(gatewayId, logId, async () => {
    const response = await scope.api.requestRaw({
      method: "GET",
      path: `${logsPath(scope, gatewayId)}${apiPath`/${logId}/${part}`}`,
      signal: scope.signal,
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  });
}

async function guard<T>(
  gatewayId: string,
  logId: string | null,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isCloudflareApiError(error) && error.status === 404) {
      const what = logId
        ? `No log "${logId}" in gateway "${gatewayId}" (or no such gateway).`
        : `No gateway "${gatewayId}" in this account.`;
      throw new ToolError(what, {
        hint: logId
          ? "Take log ids from ai_gateway_list_logs for the same gateway_id."
          : "List the account's gateways with ai_gateway_list_gateways and use one of their ids.",
        code: 7002,
        cause: error,
      });
    }
    throw error;
  }
}

function gatewaysPath(scope: ApiScope): string {
  return apiPath`/accounts/${scope.accountId}/ai-gateway/gateways`;
}

function logsPath(scope: ApiScope, gatewayId: string): string {
  return apiPath`/accounts/${scope.accountId}/ai-gateway/gateways/${gatewayId}/logs`;
}
