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
import type { Router } from "./router";

export const API_PREFIX = "/client/v4";

// Account ids are 32 lowercase hex characters; anything else cannot route (code 7003).
const ACCOUNT_ID_PATTERN = /^[0-9a-f]{32}$/;

export interface ApiDeps {
  readonly db: Db;
  readonly router: Router;
}

/** Handles a request whose path starts with {@link API_PREFIX}; `apiPath` is the rest of it. */
export async function handleApiRequest(
  request: Request,
  url: URL,
  apiPath: string,
  { db, router }: ApiDeps,
): Promise<Response> {
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
    const base = { request, url, params, db };

    if (route.auth === "verify") return await route.handler({ ...base, principal });
    if (!principal) throw invalidAccessToken();
    if (route.permission && !hasPermission(principal.grant, route.permission)) {
      throw authenticationError();
    }
    if (accountId !== undefined && !canSeeAccount(principal, accountId)) {
      throw authenticationError();
    }
    return await route.handler({ ...base, principal });
  } catch (error) {
    if (error instanceof ApiError) return failure(error);
    // Log the failure class only: request bodies (secret values) must never reach the log.
    console.error(`emulator: unhandled ${request.method} ${apiPath}:`, describe(error));
    return failure(internalError());
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
}
