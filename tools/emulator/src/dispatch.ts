/**
 * Serves one `/client/v4` request: route matching, then the checks the API edge performs in
 * order (identifier shape, credentials, token validity, permission, account visibility), then the
 * product handler. Every failure leaves as a full v4 error envelope.
 */
import {
  authenticationError,
  internalError,
  invalidAccessToken,
  malformedAuthorization,
  methodNotAllowed,
  missingCredentials,
  noRoute,
  unknownApiKey,
} from "./api-errors";
import { canSeeAccount, hasPermission, readCredentials, resolvePrincipal } from "./auth";
import type { Db } from "./db";
import { ApiError, failure } from "./envelope";
import type { Behaviour } from "./harness/behaviour";
import type { Faults } from "./harness/faults";
import type { Router } from "./router";

export const API_PREFIX = "/client/v4";

// Account ids are 32 lowercase hex characters; anything else cannot route (code 7003).
const ACCOUNT_ID_PATTERN = /^[0-9a-f]{32}$/;

// Cloudflare's edge answers 414 when the URI exceeds 32 KB
// (developers.cloudflare.com/support/troubleshooting/http-status-codes/4xx-client-error/error-414/).
export const MAX_URI_BYTES = 32 * 1024;

export interface ApiDeps {
  readonly db: Db;
  readonly router: Router;
  readonly behaviour: Behaviour;
  readonly faults: Faults;
}

/** Handles a request whose path starts with {@link API_PREFIX}; `apiPath` is the rest of it. */
export async function handleApiRequest(
  request: Request,
  url: URL,
  apiPath: string,
  { db, router, behaviour, faults }: ApiDeps,
): Promise<Response> {
  // The edge refuses before any API logic runs, with its own HTML page rather than an envelope.
  if (new TextEncoder().encode(url.pathname + url.search).byteLength > MAX_URI_BYTES) {
    return uriTooLong();
  }
  try {
    const match = router.match(request.method, apiPath);
    if (match.kind === "not-found") throw noRoute(apiPath);
    if (match.kind === "method-not-allowed") throw methodNotAllowed(request.method);
    const { route, params } = match;
    const accountId = params.account_id;
    if (accountId !== undefined && !ACCOUNT_ID_PATTERN.test(accountId)) throw noRoute(apiPath);

    const credentials = readCredentials(request.headers);
    if (credentials.kind === "missing") throw missingCredentials();
    if (credentials.kind === "malformed") throw malformedAuthorization();
    if (credentials.kind === "api-key") throw unknownApiKey();
    const principal = resolvePrincipal(db, credentials.value);
    const base = { request, url, params, db, behaviour };

    if (route.auth === "verify") return await route.handler({ ...base, principal });
    if (!principal) throw invalidAccessToken();
    if (route.permission && !hasPermission(principal.grant, route.permission)) {
      throw authenticationError();
    }
    if (accountId !== undefined && !canSeeAccount(principal, accountId)) {
      throw authenticationError();
    }
    const fault = faults.take(request.method, route.path, apiPath);
    if (fault) throw fault;
    return await route.handler({ ...base, principal });
  } catch (error) {
    if (error instanceof ApiError) return failure(error);
    // Log the failure class only: request bodies (secret values) must never reach the log.
    console.error(`emulator: unhandled ${request.method} ${apiPath}:`, describe(error));
    return failure(internalError());
  }
}

function uriTooLong(): Response {
  return new Response(
    "<html><head><title>414 Request-URI Too Large</title></head><body><center><h1>414 Request-URI Too Large</h1></center><hr><center>cloudflare</center></body></html>\n",
    { status: 414, headers: { "content-type": "text/html" } },
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
}
