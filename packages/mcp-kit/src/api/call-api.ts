/**
 * `call.api`: the Cloudflare API as one tool call sees it. It is already bound to the call: every
 * request carries the call's abort signal and deadline (so retries never outlive the time
 * budget), `{account_id}` in a path is the call's account, and requests are counted against the
 * call's request budget. Tools write paths the way the OpenAPI spec does:
 * `call.api.get("/accounts/{account_id}/secrets_store/stores/{store_id}", { params: { store_id } })`.
 */
import {
  type ApiBody,
  type ApiMethod,
  type ApiQuery,
  type ApiResponse,
  type CloudflareClient,
  fillPath,
  type PathParams,
} from "@repo/cloudflare-api";
import { ToolError } from "../tools/errors";
import { type Page, type PageRequest, pagingOf } from "./paging";

/** Cloudflare allows 1,200 requests per 5 minutes per user: one call may never use more. */
export const DEFAULT_MAX_API_REQUESTS = 1_200;

export interface CallRequestInit {
  /** Values of the path's `{placeholders}` other than `{account_id}`, each encoded as one segment. */
  params?: PathParams;
  query?: ApiQuery;
  body?: ApiBody;
  /** Extra headers (never `Authorization`). */
  headers?: Record<string, string>;
}

export interface CallRequest extends CallRequestInit {
  method: ApiMethod;
  path: string;
}

export interface CallApi {
  /** Sends a request and returns the envelope's `result`. */
  get<T>(path: string, init?: CallRequestInit): Promise<T>;
  post<T>(path: string, init?: CallRequestInit): Promise<T>;
  put<T>(path: string, init?: CallRequestInit): Promise<T>;
  patch<T>(path: string, init?: CallRequestInit): Promise<T>;
  delete<T>(path: string, init?: CallRequestInit): Promise<T>;
  /** The whole parsed response: `result`, `resultInfo`, `messages`, status and headers. */
  request<T>(request: CallRequest): Promise<ApiResponse<T>>;
  /** An endpoint that answers without the v4 envelope (script downloads, log bodies): the 2xx `Response`, unread. */
  raw(request: CallRequest): Promise<Response>;
  /** One page of a list endpoint (`result` is an array) with the kit's paging facts. */
  page<T>(path: string, page: PageRequest, init?: CallRequestInit): Promise<Page<T>>;
  /** Requests this call has sent so far (for tools that report what a scan cost). */
  readonly requestCount: number;
}

export interface CallScope {
  client: CloudflareClient;
  signal: AbortSignal;
  /** Epoch ms after which no request or retry starts. */
  deadline: number;
  /** The call's account (once resolved or selected), filled into `{account_id}`. */
  accountId: () => string | undefined;
  maxRequests: number;
}

export function createCallApi(scope: CallScope): CallApi {
  let count = 0;
  const prepare = (request: CallRequest) => {
    if (count >= scope.maxRequests) {
      throw new ToolError(
        `This call reached its budget of ${scope.maxRequests} Cloudflare API requests (Cloudflare allows 1,200 per 5 minutes per user).`,
        { hint: "Narrow the request (a shorter time range, fewer items) and call again." },
      );
    }
    count += 1;
    const accountId = scope.accountId();
    const params =
      accountId !== undefined ? { account_id: accountId, ...request.params } : request.params;
    return {
      method: request.method,
      path: fillPath(request.path, params),
      ...(request.query ? { query: request.query } : {}),
      ...(request.body ? { body: request.body } : {}),
      ...(request.headers ? { headers: request.headers } : {}),
      signal: scope.signal,
      deadline: scope.deadline,
    };
  };
  const request = <T>(req: CallRequest) => scope.client.request<T>(prepare(req));
  const result =
    (method: ApiMethod) =>
    async <T>(path: string, init: CallRequestInit = {}): Promise<T> =>
      (await request<T>({ ...init, method, path })).result;
  return {
    get: result("GET"),
    post: result("POST"),
    put: result("PUT"),
    patch: result("PATCH"),
    delete: result("DELETE"),
    request,
    raw: (req) => scope.client.requestRaw(prepare(req)),
    async page<T>(path: string, page: PageRequest, init: CallRequestInit = {}) {
      const response = await request<T[] | null>({
        ...init,
        method: "GET",
        path,
        query: { ...init.query, page: page.page, per_page: page.per_page },
      });
      const items = response.result ?? [];
      return { items, paging: pagingOf(response.resultInfo, page, items.length) };
    },
    get requestCount() {
      return count;
    },
  };
}
