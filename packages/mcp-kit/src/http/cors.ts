/**
 * CORS for browser MCP clients (MCP Inspector and web agents). Origins are validated by
 * host-origin.ts first, so echoing the request's Origin here grants nothing new. Auth uses the
 * Authorization header, never cookies, so no `Allow-Credentials`.
 */
import { type Middleware, renderError } from "./pipeline";

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
