/**
 * Grant bookkeeping of the OAuth upstream: approving (a grant and a one-time code), redeeming the
 * code with PKCE, refreshing with rotation, and revoking. Every failure is an {@link OAuthFailure}
 * carrying the RFC 6749 error code the token endpoint answers with.
 */
import type { Db } from "../../db";
import { formatTimestamp, newId } from "../../db";
import { sha256Hex } from "../../hash";
import { ACCOUNTS } from "../../seed/identities";
import { SCOPE_PERMISSIONS } from "../../seed/oauth";
import { accessTokenTtl } from "./schema";

const CODE_TTL_SECONDS = 600;

export class OAuthFailure extends Error {
  constructor(
    readonly error:
      | "invalid_request"
      | "invalid_client"
      | "invalid_grant"
      | "invalid_scope"
      | "unsupported_grant_type",
    readonly description: string,
    readonly status = 400,
  ) {
    super(description);
  }
}

export interface TokenSet {
  access_token: string;
  token_type: "bearer";
  expires_in: number;
  refresh_token?: string;
  scope: string;
}

type GrantRow = { id: string; client_id: string; user_id: string; scope: string; revoked: number };

export function unknownScopes(scopes: readonly string[]): string[] {
  return scopes.filter((scope) => !(scope in SCOPE_PERMISSIONS));
}

/** Records an approval and returns the one-time code for the client's redirect. */
export function approve(
  db: Db,
  options: {
    clientId: string;
    userId: string;
    scope: readonly string[];
    redirectUri: string;
    codeChallenge: string;
  },
): string {
  const grantId = newId();
  const code = randomToken("cfemu_oauth_code_");
  db.transaction(() => {
    db.sql.exec(
      "INSERT INTO oauth_grants (id, client_id, user_id, scope, created_on) VALUES (?, ?, ?, ?, ?)",
      grantId,
      options.clientId,
      options.userId,
      options.scope.join(" "),
      db.now(),
    );
    db.sql.exec(
      "INSERT INTO oauth_codes (code_sha256, grant_id, redirect_uri, code_challenge, expires_at) VALUES (?, ?, ?, ?, ?)",
      sha256Hex(code),
      grantId,
      options.redirectUri,
      options.codeChallenge,
      nowSeconds() + CODE_TTL_SECONDS,
    );
  });
  return code;
}

export async function redeemCode(
  db: Db,
  options: { clientId: string; code: string; redirectUri: string; codeVerifier: string },
): Promise<TokenSet> {
  const row = db.sql
    .exec<{
      grant_id: string;
      redirect_uri: string;
      code_challenge: string;
      expires_at: number;
      used: number;
    }>(
      "SELECT grant_id, redirect_uri, code_challenge, expires_at, used FROM oauth_codes WHERE code_sha256 = ?",
      sha256Hex(options.code),
    )
    .toArray()[0];
  if (!row) throw new OAuthFailure("invalid_grant", "Unknown authorization code.");
  const grant = findGrant(db, row.grant_id);
  if (row.used) {
    // RFC 6749 §4.1.2: a replayed code revokes what it issued.
    revokeGrant(db, row.grant_id);
    throw new OAuthFailure("invalid_grant", "The authorization code was already used.");
  }
  if (row.expires_at <= nowSeconds())
    throw new OAuthFailure("invalid_grant", "The authorization code expired.");
  if (!grant || grant.revoked || grant.client_id !== options.clientId) {
    throw new OAuthFailure(
      "invalid_grant",
      "The authorization code was not issued to this client.",
    );
  }
  if (row.redirect_uri !== options.redirectUri)
    throw new OAuthFailure("invalid_grant", "redirect_uri does not match.");
  if ((await s256(options.codeVerifier)) !== row.code_challenge) {
    throw new OAuthFailure("invalid_grant", "PKCE verification failed.");
  }
  db.sql.exec("UPDATE oauth_codes SET used = 1 WHERE code_sha256 = ?", sha256Hex(options.code));
  return issueTokens(db, grant, { rotate: true });
}

