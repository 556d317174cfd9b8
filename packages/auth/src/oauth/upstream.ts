/**
 * The upstream leg: this server as an OAuth client of Cloudflare (dash.cloudflare.com/oauth2, or the
 * emulator locally). Authorization code with PKCE, then refresh. Token values never appear in
 * errors: failures carry the OAuth error code and a fixed description only.
 */
import type { OAuthSettings } from "./config";

export interface UpstreamTokens {
  accessToken: string;
  refreshToken: string | undefined;
  /** Epoch seconds. */
  expiresAt: number;
  /** Scopes Cloudflare granted, when it says. */
  scope: string[] | undefined;
}

/** Why an upstream token request failed. `revoked` can never succeed again; `unavailable` may. */
export class UpstreamOAuthError extends Error {
  override readonly name = "UpstreamOAuthError";
  constructor(
    readonly kind: "revoked" | "unavailable",
    /** OAuth error code from the upstream, or the HTTP status when it sent none. */
    readonly upstreamCode: string,
  ) {
    super(
      kind === "revoked"
        ? `Cloudflare refused the grant (${upstreamCode}); sign in again.`
        : `Cloudflare's OAuth service could not be reached (${upstreamCode}); try again shortly.`,
    );
  }
}

const DEFAULT_EXPIRES_IN = 3600;

export function upstreamAuthorizeUrl(
  settings: OAuthSettings,
  options: { redirectUri: string; scope: readonly string[]; state: string; codeChallenge: string },
): string {
  const url = new URL(settings.authorizeUrl);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", settings.clientId);
  url.searchParams.set("redirect_uri", options.redirectUri);
  url.searchParams.set("scope", options.scope.join(" "));
  url.searchParams.set("state", options.state);
  url.searchParams.set("code_challenge", options.codeChallenge);
  url.searchParams.set("code_challenge_method", "S256");
  return url.toString();
}

export function exchangeUpstreamCode(
  settings: OAuthSettings,
  options: { code: string; redirectUri: string; codeVerifier: string },
  fetcher: typeof fetch = fetch,
): Promise<UpstreamTokens> {
  return tokenRequest(
    settings,
    {
      grant_type: "authorization_code",
      code: options.code,
      redirect_uri: options.redirectUri,
      code_verifier: options.codeVerifier,
    },
    fetcher,
  );
}

export function refreshUpstreamTokens(
  settings: OAuthSettings,
  refreshToken: string,
  fetcher: typeof fetch = fetch,
): Promise<UpstreamTokens> {
  return tokenRequest(
    settings,
    { grant_type: "refresh_token", refresh_token: refreshToken },
    fetcher,
  );
}

async function tokenRequest(
  settings: OAuthSettings,
  fields: Record<string, string>,
  fetcher: typeof fetch,
): Promise<UpstreamTokens> {
  const body = new URLSearchParams({
    ...fields,
    client_id: settings.clientId,
    client_secret: settings.clientSecret,
  });
  let response: Response;
  try {
    response = await fetcher(settings.tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body,
    });
  } catch {
    throw new UpstreamOAuthError("unavailable", "network_error");
  }
  const json = (await response.json().catch(() => undefined)) as
    | Record<string, unknown>
    | undefined;
  if (!response.ok || !json || typeof json.access_token !== "string") {
    const code = typeof json?.error === "string" ? json.error : `http_${response.status}`;
    // RFC 6749 §5.2: invalid_grant means the code or refresh token is dead for good.
    const revoked = code === "invalid_grant" || code === "unauthorized_client";
    throw new UpstreamOAuthError(revoked ? "revoked" : "unavailable", code);
  }
  const expiresIn = typeof json.expires_in === "number" ? json.expires_in : DEFAULT_EXPIRES_IN;
  return {
    accessToken: json.access_token,
    refreshToken: typeof json.refresh_token === "string" ? json.refresh_token : undefined,
    expiresAt: Math.floor(Date.now() / 1000) + expiresIn,
    scope: typeof json.scope === "string" ? json.scope.split(/\s+/).filter(Boolean) : undefined,
  };
}
