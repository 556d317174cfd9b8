/**
 * The outbound gate of `execute`: the only way agent code reaches the network. It lives in the
 * host, holds the caller's API client (so the token never enters the isolate or the local sandbox
 * process), reaches only the Cloudflare API, refuses writes on read-only connections before
 * sending them, counts requests, and answers every request with the API's envelope instead of
 * throwing, so code can branch on it. Its request and response types are the in-isolate API's
 * (isolate/execute.d.ts), the same text the tool description shows.
 */
import {
  type ApiBody,
  type ApiMethod,
  isCloudflareApiError,
  parseEnvelope,
} from "@repo/cloudflare-api";
import type { CallApi } from "@repo/mcp-kit";
import type { CloudflareResponse, WireRequest } from "./isolate/execute";

export const DEFAULT_MAX_REQUESTS = 50;
const METHODS: readonly ApiMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const PUBLIC_API_ORIGIN = "https://api.cloudflare.com";
const PUBLIC_API_PREFIX = "/client/v4";
/** Non-JSON responses (script downloads, logs) are returned as text up to this size. */
const MAX_TEXT_RESULT_CHARS = 200_000;

/**
 * What arrives from the isolate: `cloudflare.request`'s argument after the isolate encoded
 * uploads, but from untrusted code, so every field is checked.
 */
export type GateRequest = { [K in keyof WireRequest]?: unknown };

export type GateResponse = CloudflareResponse;

/** One request as the tool reports it afterwards. */
export interface GateLogEntry {
  method: string;
  path: string;
  status: number;
  /** Cloudflare error codes of a failed request. */
  codes?: number[];
  /** Set when the gate refused the request without sending it. */
  refused?: string;
}

export interface ApiGateOptions {
  /** The tool call's API client: already bound to the call's signal, deadline and budget. */
  api: CallApi;
  readOnly: boolean;
  maxRequests?: number;
  /**
   * Asked before each request is sent (after the read-only and path checks): return a reason to
   * refuse it, e.g. an OAuth scope the grant lacks. The reason is shown to the model.
   */
  mayRequest?: (request: { method: ApiMethod; path: string }) => string | undefined;
}

export class ApiGate {
  readonly #options: ApiGateOptions;
  readonly #log: GateLogEntry[] = [];
  #closed = false;

  constructor(options: ApiGateOptions) {
    this.#options = options;
  }

  /** The requests made so far (host side only; not reachable over RPC as a property). */
  requests(): GateLogEntry[] {
    return [...this.#log];
  }

  /** Ends the call: code still running in the isolate after a timeout cannot send anything. */
  close(): void {
    this.#closed = true;
  }

  async request(input: GateRequest): Promise<GateResponse> {
    if (input === null || typeof input !== "object") {
      throw new TypeError("cloudflare.request takes an object: { method, path, query, body }");
    }
    const method = String(input.method ?? "GET").toUpperCase();
    const shownPath = typeof input?.path === "string" ? input.path : String(input?.path);
    const refuse = (reason: string): never => {
      this.#log.push({ method, path: shownPath, status: 0, refused: reason });
      throw new Error(reason);
    };
    if (this.#closed) throw new Error("This execute call has ended; nothing more is sent.");
    if (!METHODS.includes(method as ApiMethod)) {
      refuse(`Unsupported method "${method}": use one of ${METHODS.join(", ")}.`);
    }
    const path = apiPath(input?.path, refuse);
    if (this.#options.readOnly && method !== "GET") {
      refuse(
        `This connection is read-only: ${method} ${path} was not sent. Only GET requests are allowed; to make changes, reconnect without ?readonly=true (or re-authorize with write scopes).`,
      );
    }
    const refusal = this.#options.mayRequest?.({ method: method as ApiMethod, path });
    if (refusal) refuse(`${method} ${path} was not sent: ${refusal}`);
    const max = this.#options.maxRequests ?? DEFAULT_MAX_REQUESTS;
    if (this.#log.filter((entry) => !entry.refused).length >= max) {
      refuse(
        `Request limit reached: at most ${max} requests per execute call. Split the work into several calls.`,
      );
    }
    return this.#send(method as ApiMethod, path, input);
  }

  async #send(method: ApiMethod, path: string, input: GateRequest): Promise<GateResponse> {
    const entry: GateLogEntry = { method, path, status: 0 };
    this.#log.push(entry);
    const body = requestBody(input);
    try {
      const response = await this.#options.api.raw({
        method,
        path,
        ...(isQuery(input.query) ? { query: input.query } : {}),
        ...(body ? { body } : {}),
        ...(isRecord(input.headers) ? { headers: safeHeaders(input.headers) } : {}),
      });
      entry.status = response.status;
      return await readEnvelope(response);
    } catch (error) {
      if (isCloudflareApiError(error)) {
        entry.status = error.status;
        entry.codes = error.codes;
        return {
          success: false,
          status: error.status,
          result: null,
          errors: error.errors.map((detail) => ({ code: detail.code, message: detail.message })),
          messages: [],
        };
      }
      throw new Error(error instanceof Error ? error.message : "The request failed.");
    }
  }
}

