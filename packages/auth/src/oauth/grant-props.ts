/**
 * What a grant stores. workers-oauth-provider encrypts `props` with a key only the token holder can
 * unwrap, so the upstream tokens live here and nowhere else; nothing logs or returns them.
 */
import type { Principal } from "../principal";
import type { UpstreamTokens } from "./upstream";

export interface OAuthGrantProps {
  source: "oauth";
  /** Identity resolved with the upstream token at sign-in (scopes come from the token). */
  principal: Omit<Principal, "scopes" | "readOnly">;
  upstream: UpstreamTokens;
}

/** Props of a request authenticated with a Cloudflare API token (never stored). */
export interface ApiTokenProps {
  source: "api-token";
  principal: Principal;
  token: string;
}

export type RequestProps = OAuthGrantProps | ApiTokenProps;

/** Refresh upstream when it has less than this left, so a request never carries a dying token. */
export const UPSTREAM_REFRESH_MARGIN_SECONDS = 300;
const MIN_ACCESS_TOKEN_TTL = 60; // workers-oauth-provider's floor (KV expiry limits)
const MAX_ACCESS_TOKEN_TTL = 3600;

/**
 * Lifetime of an access token we issue: it ends a minute before the upstream token does, so the
 * client refreshes (and we refresh upstream) before the upstream token expires.
 */
export function accessTokenTtlFor(upstream: UpstreamTokens, now = Date.now()): number {
  const remaining = upstream.expiresAt - Math.floor(now / 1000) - 60;
  return Math.max(MIN_ACCESS_TOKEN_TTL, Math.min(MAX_ACCESS_TOKEN_TTL, remaining));
}

export function upstreamNeedsRefresh(upstream: UpstreamTokens, now = Date.now()): boolean {
  return upstream.expiresAt - Math.floor(now / 1000) < UPSTREAM_REFRESH_MARGIN_SECONDS;
}
