/**
 * The seam between a server and how its callers prove who they are. The kit asks an
 * {@link Authenticator} for a {@link Credential}; API tokens are the built-in way, OAuth plugs in
 * here later without the kit or any tool changing.
 */
import type { CloudflareClient } from "@repo/cloudflare-api";
import { tokenCredentialKey, VerificationCache } from "./api-token/cache";
import { type TokenVerification, verifyApiToken } from "./api-token/verify";
import { challengeResponse, extractBearer } from "./bearer";
import type { Principal } from "./principal";

/** What a server needs to act for the caller. `token` is only ever handed to the API client. */
export interface Credential {
  principal: Principal;
  token: string;
}

export type AuthOutcome = { ok: true; credential: Credential } | { ok: false; response: Response };

export interface Authenticator {
  /**
   * Resolves the caller of one request. Never throws for a bad credential: it returns the
   * response to send (401 with a `WWW-Authenticate` challenge, or 503 if the API is down).
   */
  authenticate(request: Request): Promise<AuthOutcome>;
}

export interface ApiTokenAuthenticatorOptions {
  /** Shown in the challenge's realm, e.g. the server name. */
  realm: string;
  /** Builds an API client for a candidate token (base URL, user agent, fetch are the caller's). */
  createClient(token: string): CloudflareClient;
  cache?: VerificationCache;
}

export function createApiTokenAuthenticator(options: ApiTokenAuthenticatorOptions): Authenticator {
  const cache = options.cache ?? new VerificationCache();
  return {
    async authenticate(request) {
      const bearer = extractBearer(request);
      if (bearer.kind === "missing") {
        return reject(options.realm, undefined, missingCredentialMessage);
      }
      if (bearer.kind === "malformed") {
        return reject(options.realm, "invalid_request", malformedMessage);
      }
      const verification = await cache.verify(bearer.token, () =>
        verifyApiToken(options.createClient(bearer.token)),
      );
      if (verification.ok) {
        const principal = {
          ...verification.principal,
          credentialKey: await tokenCredentialKey(bearer.token),
        };
        return { ok: true, credential: { principal, token: bearer.token } };
      }
      return rejectVerification(options.realm, verification);
    },
  };
}

const missingCredentialMessage =
  "This server needs a Cloudflare API token: send it as 'Authorization: Bearer <token>'.";
const malformedMessage =
  "The Authorization header must be 'Bearer <token>' with a Cloudflare API token.";

function rejectVerification(
  realm: string,
  verification: Exclude<TokenVerification, { ok: true }>,
): AuthOutcome {
  if (verification.reason === "unreachable") {
    return {
      ok: false,
      response: challengeResponse({
        realm,
        error: "invalid_token",
        description: verification.message,
        status: 503,
      }),
    };
  }
  return reject(realm, "invalid_token", verification.message);
}

function reject(
  realm: string,
  error: "invalid_request" | "invalid_token" | undefined,
  description: string,
): AuthOutcome {
  return { ok: false, response: challengeResponse({ realm, error, description }) };
}