/** A path relative to the API base; full URLs are accepted only for the Cloudflare API itself. */
function apiPath(raw: unknown, refuse: (reason: string) => never): string {
  if (typeof raw !== "string" || raw.trim() === "") {
    return refuse('cloudflare.request needs a path, e.g. { path: "/accounts" }.');
  }
  let path = raw.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) {
    let url: URL;
    try {
      url = new URL(path);
    } catch {
      return refuse(`"${path}" is not a valid URL.`);
    }
    if (url.origin !== PUBLIC_API_ORIGIN || !url.pathname.startsWith(PUBLIC_API_PREFIX)) {
      return refuse(
        `cloudflare.request only reaches the Cloudflare API (${PUBLIC_API_ORIGIN}${PUBLIC_API_PREFIX}); ${url.host} is not allowed. Pass a path such as "/zones".`,
      );
    }
    path = url.pathname.slice(PUBLIC_API_PREFIX.length) + url.search;
  }
  if (!path.startsWith("/")) path = `/${path}`;
  if (path.startsWith(`${PUBLIC_API_PREFIX}/`)) path = path.slice(PUBLIC_API_PREFIX.length);
  const unfilled = path.match(/\{[^}]+\}/);
  if (unfilled) return refuse(`Fill in the path parameter ${unfilled[0]} in ${path}.`);
  if (/\/(undefined|null)(\/|$|\?)/.test(path)) {
    return refuse(
      `The path ${path} contains "undefined" or "null": a variable was not set (accountId is undefined when no account was chosen; pass account_id).`,
    );
  }
  return path;
}

function requestBody(input: GateRequest): ApiBody | undefined {
  const contentType = typeof input.contentType === "string" ? input.contentType : undefined;
  const raw = input.rawBody;
  if (typeof raw === "string" || raw instanceof Uint8Array || raw instanceof ArrayBuffer) {
    return { raw, ...(contentType ? { contentType } : {}) };
  }
  if (input.body === undefined) return undefined;
  if (contentType && !/json/i.test(contentType)) {
    return {
      raw: typeof input.body === "string" ? input.body : JSON.stringify(input.body),
      contentType,
    };
  }
  return { json: input.body };
}

function isQuery(value: unknown): value is Record<string, string | number | boolean> {
  return isRecord(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Agent code may set content negotiation headers, never credentials. */
function safeHeaders(headers: Record<string, unknown>): Record<string, string> {
  const safe: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (/^(authorization|x-auth-key|x-auth-email|x-auth-user-service-key|cookie|host)$/i.test(name))
      continue;
    safe[name] = String(value);
  }
  return safe;
}

async function readEnvelope(response: Response): Promise<GateResponse> {
  const text = await response.text();
  if (/json/i.test(response.headers.get("content-type") ?? "") && text !== "") {
    const envelope = parseEnvelope(text, response.status);
    if (envelope) {
      return {
        success: envelope.success,
        status: response.status,
        result: envelope.result,
        errors: envelope.errors.map(({ code, message }) => ({ code, message })),
        messages: envelope.messages,
        ...(envelope.resultInfo ? { result_info: envelope.resultInfo.raw } : {}),
      };
    }
    try {
      return {
        success: true,
        status: response.status,
        result: JSON.parse(text) as unknown,
        errors: [],
        messages: [],
      };
    } catch {
      // Not JSON after all: fall through to text.
    }
  }
  const truncated = text.length > MAX_TEXT_RESULT_CHARS;
  return {
    success: true,
    status: response.status,
    result: truncated ? text.slice(0, MAX_TEXT_RESULT_CHARS) : text,
    errors: [],
    messages: truncated
      ? [{ message: `Body truncated to ${MAX_TEXT_RESULT_CHARS} characters.` }]
      : [],
  };
}
