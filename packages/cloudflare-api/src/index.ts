/**
 * Public API of `@repo/cloudflare-api`, a fetch-based client for the Cloudflare v4 API.
 * Every export here is public API: add names deliberately, never `export *`.
 * @module
 */
export { CloudflareClient, DEFAULT_API_BASE_URL } from "./client";
export { type Envelope, parseEnvelope } from "./envelope";
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
export { apiPath, buildUrl, fillPath, type PathParams } from "./url";
