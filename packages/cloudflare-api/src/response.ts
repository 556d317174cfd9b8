/**
 * Turns a received response (status, headers, body text) into an `ApiResponse` or a
 * `CloudflareApiError`. An error body is scrubbed of the API token before anything reads it, so
 * no error field can carry the token even if a proxy echoed request headers back.
 * @module
 */
import { parseEnvelope } from "./envelope";
import { CloudflareApiError } from "./errors";
import type { ApiMethod, ApiResponse } from "./types";

/** Length of the raw body kept in `internalMessage`. */
const INTERNAL_MESSAGE_LIMIT = 500;

export interface ReceivedResponse {
  status: number;
  headers: Headers;
  text: string;
}

export interface RequestContext {
  method: ApiMethod;
  path: string;
  attempts: number;
  /** The final response's `Retry-After`, in ms, when it sent one. */
  retryAfterMs?: number;
  /** Removes secrets (the token) from text. */
  redact: (text: string) => string;
}

/**
 * Reads a v4 envelope out of a response.
 * @throws CloudflareApiError for a non-2xx status, `success: false`, or a non-envelope body.
 */
export function toApiResponse<T>(
  received: ReceivedResponse,
  context: RequestContext,
): ApiResponse<T> {
  const { status, headers } = received;
  if (status < 200 || status >= 300) throw toApiError(received, context);
  // 204 No Content (and an empty 2xx body) has no envelope to read; the call still succeeded.
  if (status === 204 || received.text.trim() === "") {
    return { result: null as T, messages: [], status, headers };
  }
  const envelope = parseEnvelope(received.text, status);
  if (!envelope?.success) throw toApiError(received, context);
  return {
    result: envelope.result as T,
    ...(envelope.resultInfo ? { resultInfo: envelope.resultInfo } : {}),
    messages: envelope.messages,
    status,
    headers,
  };
}

/** Builds the error for a failed response, reading Cloudflare's errors when the body is an envelope. */
export function toApiError(
  received: ReceivedResponse,
  context: RequestContext,
): CloudflareApiError {
  const text = context.redact(received.text);
  const envelope = parseEnvelope(text, received.status);
  const rayId = received.headers.get("cf-ray") ?? undefined;
  return new CloudflareApiError({
    status: received.status,
    errors: envelope?.errors ?? [],
    messages: envelope?.messages ?? [],
    method: context.method,
    path: context.path,
    internalMessage: text.slice(0, INTERNAL_MESSAGE_LIMIT),
    envelope: envelope !== undefined,
    attempts: context.attempts,
    ...(rayId ? { rayId } : {}),
    ...(context.retryAfterMs !== undefined
      ? { retryAfterSeconds: Math.ceil(context.retryAfterMs / 1000) }
      : {}),
  });
}
