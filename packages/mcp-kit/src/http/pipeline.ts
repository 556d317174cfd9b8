/**
 * The server Worker's HTTP side before MCP: a minimal middleware pipeline and the request guards
 * every MCP request passes. Each step is a named function `(http, next) => Response` that answers,
 * or passes on to the next step. Steps signal a refusal by throwing {@link HttpError};
 * {@link renderError} is the one place that turns it into a response, so every refusal has the
 * same shape (a JSON-RPC error, which MCP clients display). The guards: Host and Origin against
 * the allow-lists (DNS-rebinding protection, with the MCP SDK's own validators), CORS for browser
 * clients, and the request body cap.
 *
 * Hono would give the same shape with routing we do not need: the server has one MCP route, and
 * the OAuth endpoints are routed by workers-oauth-provider itself.
 */
import {
  localhostAllowedHostnames,
  validateHostHeader,
  validateOriginHeader,
} from "@modelcontextprotocol/server";

/** What every step sees. `request` may be replaced by a step (the body cap re-reads it). */
export interface HttpContext<Env> {
  request: Request;
  readonly url: URL;
  readonly env: Env;
  readonly ctx: ExecutionContext;
}

export type Next = () => Promise<Response>;
export type Middleware<Env> = (http: HttpContext<Env>, next: Next) => Promise<Response>;
export type WorkerFetch<Env> = (
  request: Request,
  env: Env,
  ctx: ExecutionContext,
) => Promise<Response>;

/**
 * A refusal with an HTTP status and a message for the client (never internal detail).
 * Anything else thrown by a step is a bug and becomes a bare 500.
 */
export class HttpError extends Error {
  override readonly name = "HttpError";
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** The one error renderer: a JSON-RPC error body with the HTTP status, never cached. */
export function renderError(error: unknown): Response {
  const known = error instanceof HttpError;
  if (!known) console.error(JSON.stringify({ event: "http_error", error: String(error) }));
  return Response.json(
    {
      jsonrpc: "2.0",
      error: { code: -32000, message: known ? error.message : "Internal server error." },
      id: null,
    },
    {
      status: known ? error.status : 500,
      headers: { "Cache-Control": "no-store", ...(known ? error.headers : {}) },
    },
  );
}

/** Runs `steps` in order; the last one must answer without calling `next`. */
export function pipeline<Env>(steps: readonly Middleware<Env>[]): WorkerFetch<Env> {
  return async function handle(request, env, ctx) {
    const http: HttpContext<Env> = { request, url: new URL(request.url), env, ctx };
    const run = async (index: number): Promise<Response> => {
      const step = steps[index];
      if (!step) throw new Error("pipeline: the last step called next()");
      return step(http, () => run(index + 1));
    };
    try {
      return await run(0);
    } catch (error) {
      return renderError(error);
    }
  };
}

// DNS-rebinding protection. A page on an attacker's domain can resolve that domain to 127.0.0.1
// and reach a local server, but it cannot change the `Host` it sends or the `Origin` the browser
// adds. The checks are the MCP SDK's own validators; these guards only decide the allow-lists:
// loopback, the request's own `*.workers.dev` hostname, and the hostnames an operator configures.

export interface HostPolicy {
  /** Extra hostnames served (custom domains), from `MCP_ALLOWED_HOSTS`. */
  allowedHosts: readonly string[];
  /** Extra browser origins' hostnames allowed to call (web clients), from `MCP_ALLOWED_ORIGINS`. */
  allowedOrigins: readonly string[];
}

export function parseHostList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
}

/** Hostnames a request may be addressed to: loopback, configured ones, and workers.dev. */
export function allowedHostnames(requestHostname: string, policy: HostPolicy): string[] {
  const names = [...localhostAllowedHostnames(), ...policy.allowedHosts];
  // A workers.dev hostname is Cloudflare's own and cannot be pointed at a victim's machine.
  if (requestHostname.endsWith(".workers.dev")) names.push(requestHostname);
  return names;
}

/** Browser origins allowed to call: loopback pages, configured ones, and the server's own host. */
export function allowedOriginHostnames(serverHostname: string, policy: HostPolicy): string[] {
  return [
    ...localhostAllowedHostnames(),
    ...policy.allowedOrigins,
    ...policy.allowedHosts,
    serverHostname,
  ];
}

/** The host that was addressed: workerd always sets Host; in-process callers may not. */
function hostHeader(request: Request, url: URL): string {
  return request.headers.get("host") ?? url.host;
}

