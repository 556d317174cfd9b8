/**
 * Reading Cloudflare's answer: a received response (status, headers, body text) becomes an
 * `ApiResponse` or a `CloudflareApiError`, through the v4 envelope
 * (`{ success, errors, messages, result, result_info }`). An error body is scrubbed of the API
 * token before anything reads it, so no error field can carry the token even if a proxy echoed
 * request headers back.
 * @module
 */
import { CloudflareApiError } from "./errors";
import type { ApiErrorDetail, ApiMessage, ApiMethod, ApiResponse, ResultInfo } from "./types";

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

// Parsing of the v4 response envelope
// (`{ success, errors, messages, result, result_info }`) into camelCased values. Tolerant of the
// variations seen across Cloudflare products: missing `success`, string messages, errors
// without a code, `result_info` with extra fields.

export interface Envelope {
  success: boolean;
  errors: ApiErrorDetail[];
  messages: ApiMessage[];
  result: unknown;
  resultInfo?: ResultInfo;
}

/**
 * Parses a response body as a v4 envelope. Returns `undefined` when the body is not JSON or not
 * an envelope-shaped object (e.g. an HTML error page from the edge). When `success` is missing,
 * the call counts as successful if the HTTP status is 2xx and `errors` is empty.
 */
export function parseEnvelope(text: string, status: number): Envelope | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(body)) return undefined;
  const looksLikeEnvelope =
    typeof body.success === "boolean" || Array.isArray(body.errors) || "result" in body;
  if (!looksLikeEnvelope) return undefined;

  const errors = toArray(body.errors).flatMap(toErrorDetail);
  const success =
    typeof body.success === "boolean"
      ? body.success
      : status >= 200 && status < 300 && errors.length === 0;
  const resultInfo = toResultInfo(body.result_info);
  return {
    success,
    errors,
    messages: toArray(body.messages).flatMap(toMessage),
    result: body.result ?? null,
    ...(resultInfo ? { resultInfo } : {}),
  };
}

function toErrorDetail(value: unknown): ApiErrorDetail[] {
  if (typeof value === "string") return [{ code: 0, message: value }];
  if (!isRecord(value)) return [];
  const detail: ApiErrorDetail = {
    code: toInteger(value.code) ?? 0,
    message: typeof value.message === "string" ? value.message : "",
  };
  if (typeof value.documentation_url === "string" && value.documentation_url !== "") {
    detail.documentationUrl = value.documentation_url;
  }
  const chain = toArray(value.error_chain).flatMap(toErrorDetail);
  if (chain.length > 0) detail.errorChain = chain;
  const source = toSource(value.source);
  if (source) detail.source = source;
  return [detail];
}

function toMessage(value: unknown): ApiMessage[] {
  if (typeof value === "string") return [{ message: value }];
  if (!isRecord(value)) return [];
  const message: ApiMessage = { message: typeof value.message === "string" ? value.message : "" };
  const code = toInteger(value.code);
  if (code !== undefined) message.code = code;
  if (typeof value.documentation_url === "string" && value.documentation_url !== "") {
    message.documentationUrl = value.documentation_url;
  }
  const source = toSource(value.source);
  if (source) message.source = source;
  return [message];
}

function toResultInfo(value: unknown): ResultInfo | undefined {
  if (!isRecord(value)) return undefined;
  const info: ResultInfo = { raw: value };
  const page = toInteger(value.page);
  if (page !== undefined) info.page = page;
  const perPage = toInteger(value.per_page);
  if (perPage !== undefined) info.perPage = perPage;
  const count = toInteger(value.count);
  if (count !== undefined) info.count = count;
  const totalCount = toInteger(value.total_count);
  if (totalCount !== undefined) info.totalCount = totalCount;
  const totalPages = toInteger(value.total_pages);
  if (totalPages !== undefined) info.totalPages = totalPages;
  if (typeof value.cursor === "string") info.cursor = value.cursor;
  if (isRecord(value.cursors)) {
    const { before, after } = value.cursors;
    info.cursors = {
      ...(typeof before === "string" ? { before } : {}),
      ...(typeof after === "string" ? { after } : {}),
    };
  }
  return info;
}

function toSource(value: unknown): { pointer?: string } | undefined {
  if (!isRecord(value)) return undefined;
  return typeof value.pointer === "string" ? { pointer: value.pointer } : {};
}

/** Accepts integers sent as numbers or numeric strings (some products send `"page": "2"`). */
function toInteger(value: unknown): number | undefined {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) ? number : undefined;
}

function toArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
