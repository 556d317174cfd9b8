/**
 * Turning anything a tool handler throws into text a model can act on: what failed, the Cloudflare
 * code when there is one, and the next step. The next step of a Cloudflare error is the first
 * matching hint of the tool, then of the app (error-hints.ts), then the kit's generic one by code
 * and by status (cloudflare-hints.ts).
 */
import { isCloudflareApiError, isCloudflareNetworkError } from "@repo/cloudflare-api";
import { cloudflareCodeHint, cloudflareStatusHint } from "./cloudflare-hints";
import { type ErrorHint, matchErrorHint } from "./error-hints";
import { ToolError } from "./errors";

export interface ErrorContext {
  toolName: string;
  permission?: string;
  /** Tool hints first, then app hints. */
  hints?: readonly ErrorHint<never>[];
  /** The tool's parsed input, for hints that name what was asked. */
  input?: unknown;
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
      kind: error.kind ?? "ToolError",
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
    const hintContext = {
      ...(context.permission ? { permission: context.permission } : {}),
      ...(context.accountId ? { accountId: context.accountId } : {}),
    };
    const hint =
      matchErrorHint(context.hints ?? [], error, context.input as never) ??
      (code !== undefined ? cloudflareCodeHint(code, hintContext) : undefined) ??
      cloudflareStatusHint(error.status, hintContext, error.retryAfterSeconds);
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
