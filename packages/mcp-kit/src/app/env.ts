import type { OAuthEnv } from "@repo/auth";

/**
 * The bindings and variables every MCP server Worker reads. Apps extend it with their own. The
 * OAuth ones (from `@repo/auth`) turn OAuth on when `OAUTH_KV`, the upstream client id and secret
 * and `OAUTH_COOKIE_SECRET` are all present.
 */
export interface KitEnv extends OAuthEnv {
  /** Cloudflare-compatible API to call. Default `https://api.cloudflare.com/client/v4` (`DEFAULT_API_BASE_URL` of @repo/cloudflare-api). */
  CLOUDFLARE_API_BASE_URL?: string;
  /** Shared per-user state (the active account), bound to the same namespace in every server. */
  MCP_STATE?: KVNamespace;
  /** Comma-separated hostnames this server is reached at besides loopback and workers.dev. */
  MCP_ALLOWED_HOSTS?: string;
  /** Comma-separated hostnames of browser origins allowed to call (web-based MCP clients). */
  MCP_ALLOWED_ORIGINS?: string;
}