export function refresh(db: Db, options: { clientId: string; refreshToken: string }): TokenSet {
  const grant = db.sql
    .exec<GrantRow>(
      "SELECT id, client_id, user_id, scope, revoked FROM oauth_grants WHERE refresh_sha256 = ?",
      sha256Hex(options.refreshToken),
    )
    .toArray()[0];
  if (!grant || grant.revoked || grant.client_id !== options.clientId) {
    throw new OAuthFailure(
      "invalid_grant",
      "The refresh token is invalid, revoked or already used.",
    );
  }
  db.sql.exec("UPDATE oauth_grants SET refreshes = refreshes + 1 WHERE id = ?", grant.id);
  return issueTokens(db, grant, { rotate: true });
}

/** Revokes a grant (or every grant) and disables the access tokens it issued. */
export function revokeGrant(db: Db, grantId?: string): number {
  const where = grantId ? "WHERE id = ?" : "";
  const args = grantId ? [grantId] : [];
  const revoked = db.sql.exec(
    `UPDATE oauth_grants SET revoked = 1, refresh_sha256 = NULL ${where}`,
    ...args,
  ).rowsWritten;
  db.sql.exec(
    `UPDATE identity_tokens SET status = 'disabled' WHERE id IN (SELECT token_id FROM oauth_access_tokens ${grantId ? "WHERE grant_id = ?" : ""})`,
    ...args,
  );
  return revoked;
}

export function listGrants(db: Db): Record<string, unknown>[] {
  return db.sql
    .exec<{
      id: string;
      client_id: string;
      scope: string;
      refreshes: number;
      revoked: number;
      created_on: string;
    }>(
      "SELECT id, client_id, scope, refreshes, revoked, created_on FROM oauth_grants ORDER BY created_on",
    )
    .toArray()
    .map((row) => ({ ...row, revoked: row.revoked === 1 }));
}

function findGrant(db: Db, id: string): GrantRow | undefined {
  return db.sql
    .exec<GrantRow>(
      "SELECT id, client_id, user_id, scope, revoked FROM oauth_grants WHERE id = ?",
      id,
    )
    .toArray()[0];
}

function issueTokens(db: Db, grant: GrantRow, options: { rotate: boolean }): TokenSet {
  const scopes = grant.scope.split(" ").filter(Boolean);
  const ttl = accessTokenTtl(db);
  const accessToken = randomToken("cfemu_oauth_at_");
  const tokenId = newId();
  const permissions = [...new Set(scopes.flatMap((scope) => SCOPE_PERMISSIONS[scope] ?? []))];
  const refreshToken =
    scopes.includes("offline_access") && options.rotate
      ? randomToken("cfemu_oauth_rt_")
      : undefined;
  db.transaction(() => {
    db.sql.exec(
      `INSERT INTO identity_tokens (id, value_sha256, name, kind, status, user_id, permissions, not_before, expires_on)
       VALUES (?, ?, ?, 'user', 'active', ?, ?, NULL, ?)`,
      tokenId,
      sha256Hex(accessToken),
      `OAuth access token (grant ${grant.id})`,
      grant.user_id,
      JSON.stringify(permissions),
      formatTimestamp(new Date(Date.now() + ttl * 1000)),
    );
    for (const account of ACCOUNTS) {
      db.sql.exec(
        "INSERT INTO identity_token_accounts (token_id, account_id) VALUES (?, ?)",
        tokenId,
        account.id,
      );
    }
    db.sql.exec(
      "INSERT INTO oauth_access_tokens (token_id, grant_id) VALUES (?, ?)",
      tokenId,
      grant.id,
    );
    if (refreshToken) {
      db.sql.exec(
        "UPDATE oauth_grants SET refresh_sha256 = ? WHERE id = ?",
        sha256Hex(refreshToken),
        grant.id,
      );
    }
  });
  return {
    access_token: accessToken,
    token_type: "bearer",
    expires_in: ttl,
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
    scope: scopes.join(" "),
  };
}

function randomToken(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return prefix + [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

async function s256(verifier: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)),
  );
  let binary = "";
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
