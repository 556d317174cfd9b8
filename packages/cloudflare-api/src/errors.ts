/**
 * The two error types of the client. `CloudflareApiError`: the API answered, but not with a
 * successful envelope (Cloudflare codes, HTTP status, ray id). `CloudflareNetworkError`: no
 * answer (connection failure, timeout, caller abort). Both keep user-facing `message` apart
 * from log-only detail, and neither ever holds the API token.
 * @module
 */
import type { ApiErrorDetail, ApiMessage, ApiMethod } from "./types";

export interface CloudflareApiErrorInit {
  status: number;
  errors: ApiErrorDetail[];
  messages: ApiMessage[];
  method: ApiMethod;
  /** Request path without its query string. */
  path: string;
  /** Raw response body cut to 500 characters, for logs only. */
  internalMessage: string;
  /** False when the body was not a v4 JSON envelope (e.g. an HTML error page). */
  envelope: boolean;
  rayId?: string;
  /** The response's `Retry-After`, in whole seconds, when it sent one. */
  retryAfterSeconds?: number;
  /** Attempts made, including the first. */
  attempts: number;
}

/**
 * The API answered with a non-2xx status, `success: false`, or a body that is not a v4
 * envelope (e.g. an HTML 502 page from the edge). `message` is safe to show to users and
 * models; `internalMessage` (the raw body) is for logs only.
 */
export class CloudflareApiError extends Error {
  override readonly name = "CloudflareApiError";
  readonly status: number;
  readonly errors: ApiErrorDetail[];
  /** Top-level Cloudflare error codes, in order (codes of 0, meaning "none sent", left out). */
  readonly codes: number[];
  readonly messages: ApiMessage[];
  readonly rayId: string | undefined;
  readonly method: ApiMethod;
  readonly path: string;
  readonly internalMessage: string;
  readonly retryAfterSeconds: number | undefined;
  readonly attempts: number;

  constructor(init: CloudflareApiErrorInit) {
    super(describeApiError(init));
    this.status = init.status;
    this.errors = init.errors;
    this.codes = init.errors.map((error) => error.code).filter((code) => code !== 0);
    this.messages = init.messages;
    this.rayId = init.rayId;
    this.method = init.method;
    this.path = init.path;
    this.internalMessage = init.internalMessage;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.attempts = init.attempts;
  }
}

/** Why no response arrived: a connection failure, the per-attempt timeout, or the caller's signal. */
export type NetworkErrorKind = "network" | "timeout" | "aborted";

export interface CloudflareNetworkErrorInit {
  kind: NetworkErrorKind;
  method: ApiMethod;
  path: string;
  attempts: number;
  /** For `timeout`: the per-attempt limit. */
  timeoutMs?: number;
  /** For `network`: the runtime's description of the failure (already free of secrets). */
  detail?: string;
}

/**
 * No response arrived. The original thrown value is deliberately not kept as `cause`: a custom
 * `fetch` could put request details (headers, token) into it.
 */
export class CloudflareNetworkError extends Error {
  override readonly name = "CloudflareNetworkError";
  readonly kind: NetworkErrorKind;
  readonly method: ApiMethod;
  readonly path: string;
  readonly attempts: number;

  constructor(init: CloudflareNetworkErrorInit) {
    super(describeNetworkError(init));
    this.kind = init.kind;
    this.method = init.method;
    this.path = init.path;
    this.attempts = init.attempts;
  }
}

export function isCloudflareApiError(error: unknown): error is CloudflareApiError {
  return error instanceof CloudflareApiError;
}

export function isCloudflareNetworkError(error: unknown): error is CloudflareNetworkError {
  return error instanceof CloudflareNetworkError;
}

/** True when `error` is a `CloudflareApiError` carrying `code`, at top level or in an `error_chain`. */
export function hasCode(error: unknown, code: number): boolean {
  return isCloudflareApiError(error) && error.errors.some((detail) => detailHasCode(detail, code));
}

function detailHasCode(detail: ApiErrorDetail, code: number): boolean {
  return detail.code === code || (detail.errorChain ?? []).some((d) => detailHasCode(d, code));
}

function describeApiError(init: CloudflareApiErrorInit): string {
  const context = [`HTTP ${init.status}, ${init.method} ${init.path}`];
  if (init.retryAfterSeconds !== undefined) {
    context.push(`retry after ${init.retryAfterSeconds} s`);
  }
  if (init.attempts > 1) context.push(`${init.attempts} attempts`);
  const summary = init.envelope
    ? describeErrors(init.errors)
    : "Cloudflare API returned a body that is not a JSON envelope";
  return `${summary} (${context.join("; ")})`;
}

function describeErrors(errors: ApiErrorDetail[]): string {
  const described = errors.filter((error) => error.code !== 0 || error.message !== "");
  if (described.length === 0) return "Cloudflare API request failed";
  const parts = described.map((error) =>
    error.code === 0 ? error.message : `${error.code}: ${error.message}`,
  );
  const noun = described.length === 1 ? "error" : "errors";
  const separator = described[0]?.code === 0 && described.length === 1 ? ": " : " ";
  return `Cloudflare API ${noun}${separator}${parts.join("; ")}`;
}

function describeNetworkError(init: CloudflareNetworkErrorInit): string {
  const attempts = init.attempts > 1 ? `, ${init.attempts} attempts` : "";
  const where = `(${init.method} ${init.path}${attempts})`;
  switch (init.kind) {
    case "timeout":
      return `Cloudflare API request timed out after ${init.timeoutMs} ms ${where}`;
    case "aborted":
      return `Cloudflare API request was aborted by the caller ${where}`;
    case "network":
      return `Cloudflare API request failed before a response arrived: ${init.detail ?? "network error"} ${where}`;
  }
}
