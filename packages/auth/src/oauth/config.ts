/**
 * When OAuth is on, and where Cloudflare's OAuth endpoints are. OAuth is enabled by configuration
 * alone: a Worker with the `OAUTH_KV` namespace, the upstream client id and secret and a cookie
 * secret serves OAuth beside API tokens; without them it serves API tokens only.
 */

export const DEFAULT_CLOUDFLARE_AUTHORIZE_URL = "https://dash.cloudflare.com/oauth2/auth";
export const DEFAULT_CLOUDFLARE_TOKEN_URL = "https://dash.cloudflare.com/oauth2/token";

/** Bindings and variables OAuth reads. All optional: missing ones switch OAuth off. */
export interface OAuthEnv {
  /** KV namespace of workers-oauth-provider: clients, grants, hashed tokens, consent transactions. */
  OAUTH_KV?: KVNamespace;
  /** Client id of this server's OAuth app at Cloudflare (the upstream identity provider). */
  CLOUDFLARE_OAUTH_CLIENT_ID?: string;
  /** Its client secret (a Worker secret). */
  CLOUDFLARE_OAUTH_CLIENT_SECRET?: string;
  /** At least 32 characters (a Worker secret): signs the remembered-consent cookie. */
  OAUTH_COOKIE_SECRET?: string;
  /** Upstream authorize page. Default {@link DEFAULT_CLOUDFLARE_AUTHORIZE_URL}. */
  CLOUDFLARE_OAUTH_AUTHORIZE_URL?: string;
  /** Upstream token endpoint. Default {@link DEFAULT_CLOUDFLARE_TOKEN_URL}. */
  CLOUDFLARE_OAUTH_TOKEN_URL?: string;
}

export interface OAuthSettings {
  kv: KVNamespace;
  clientId: string;
  clientSecret: string;
  cookieSecret: string;
  authorizeUrl: string;
  tokenUrl: string;
}

export const MIN_COOKIE_SECRET_LENGTH = 32;

/** The OAuth settings, or `undefined` when this Worker is not configured for OAuth. */
export function readOAuthSettings(env: OAuthEnv): OAuthSettings | undefined {
  const kv = env.OAUTH_KV;
  const clientId = env.CLOUDFLARE_OAUTH_CLIENT_ID?.trim();
  const clientSecret = env.CLOUDFLARE_OAUTH_CLIENT_SECRET?.trim();
  const cookieSecret = env.OAUTH_COOKIE_SECRET?.trim();
  if (!kv || !clientId || !clientSecret || !cookieSecret) return undefined;
  if (cookieSecret.length < MIN_COOKIE_SECRET_LENGTH) {
    // A short secret would make remembered consent forgeable: refuse loudly rather than degrade.
    throw new Error(
      `OAUTH_COOKIE_SECRET must be at least ${MIN_COOKIE_SECRET_LENGTH} characters (use \`openssl rand -hex 32\`).`,
    );
  }
  return {
    kv,
    clientId,
    clientSecret,
    cookieSecret,
    authorizeUrl: env.CLOUDFLARE_OAUTH_AUTHORIZE_URL?.trim() || DEFAULT_CLOUDFLARE_AUTHORIZE_URL,
    tokenUrl: env.CLOUDFLARE_OAUTH_TOKEN_URL?.trim() || DEFAULT_CLOUDFLARE_TOKEN_URL,
  };
}
