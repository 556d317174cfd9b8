/**
 * Turning anything a tool handler throws into text a model can act on: what failed, the Cloudflare
 * code when there is one, and the next step. Product hints (a tool's `errorHints`) win over the
 * generic ones here.
 */
import { isCloudflareApiError, isCloudflareNetworkError } from "@repo/cloudflare-api";
import { ToolError } from "./errors";

export interface ErrorContext {
  toolName: string;
  permission?: string;
  errorHints?: Readonly<Record<number, string>>;
  accountId?: string;
}

export interface DescribedError {
  text: string;
  /** First Cloudflare code, for logs. */
  code?: number;
  /** Error class name, for logs. */
  kind: string;
}

export class ToolTimeoutError extends Error {
  override readonly name = "ToolTimeoutError";
  constructor(readonly budgetMs: number) {
    super(`did not finish within ${Math.round(budgetMs / 1000)} s`);
  }
}

export function describeToolError(error: unknown, context: ErrorContext): DescribedError {
  if (error instanceof ToolError) {
    return {
      text: withNext(error.message, error.hint),
      kind: "ToolError",
      ...(error.code !== undefined ? { code: error.code } : {}),
    };
  }
  if (isCloudflareApiError(error)) {
    const lines = (
      error.errors.length > 0 ? error.errors : [{ code: 0, message: error.message }]
    ).map((detail) =>
      detail.code
        ? `Cloudflare API error ${detail.code}: ${detail.message}`
        : `Cloudflare API error: ${detail.message}`,
    );
    const code = error.codes[0];
    const hint =
      (code !== undefined ? context.errorHints?.[code] : undefined) ??
      (code !== undefined ? genericHint(code, context) : undefined) ??
      statusHint(error.status, context, error.retryAfterSeconds);
    return {
      text: withNext(`${lines.join("\n")} (HTTP ${error.status}).`, hint),
      kind: "CloudflareApiError",
      ...(code !== undefined ? { code } : {}),
    };
  }
  if (isCloudflareNetworkError(error)) {
    return {
      text: withNext(
        `Could not reach the Cloudflare API: ${error.message}`,
        "Retry in a few seconds; if it keeps failing, the API may be down (see cloudflarestatus.com).",
      ),
      kind: "CloudflareNetworkError",
    };
  }
  if (error instanceof ToolTimeoutError) {
    return {
      text: withNext(
        `${context.toolName} ${error.message} and was stopped.`,
        "Narrow the request (fewer items, a smaller page, a shorter time range) and call it again.",
      ),
      kind: "ToolTimeoutError",
    };
  }
  return {
    text: `${context.toolName} failed with an internal error. This is a bug in the server, not in your request; try again or use another tool.`,
    kind: error instanceof Error ? error.name : typeof error,
  };
}

function withNext(message: string, hint: string | undefined): string {
  return hint ? `${message}\nNext: ${hint}` : message;
}

function genericHint(code: number, context: ErrorContext): string | undefined {
  const account = context.accountId ? ` on account ${context.accountId}` : "";
  switch (code) {
    case 10000:
      return context.permission
        ? `The API token lacks the "${context.permission}" permission${account}, or cannot access that account. Add the permission to the token (Cloudflare dashboard > My Profile > API Tokens) or pick another account with accounts_list.`
        : `The API token lacks a permission this call needs${account}, or cannot access that account. Check the token's permissions, or pick another account with accounts_list.`;
    case 9109:
      return "The API token was refused for this resource. Check that it is active and covers this account and permission.";
    case 9106:
    case 6003:
    case 6111:
      return "The request's credentials were rejected. Reconnect with a valid Cloudflare API token.";
    case 1000:
      return "The API token is not valid. Create or roll a token in the Cloudflare dashboard and reconnect.";
    case 7003:
    case 7000:
      return "The path or an identifier in it does not exist. Check the id with the matching list tool.";
    case 1001:
      return "The request body was rejected as malformed. Check the arguments against the tool's schema.";
    default:
      return undefined;
  }
}

function statusHint(
  status: number,
  context: ErrorContext,
  retryAfterSeconds: number | undefined,
): string | undefined {
  if (status === 429) {
    return `Cloudflare rate-limited the request${retryAfterSeconds ? `; wait ${retryAfterSeconds} s` : ""} and try again with fewer calls.`;
  }
  if (status === 404)
    return "The resource was not found. Check the id with the matching list tool.";
  if (status === 403) return genericHint(10000, context);
  if (status >= 500) return "Cloudflare had an internal error. Retry shortly.";
  return undefined;
}
