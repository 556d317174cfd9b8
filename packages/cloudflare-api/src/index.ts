/**
 * Public API of `@repo/cloudflare-api`, a fetch-based client for the Cloudflare v4 API.
 * Every export here is public API: add names deliberately, never `export *`.
 * @module
 */
export {
  apiPath,
  buildUrl,
  CloudflareClient,
  DEFAULT_API_BASE_URL,
  fillPath,
  type PathParams,
} from "./client";
export {
  CloudflareApiError,
  type CloudflareApiErrorInit,
  CloudflareNetworkError,
  type CloudflareNetworkErrorInit,
  hasCode,
  isCloudflareApiError,
  isCloudflareNetworkError,
  type NetworkErrorKind,
} from "./errors";
export { type Envelope, parseEnvelope } from "./response";
export type {
  ApiBody,
  ApiErrorDetail,
  ApiMessage,
  ApiMethod,
  ApiQuery,
  ApiRequest,
  ApiRequestInit,
  ApiResponse,
  CloudflareClientOptions,
  PaginateOptions,
  PaginateResult,
  QueryValue,
  ResultInfo,
  RetryOptions,
} from "./types";
