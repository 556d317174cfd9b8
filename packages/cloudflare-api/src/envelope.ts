/**
 * Parsing of the v4 response envelope
 * (`{ success, errors, messages, result, result_info }`) into camelCased values. Tolerant of the
 * variations seen across Cloudflare products: missing `success`, string messages, errors
 * without a code, `result_info` with extra fields.
 * @module
 */
import type { ApiErrorDetail, ApiMessage, ResultInfo } from "./types";

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
