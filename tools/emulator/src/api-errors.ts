/**
 * The cross-product errors of the v4 API (authentication, routing, bodies), with the status,
 * code and message the real API uses. Product-specific errors live in each product module.
 *
 * Sources for the shapes (public reports of real responses):
 * - 9106 / 6003+6111 / 9103: API client issues quoting edge responses, e.g.
 *   Ultimate-Multisite/ultimate-multisite#73 (6003 with error_chain 6111).
 * - 9109 "Invalid access token" (HTTP 403) for an unknown or revoked Bearer token:
 *   cert-manager/cert-manager#4465, cloudflare/wrangler-legacy#2060.
 * - 9109 "Unauthorized to access requested resource" for `/user` with an Account API token and
 *   9106 "Authentication failed" (HTTP 400) for `/memberships` with one:
 *   cloudflare/workers-sdk#13858 (which corrected #13770).
 * - 1000 "Invalid API Token" (HTTP 401) from `/user/tokens/verify`.
 * - 7001 "Method X not available for that URI." (HTTP 405) for a known path with the wrong method.
 */
import { ApiError } from "./envelope";

export function missingCredentials(): ApiError {
  return new ApiError(400, 9106, "Missing X-Auth-Key, X-Auth-Email or Authorization headers");
}

export function malformedAuthorization(): ApiError {
  return new ApiError(400, 6003, "Invalid request headers", [
    { code: 6111, message: "Invalid format for Authorization header" },
  ]);
}

/** The emulator knows no Global API Keys, so any X-Auth-Key/X-Auth-Email pair is unknown. */
export function unknownApiKey(): ApiError {
  return new ApiError(403, 9103, "Unknown X-Auth-Key or X-Auth-Email");
}

export function invalidAccessToken(): ApiError {
  return new ApiError(403, 9109, "Invalid access token");
}

/** A valid token without the route's permission, or naming an account it cannot see. */
export function authenticationError(): ApiError {
  return new ApiError(403, 10000, "Authentication error");
}

/** User-level resource (`/user`) requested with an Account API token. */
export function unauthorizedResource(): ApiError {
  return new ApiError(403, 9109, "Unauthorized to access requested resource");
}

/** `/memberships` requested with an Account API token: it has no user identity. */
export function authenticationFailed(): ApiError {
  return new ApiError(400, 9106, "Authentication failed");
}

/** Token verification endpoints reject anything that is not a live token of their kind. */
export function invalidApiToken(): ApiError {
  return new ApiError(401, 1000, "Invalid API Token");
}

export function noRoute(path: string): ApiError {
  return new ApiError(
    404,
    7003,
    `Could not route to ${path}, perhaps your object identifier is invalid?`,
  );
}

export function methodNotAllowed(method: string): ApiError {
  return new ApiError(405, 7001, `Method ${method} not available for that URI.`);
}

/** Unexpected failure inside the emulator; the detail goes to the log, never to the client. */
export function internalError(): ApiError {
  return new ApiError(500, 10001, "Internal server error");
}
