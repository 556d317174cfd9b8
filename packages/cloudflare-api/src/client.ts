/**
 * `CloudflareClient`: sends authenticated requests to the Cloudflare v4 API with per-attempt
 * timeouts and bounded retries, and returns parsed envelopes (`request`) or raw responses
 * (`requestRaw`). Uses only `fetch` and web APIs, so it runs in Workers.
 * @module
 */
import { attemptFetch, NoResponse, type Received } from "./attempt";
import { encodeBody } from "./body";
import { CloudflareNetworkError } from "./errors";
import { paginate } from "./paginate";
import { type RequestContext, toApiError, toApiResponse } from "./response";
import {
  isRetryableNetworkFailure,
  isRetryableStatus,
  parseRetryAfter,
  planRetry,
  type RetryPolicy,
  resolveRetryPolicy,
} from "./retry";
import type {
  ApiRequest,
  ApiRequestInit,
  ApiResponse,
  CloudflareClientOptions,
  PaginateOptions,
  PaginateResult,
} from "./types";
import { buildUrl } from "./url";

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
