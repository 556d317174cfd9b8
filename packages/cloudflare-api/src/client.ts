/**
 * One HTTP request to the Cloudflare v4 API, whole: `CloudflareClient` builds the URL (refusing
 * paths that would leave the base URL), encodes the body, sends attempts under a per-attempt
 * timeout and retries what the retry policy allows, then hands the answer to `./response`
 * (parsed envelopes from `request`, raw responses from `requestRaw`). Uses only `fetch` and web
 * APIs, so it runs in Workers.
 * @module
 */
import { CloudflareNetworkError, type NetworkErrorKind } from "./errors";
import { paginate } from "./paginate";
import { type RequestContext, toApiError, toApiResponse } from "./response";
import type {
  ApiBody,
  ApiMethod,
  ApiQuery,
  ApiRequest,
  ApiRequestInit,
  ApiResponse,
  CloudflareClientOptions,
  PaginateOptions,
  PaginateResult,
  RetryOptions,
} from "./types";

/** The public Cloudflare v4 API; servers point `CLOUDFLARE_API_BASE_URL` elsewhere (the emulator). */
export const DEFAULT_API_BASE_URL = "https://api.cloudflare.com/client/v4";

/** The final outcome of the retry loop. */
interface Settled {
  response: Response;
  text: string | undefined;
  attempts: number;
  retryAfterMs: number | undefined;
}

export class CloudflareClient {
  // ES private fields: the token can't be read, logged or serialised through the instance.
  readonly #token: string;
  readonly #baseUrl: string;
  readonly #userAgent: string;
  readonly #fetch: typeof fetch;
  readonly #retry: RetryPolicy;
  readonly #timeoutMs: number;

  /** @throws TypeError when `token` or `userAgent` is empty, or `baseUrl` is not a URL. */
  constructor(options: CloudflareClientOptions) {
    if (!options.token) throw new TypeError("CloudflareClient: token is required");
    if (!options.userAgent) throw new TypeError("CloudflareClient: userAgent is required");
    this.#token = options.token;
    this.#baseUrl = new URL(options.baseUrl || DEFAULT_API_BASE_URL).href;
    this.#userAgent = options.userAgent;
    const fetchImpl = options.fetch ?? fetch;
    // Called through a plain function: workerd rejects `fetch` invoked with a foreign `this`.
    this.#fetch = (input, init) => fetchImpl(input, init);
    this.#retry = resolveRetryPolicy(options.retry);
    this.#timeoutMs = options.timeoutMs ?? 15_000;
  }

  /**
   * Sends a request and returns the envelope's `result`, `result_info` and `messages`.
   * A 204 or empty 2xx body gives `result: null`.
   * @throws CloudflareApiError for non-2xx, `success: false`, or a body that is not an envelope.
   * @throws CloudflareNetworkError when no response arrived (after any retries).
   * @throws TypeError when the path would leave the base URL.
   */
  async request<T>(req: ApiRequest): Promise<ApiResponse<T>> {
    const settled = await this.#send(req, true);
    return toApiResponse<T>(
      {
        status: settled.response.status,
        headers: settled.response.headers,
        text: settled.text ?? "",
      },
      this.#context(req, settled),
    );
  }

  /**
   * Sends a request to an endpoint that does not answer with an envelope (e.g. a Worker script
   * download) and returns the 2xx `Response` with its body unread.
   * @throws CloudflareApiError for a non-2xx status (Cloudflare errors read when the body is an envelope).
   * @throws CloudflareNetworkError when no response arrived (after any retries).
   */
  async requestRaw(req: ApiRequest): Promise<Response> {
    const settled = await this.#send(req, false);
    const { response } = settled;
    if (response.ok) return response;
    const text = settled.text ?? "";
    throw toApiError(
      { status: response.status, headers: response.headers, text },
      this.#context(req, settled),
    );
  }

  get<T>(path: string, init: ApiRequestInit = {}): Promise<ApiResponse<T>> {
    return this.request<T>({ ...init, method: "GET", path });
  }

  post<T>(path: string, init: ApiRequestInit = {}): Promise<ApiResponse<T>> {
    return this.request<T>({ ...init, method: "POST", path });
  }

  put<T>(path: string, init: ApiRequestInit = {}): Promise<ApiResponse<T>> {
    return this.request<T>({ ...init, method: "PUT", path });
  }

  patch<T>(path: string, init: ApiRequestInit = {}): Promise<ApiResponse<T>> {
    return this.request<T>({ ...init, method: "PATCH", path });
  }

  delete<T>(path: string, init: ApiRequestInit = {}): Promise<ApiResponse<T>> {
    return this.request<T>({ ...init, method: "DELETE", path });
  }

