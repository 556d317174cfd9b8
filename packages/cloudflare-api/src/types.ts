/**
 * Public types of the Cloudflare v4 API client: requests, bodies, responses, the envelope's
 * error/message/result_info parts (normalised to camelCase), client and pagination options.
 * @module
 */

export type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One query value. `undefined`/`null` are left out; arrays repeat the key (`a=1&a=2`). */
export type QueryValue = string | number | boolean | undefined | null | Array<string | number>;

export type ApiQuery = Record<string, QueryValue>;

/**
 * A request body:
 * - `json`: serialised with `JSON.stringify`, sent as `application/json`.
 * - `form`: sent as `multipart/form-data`; the runtime writes the boundary, so no content type is set.
 * - `raw`: sent as is, with `contentType` when given. A `ReadableStream` can be sent only once,
 *   so such requests are never retried.
 */
export type ApiBody =
  | { json: unknown }
  | { form: FormData }
  | { raw: BodyInit; contentType?: string };

export interface ApiRequest {
  method: ApiMethod;
  /** Path relative to the base URL, e.g. `/accounts/<id>/secrets_store/stores`. */
  path: string;
  query?: ApiQuery;
  body?: ApiBody;
  /** Extra headers. They may replace `Accept` or `User-Agent`, never `Authorization`. */
  headers?: Record<string, string>;
  /** Cancels the request (and any wait between retries). */
  signal?: AbortSignal;
  /**
   * Epoch milliseconds after which nothing more is tried: an attempt is cut at the deadline even
   * when its own timeout is longer, and no retry is scheduled that would wait past it. Callers
   * with a time budget (a tool call) pass its end, so retries never outlive the caller.
   */
  deadline?: number;
}

/** Everything of an {@link ApiRequest} except method and path, for `get`/`post`/... */
export type ApiRequestInit = Omit<ApiRequest, "method" | "path">;

/** One entry of the envelope's `errors` (or of an error's `error_chain`). */
export interface ApiErrorDetail {
  /** Cloudflare error code; 0 when the API sent none. */
  code: number;
  message: string;
  documentationUrl?: string;
  errorChain?: ApiErrorDetail[];
  source?: { pointer?: string };
}

/** One entry of the envelope's `messages`. */
export interface ApiMessage {
  code?: number;
  message: string;
  documentationUrl?: string;
  source?: { pointer?: string };
}

/** The envelope's `result_info`, camelCased. `raw` keeps every field as sent (e.g. AI Gateway's `max_cost`). */
export interface ResultInfo {
  page?: number;
  perPage?: number;
  count?: number;
  totalCount?: number;
  totalPages?: number;
  cursor?: string;
  cursors?: { before?: string; after?: string };
  raw: Record<string, unknown>;
}

export interface ApiResponse<T> {
  result: T;
  resultInfo?: ResultInfo;
  messages: ApiMessage[];
  status: number;
  headers: Headers;
}

export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  maxRetries?: number;
  /** Budget for all attempts and waits together, from the first attempt. Default 10_000. */
  maxElapsedMs?: number;
  /** First backoff delay; doubles per retry, with jitter. Default 250. */
  baseDelayMs?: number;
  /** Test seam: waits `ms`, rejecting when `signal` aborts. Default: a `setTimeout` wait. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Test seam: the clock in epoch milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Test seam: a number in [0, 1) for jitter. Default `Math.random`. */
  random?: () => number;
}

export interface CloudflareClientOptions {
  /** API token, sent as `Authorization: Bearer <token>`. Never appears in errors. */
  token: string;
  /** Default `https://api.cloudflare.com/client/v4`; a trailing slash is tolerated. */
  baseUrl?: string;
  /** e.g. `cloudflare-mcp-secrets-store/0.1.0`. */
  userAgent: string;
  /** Injectable for tests and service bindings. Default: the global `fetch`. */
  fetch?: typeof fetch;
  retry?: RetryOptions;
  /** Per attempt, until the response (and for envelope calls, its body) has arrived. Default 15_000. */
  timeoutMs?: number;
}

export interface PaginateOptions {
  /** Stop after this many pages. Default 20. */
  maxPages?: number;
  /** Stop once this many items are collected (the last page is cut). Default: no limit. */
  maxItems?: number;
  /** Sent as `per_page`. Default: whatever the endpoint uses. */
  perPage?: number;
}

export interface PaginateResult<T> {
  items: T[];
  /** False when `maxPages` or `maxItems` stopped the walk before the end. */
  complete: boolean;
  pagesFetched: number;
  /** `result_info.total_count` of the last page, when the API reports it. */
  totalCount?: number;
  /** Page-based walks: the page to request to resume (when not complete). */
  nextPage?: number;
  /** Cursor-based walks: the cursor to send to resume (when not complete). */
  nextCursor?: string;
  /**
   * Set when `maxItems` cut a page: how many items of the page at `nextPage`/`nextCursor`
   * were already returned, so a resumed walk should skip them.
   */
  resumeSkip?: number;
}
