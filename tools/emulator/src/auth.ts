/**
 * Request authentication and authorisation: reads the credentials headers the way the API edge
 * does, resolves a Bearer token to a {@link Principal}, and answers permission and account
 * visibility questions. Only API tokens are supported; Global API Keys are always unknown.
 */

import type { Db } from "./db";
import type { Principal } from "./product";
import { findTokenByValue } from "./products/identity/tokens";
import type { PermissionGrant } from "./seed/identities";

export type Credentials =
  | { readonly kind: "missing" }
  | { readonly kind: "malformed" }
  | { readonly kind: "api-key" }
  | { readonly kind: "token"; readonly value: string };

// Real tokens are 40 URL-safe characters; the seeded ones are shorter, so only the alphabet and a
// sane upper bound are enforced.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,256}$/;

export function readCredentials(headers: Headers): Credentials {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer (\S+)$/.exec(authorization.trim());
    if (!match || !TOKEN_PATTERN.test(match[1]!)) return { kind: "malformed" };
    return { kind: "token", value: match[1]! };
  }
  if (headers.has("x-auth-key") || headers.has("x-auth-email")) return { kind: "api-key" };
  return { kind: "missing" };
}

/**
 * The principal behind a token value, or `null` when the token is unknown, disabled, not yet
 * valid or expired: the API answers all four the same way, so callers cannot tell them apart.
 */
export function resolvePrincipal(db: Db, value: string, now = new Date()): Principal | null {
  const token = findTokenByValue(db, value);
  if (token?.status !== "active") return null;
  if (token.notBefore && Date.parse(token.notBefore) > now.getTime()) return null;
  if (token.expiresOn && Date.parse(token.expiresOn) <= now.getTime()) return null;
  return token;
}

/** Whether `grant` covers `permission`; an `… Edit` (or `… Write`) grant implies `… Read`. */
export function hasPermission(grant: PermissionGrant, permission: string): boolean {
  if (grant === "all") return true;
  const readSuffix = " Read";
  const isRead = permission.endsWith(readSuffix);
  if (grant === "read") return isRead;
  if (grant.includes(permission)) return true;
  if (!isRead) return false;
  const group = permission.slice(0, -readSuffix.length);
  return grant.includes(`${group} Edit`) || grant.includes(`${group} Write`);
}

export function canSeeAccount(principal: Principal, accountId: string): boolean {
  return principal.accountIds.includes(accountId);
}