  /**
   * Follows page-based or cursor-based pagination of a list endpoint (whose `result` is an
   * array), stopping at `maxPages` (default 20) or `maxItems`. See `PaginateResult` for resuming.
   * @throws the errors of `request`, and TypeError when a page's `result` is not an array.
   */
  paginate<T>(req: ApiRequest, options: PaginateOptions = {}): Promise<PaginateResult<T>> {
    return paginate<T>((pageReq) => this.request<unknown>(pageReq), req, options);
  }

  async #send(req: ApiRequest, readBodyAlways: boolean): Promise<Settled> {
    const url = buildUrl(this.#baseUrl, req.path, req.query);
    const headers = this.#headers(req);
    const { body, replayable } = encodeBody(req.body, headers);
    const policy = this.#retry;
    const startedAt = policy.now();

    for (let attempts = 1; ; attempts++) {
      const retryState = {
        retriesDone: attempts - 1,
        startedAt,
        ...(req.deadline !== undefined ? { deadline: req.deadline } : {}),
      };
      const timeoutMs =
        req.deadline === undefined
          ? this.#timeoutMs
          : Math.max(1, Math.min(this.#timeoutMs, req.deadline - policy.now()));
      let received: Received;
      try {
        received = await attemptFetch({
          fetch: this.#fetch,
          url,
          init: { method: req.method, headers, body },
          callerSignal: req.signal,
          timeoutMs,
          readBodyAlways,
        });
      } catch (failure) {
        if (!(failure instanceof NoResponse)) throw failure;
        const error = this.#networkError(req, failure, attempts);
        const retryable =
          failure.kind !== "aborted" && replayable && isRetryableNetworkFailure(req.method);
        const decision = retryable ? planRetry(policy, retryState) : undefined;
        if (!decision?.retry) throw error;
        await this.#wait(decision.delayMs, req, attempts);
        continue;
      }

      const { response, text } = received;
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), policy.now());
      if (replayable && isRetryableStatus(req.method, response.status)) {
        const decision = planRetry(policy, { ...retryState, retryAfterMs });
        if (decision.retry) {
          await this.#wait(decision.delayMs, req, attempts);
          continue;
        }
      }
      return { response, text, attempts, retryAfterMs };
    }
  }

  async #wait(ms: number, req: ApiRequest, attempts: number): Promise<void> {
    try {
      await this.#retry.sleep(ms, req.signal);
    } catch {
      throw this.#networkError(req, new NoResponse("aborted"), attempts);
    }
    if (req.signal?.aborted) throw this.#networkError(req, new NoResponse("aborted"), attempts);
  }

  #headers(req: ApiRequest): Headers {
    const headers = new Headers({ accept: "application/json", "user-agent": this.#userAgent });
    for (const [name, value] of Object.entries(req.headers ?? {})) headers.set(name, value);
    headers.set("authorization", `Bearer ${this.#token}`);
    return headers;
  }

  #networkError(req: ApiRequest, failure: NoResponse, attempts: number): CloudflareNetworkError {
    return new CloudflareNetworkError({
      kind: failure.kind,
      method: req.method,
      path: displayPath(req.path),
      attempts,
      timeoutMs: this.#timeoutMs,
      // The runtime's description may quote the request; keep it short and token-free.
      ...(failure.detail !== undefined
        ? { detail: this.#redact(failure.detail).slice(0, 200) }
        : {}),
    });
  }

  #context(req: ApiRequest, settled: Settled): RequestContext {
    return {
      method: req.method,
      path: displayPath(req.path),
      attempts: settled.attempts,
      redact: (text: string) => this.#redact(text),
      ...(settled.retryAfterMs !== undefined ? { retryAfterMs: settled.retryAfterMs } : {}),
    };
  }

  #redact(text: string): string {
    return text.replaceAll(this.#token, "[redacted]");
  }
}

/** The request path as shown in errors: without the query string, with a leading slash. */
function displayPath(path: string): string {
  const [pathOnly = ""] = path.split("?");
  return pathOnly.startsWith("/") ? pathOnly : `/${pathOnly}`;
}

// URL building: joins the base URL and an API path, appends the query, and refuses paths that
// would leave the base URL (dot segments, absolute URLs), so a caller-supplied id can't
// redirect a request to another endpoint.

/** Dot segments, including percent-encoded ones: the URL parser resolves `%2e%2e` like `..`. */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/**
 * Builds the request URL from the base URL (trailing slash tolerated), a path relative to it
 * (leading slash optional; may carry its own `?query`) and query parameters.
 *
 * @throws TypeError when the path is absolute, contains `.`/`..` segments or a backslash, or
 *   would otherwise resolve outside the base URL.
 */
