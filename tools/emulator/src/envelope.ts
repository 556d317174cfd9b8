/**
 * Builders for the Cloudflare v4 response envelope
 * (`{ success, errors, messages, result, result_info? }`) and the one error type
 * handlers throw. Every response the emulator serves under `/client/v4` goes through here,
 * so envelopes stay byte-for-byte consistent across products.
 */

/** One entry of `errors` or `messages`, as the v4 API writes it. */
export interface ApiMessage {
  code: number;
  message: string;
  /** Nested causes, used by the edge for header validation errors (e.g. 6003 -> 6111). */
  error_chain?: ApiMessage[];
  type?: string | null;
}

/** Pagination block of list responses. */
export interface ResultInfo {
  page: number;
  per_page: number;
  count: number;
  total_count: number;
  total_pages: number;
}

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" } as const;

/**
 * An API failure carrying its HTTP status and v4 error list. Handlers throw it; the dispatcher
 * renders it with {@link failure}. Anything thrown that is not an `ApiError` becomes a 500.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly errors: ApiMessage[];
  /** `result` of the failure envelope: `null` everywhere except where a product's spec differs. */
  readonly result: Record<string, never> | null;

  constructor(
    status: number,
    code: number,
    message: string,
    chain?: ApiMessage[],
    result: Record<string, never> | null = null,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.errors = [chain ? { code, message, error_chain: chain } : { code, message }];
    this.result = result;
  }
}

/** `200` envelope around a single result (or `null` for deletes). */
export function success(
  result: unknown,
  init: { status?: number; messages?: ApiMessage[]; resultInfo?: ResultInfo } = {},
): Response {
  const body: Record<string, unknown> = {
    success: true,
    errors: [],
    messages: init.messages ?? [],
    result,
  };
  if (init.resultInfo) body.result_info = init.resultInfo;
  return json(body, init.status ?? 200);
}

/** Failure envelope: `messages` empty and `result` `null` (or `{}` where a spec says so). */
export function failure(error: ApiError): Response {
  return json(
    { success: false, errors: error.errors, messages: [], result: error.result },
    error.status,
  );
}

/** A JSON response with the emulator's content type. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}