/** Refuses a request addressed to a hostname this server does not serve (403). */
export function checkHost<Env extends HostEnv>(): Middleware<Env> {
  return async function checkHost(http, next) {
    const host = hostHeader(http.request, http.url);
    const hostname = hostnameOf(host);
    const result = validateHostHeader(host, allowedHostnames(hostname, policyOf(http.env)));
    if (!result.ok) {
      throw new HttpError(
        403,
        `Host "${host}" is not allowed. Operators: add it to MCP_ALLOWED_HOSTS.`,
      );
    }
    return next();
  };
}

/**
 * Refuses a browser request from an origin that is not allowed (403). Requests without an
 * Origin (every non-browser MCP client) pass.
 */
export function checkOrigin<Env extends HostEnv>(): Middleware<Env> {
  return async function checkOrigin(http, next) {
    const origin = http.request.headers.get("origin");
    const serverHostname = hostnameOf(hostHeader(http.request, http.url));
    const allowed = allowedOriginHostnames(serverHostname, policyOf(http.env));
    if (!validateOriginHeader(origin, allowed).ok) {
      throw new HttpError(
        403,
        `Origin "${origin}" is not allowed. Operators: add its hostname to MCP_ALLOWED_ORIGINS.`,
      );
    }
    return next();
  };
}

export interface HostEnv {
  MCP_ALLOWED_HOSTS?: string;
  MCP_ALLOWED_ORIGINS?: string;
}

function policyOf(env: HostEnv): HostPolicy {
  return {
    allowedHosts: parseHostList(env.MCP_ALLOWED_HOSTS),
    allowedOrigins: parseHostList(env.MCP_ALLOWED_ORIGINS),
  };
}

function hostnameOf(host: string): string {
  try {
    return new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return "";
  }
}

// CORS for browser MCP clients (MCP Inspector and web agents). Origins are validated by
// checkOrigin first, so echoing the request's Origin here grants nothing new. Auth uses the
// Authorization header, never cookies, so no `Allow-Credentials`.

const ALLOW_HEADERS = [
  "Authorization",
  "Content-Type",
  "Accept",
  "Mcp-Session-Id",
  "Mcp-Protocol-Version",
  "Mcp-Method",
  "Mcp-Name",
  "Last-Event-ID",
  "cf-account-id",
].join(", ");

const EXPOSE_HEADERS = ["Mcp-Session-Id", "Mcp-Protocol-Version", "WWW-Authenticate"].join(", ");

function corsHeaders(origin: string | null): Headers {
  return new Headers({
    "Access-Control-Allow-Origin": origin ?? "*",
    "Access-Control-Allow-Methods": "GET, POST, DELETE, OPTIONS",
    "Access-Control-Allow-Headers": ALLOW_HEADERS,
    "Access-Control-Expose-Headers": EXPOSE_HEADERS,
    "Access-Control-Max-Age": "86400",
    Vary: "Origin",
  });
}

function withCors(response: Response, origin: string | null): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of corsHeaders(origin)) headers.set(name, value);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/**
 * Answers preflights, and adds CORS headers to every answer of the steps after it, refusals
 * included (a browser client must be able to read a 401's `WWW-Authenticate` or a 413).
 */
export function cors<Env>(): Middleware<Env> {
  return async function cors(http, next) {
    const origin = http.request.headers.get("origin");
    if (http.request.method === "OPTIONS") {
      return new Response(null, { status: 204, headers: corsHeaders(origin) });
    }
    let response: Response;
    try {
      response = await next();
    } catch (error) {
      response = renderError(error);
    }
    return withCors(response, origin);
  };
}

// Request body cap. A declared Content-Length over the cap is refused before reading; a body
// without one (chunked) is read up to the cap and refused as soon as it goes over, so a client
// can never make the Worker buffer more than the cap.

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Refuses a body over `maxBytes` with 413; later steps get a request whose body is buffered. */
export function limitBody<Env>(maxBytes: number): Middleware<Env> {
  return async function limitBody(http, next) {
    const limited = await limitRequestBody(http.request, maxBytes);
    if (!limited.ok) {
      throw new HttpError(413, `Request body is larger than the ${maxBytes}-byte limit.`);
    }
    http.request = limited.request;
    return next();
  };
}

export type LimitedBody = { ok: true; request: Request } | { ok: false; size: number | undefined };

export async function limitRequestBody(request: Request, maxBytes: number): Promise<LimitedBody> {
  if (request.body === null) return { ok: true, request };
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, size: declared };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { ok: false, size: undefined };
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, request: new Request(request, { body }) };
}