export function buildUrl(baseUrl: string, path: string, query?: ApiQuery): URL {
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/+$/, "");
  const [pathOnly = "", pathQuery] = splitOnce(path, "?");
  if (/^[a-z][a-z0-9+.-]*:/i.test(pathOnly) || pathOnly.includes("\\")) {
    throw new TypeError("API path must be relative to the base URL");
  }
  const segments = pathOnly.split("/").filter((segment) => segment !== "");
  if (segments.some((segment) => DOT_SEGMENT.test(segment))) {
    throw new TypeError("API path must not contain '.' or '..' segments");
  }
  const url = new URL(base.origin);
  url.pathname = `${basePath}/${segments.join("/")}`;
  if (pathQuery !== undefined) url.search = pathQuery;
  if (url.origin !== base.origin || !url.pathname.startsWith(`${basePath}/`)) {
    throw new TypeError("API path resolves outside the base URL");
  }
  appendQuery(url.searchParams, query);
  return url;
}

function appendQuery(params: URLSearchParams, query: ApiQuery | undefined): void {
  if (!query) return;
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) params.append(key, String(item));
    } else {
      params.append(key, String(value));
    }
  }
}

function splitOnce(value: string, separator: string): [string, string | undefined] {
  const index = value.indexOf(separator);
  return index === -1 ? [value, undefined] : [value.slice(0, index), value.slice(index + 1)];
}

/**
 * Tagged template for API paths that percent-encodes every interpolated value as one path
 * segment, so an id like `a/b` or `?x` can't change the route:
 * `apiPath\`/accounts/${accountId}/secrets_store/stores/${storeId}\``.
 *
 * @throws TypeError when an interpolated value is empty (it would collapse the path).
 */
export function apiPath(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  let path = strings[0] ?? "";
  values.forEach((value, index) => {
    const text = String(value);
    if (text === "") throw new TypeError("apiPath: an interpolated path segment is empty");
    path += encodeURIComponent(text) + (strings[index + 1] ?? "");
  });
  return path;
}

/** Values for the `{name}` placeholders of a path template. */
export type PathParams = Readonly<Record<string, string | number>>;

/**
 * Fills a path written the way the OpenAPI spec writes it,
 * `/accounts/{account_id}/secrets_store/stores/{store_id}`, percent-encoding each value as one
 * path segment (as {@link apiPath} does), so paths in code read like the spec's.
 *
 * @throws TypeError when a placeholder has no value or its value is empty.
 */
export function fillPath(template: string, params: PathParams = {}): string {
  return template.replace(/\{([a-z0-9_]+)\}/gi, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`fillPath: no value for {${name}} in ${template}`);
    const text = String(value);
    if (text === "") throw new TypeError(`fillPath: {${name}} is empty in ${template}`);
    return encodeURIComponent(text);
  });
}

// Turns an `ApiBody` into what `fetch` sends, setting the content type each kind needs.

export interface EncodedBody {
  body: BodyInit | undefined;
  /** False for a `ReadableStream`: it is consumed by the first attempt, so it can't be retried. */
  replayable: boolean;
}

/** Encodes `body` and sets (or clears) `content-type` on `headers` to match. */
export function encodeBody(body: ApiBody | undefined, headers: Headers): EncodedBody {
  if (body === undefined) return { body: undefined, replayable: true };
  if ("json" in body) {
    headers.set("content-type", "application/json");
    return { body: JSON.stringify(body.json) ?? "null", replayable: true };
  }
  if ("form" in body) {
    // The runtime writes `multipart/form-data; boundary=...`; a content type set by hand would
    // lack the boundary and make the body unreadable, so any caller-supplied one is dropped.
    headers.delete("content-type");
    return { body: body.form, replayable: true };
  }
  if (body.contentType !== undefined) headers.set("content-type", body.contentType);
  return { body: body.raw, replayable: !(body.raw instanceof ReadableStream) };
}

// One HTTP attempt: `fetch` under a per-attempt timeout that also follows the caller's abort
// signal, reporting "no response" as a `NoResponse` value the retry loop can classify.

/** What an attempt received: the response, with its body text when it was read. */
export interface Received {
  response: Response;
  text: string | undefined;
}

/** Thrown by `attemptFetch` when no response arrived. `detail` is the runtime's description. */
export class NoResponse {
  constructor(
    readonly kind: NetworkErrorKind,
    readonly detail?: string,
  ) {}
}

export interface Attempt {
  fetch: typeof fetch;
  url: URL;
  init: { method: string; headers: Headers; body: BodyInit | undefined };
  callerSignal: AbortSignal | undefined;
  timeoutMs: number;
  /** Read the body even on success (envelope calls); a raw success is handed over unread. */
  readBodyAlways: boolean;
}

/** @throws NoResponse for a caller abort, the timeout, or a connection failure. */
export async function attemptFetch(attempt: Attempt): Promise<Received> {
  const { callerSignal } = attempt;
  if (callerSignal?.aborted) throw new NoResponse("aborted");
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, attempt.timeoutMs);
  const onCallerAbort = (): void => controller.abort();
  callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  try {
    const response = await attempt.fetch(attempt.url, {
      ...attempt.init,
      signal: controller.signal,
    });
    // Reading the body stays under the timeout: a body that stalls is as bad as no response.
    const text = attempt.readBodyAlways || !response.ok ? await response.text() : undefined;
    return { response, text };
  } catch (error) {
    if (callerSignal?.aborted) throw new NoResponse("aborted");
    if (timedOut) throw new NoResponse("timeout");
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new NoResponse("network", detail);
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener("abort", onCallerAbort);
  }
}

// Retry policy: which failures are retried for which methods, how long to wait (exponential
// backoff with jitter, or the server's `Retry-After`), and when to give up (retry count and a
// total time budget).

export interface RetryPolicy {
  maxRetries: number;
  maxElapsedMs: number;
  baseDelayMs: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
  random: () => number;
}

export function resolveRetryPolicy(options: RetryOptions = {}): RetryPolicy {
  return {
    maxRetries: Math.max(0, options.maxRetries ?? 3),
    maxElapsedMs: Math.max(0, options.maxElapsedMs ?? 10_000),
    baseDelayMs: Math.max(0, options.baseDelayMs ?? 250),
    sleep: options.sleep ?? sleepWithSignal,
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
  };
}

/** GET, PUT and DELETE can be repeated without changing the outcome (RFC 9110 §9.2.2). */
export function isIdempotent(method: ApiMethod): boolean {
  return method === "GET" || method === "PUT" || method === "DELETE";
}

/**
 * Whether a response status is worth another attempt.
 *
 * - 429 and 503, for every method: the API refused the request before acting on it (rate limit,
 *   overload), so even a POST that creates something is safe to send again.
 * - Other 5xx, only for idempotent methods: a 500/502/504 can arrive after the write happened
 *   (the origin acted, then the edge lost the answer), and a repeated POST could create a
 *   duplicate. 501 and 505 are permanent and never retried.
 */
export function isRetryableStatus(method: ApiMethod, status: number): boolean {
  if (status === 429 || status === 503) return true;
  if (status < 500 || status === 501 || status === 505) return false;
  return isIdempotent(method);
}

/**
 * Whether a request that got no response may be sent again. Only idempotent methods: the
 * request may have reached the API before the connection failed or the timeout fired.
 */
export function isRetryableNetworkFailure(method: ApiMethod): boolean {
  return isIdempotent(method);
}

/**
 * Parses `Retry-After` (delay in seconds, or an HTTP date) into milliseconds from `nowMs`.
 * Returns `undefined` when absent or unparsable; dates in the past give 0.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

export type RetryDecision =
  | { retry: true; delayMs: number }
  | { retry: false; reason: "exhausted" | "budget" };

export interface RetryState {
  /** Retries already made (0 after the first attempt). */
  retriesDone: number;
  /** When the first attempt started (epoch ms). */
  startedAt: number;
  /** The server's `Retry-After`, in ms, when it sent one. */
  retryAfterMs?: number;
  /** The caller's deadline (epoch ms), when it has one. */
  deadline?: number;
}

/**
 * Decides whether to retry and how long to wait. The server's `Retry-After` replaces the
 * backoff; when the wait would end past `maxElapsedMs` or the caller's deadline we give up now
 * rather than sleep and fail anyway.
 */
export function planRetry(policy: RetryPolicy, state: RetryState): RetryDecision {
  if (state.retriesDone >= policy.maxRetries) return { retry: false, reason: "exhausted" };
  const delayMs = state.retryAfterMs ?? backoffDelay(policy, state.retriesDone);
  const now = policy.now();
  if (now - state.startedAt + delayMs > policy.maxElapsedMs)
    return { retry: false, reason: "budget" };
  if (state.deadline !== undefined && now + delayMs >= state.deadline) {
    return { retry: false, reason: "budget" };
  }
  return { retry: true, delayMs };
}

/**
 * Exponential backoff with "equal jitter": half the doubled delay is fixed, half random, so
 * concurrent clients spread out but never retry immediately.
 */
export function backoffDelay(policy: RetryPolicy, retryIndex: number): number {
  const ceiling = policy.baseDelayMs * 2 ** retryIndex;
  return Math.round(ceiling / 2 + policy.random() * (ceiling / 2));
}

function sleepWithSignal(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    function onAbort(): void {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
