/**
 * OAuth upstream tables: the seeded client, authorization codes, grants (one per approval, holding
 * the current refresh token's digest) and the access tokens each grant issued. Codes and tokens
 * are stored only as SHA-256 digests; access tokens are ordinary rows of `identity_tokens`, so the
 * API accepts them with exactly the permissions their scopes grant.
 */
import type { Db } from "../../db";
import { sha256Hex } from "../../hash";
import { DEFAULT_ACCESS_TOKEN_TTL_SECONDS, OAUTH_CLIENT } from "../../seed/oauth";

export const OAUTH_TABLES = [
  "oauth_clients",
  "oauth_codes",
  "oauth_grants",
  "oauth_access_tokens",
  "oauth_settings",
] as const;

export const OAUTH_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS oauth_clients (
    id TEXT PRIMARY KEY,
    secret_sha256 TEXT NOT NULL,
    name TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS oauth_codes (
    code_sha256 TEXT PRIMARY KEY,
    grant_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    code_challenge TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
  )`,
  `CREATE TABLE IF NOT EXISTS oauth_grants (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    refresh_sha256 TEXT,
    refreshes INTEGER NOT NULL DEFAULT 0,
    revoked INTEGER NOT NULL DEFAULT 0,
    created_on TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS oauth_access_tokens (
    token_id TEXT PRIMARY KEY,
    grant_id TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS oauth_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  )`,
] as const;

export function seedOAuth(db: Db): void {
  db.sql.exec(
    "INSERT INTO oauth_clients (id, secret_sha256, name) VALUES (?, ?, ?)",
    OAUTH_CLIENT.id,
    sha256Hex(OAUTH_CLIENT.secret),
    OAUTH_CLIENT.name,
  );
  db.sql.exec(
    "INSERT INTO oauth_settings (key, value) VALUES ('access_token_ttl_seconds', ?)",
    String(DEFAULT_ACCESS_TOKEN_TTL_SECONDS),
  );
}

export function accessTokenTtl(db: Db): number {
  const row = db.sql
    .exec<{ value: string }>(
      "SELECT value FROM oauth_settings WHERE key = 'access_token_ttl_seconds'",
    )
    .toArray()[0];
  return row ? Number(row.value) : DEFAULT_ACCESS_TOKEN_TTL_SECONDS;
}

export function setAccessTokenTtl(db: Db, seconds: number): void {
  db.sql.exec(
    "INSERT INTO oauth_settings (key, value) VALUES ('access_token_ttl_seconds', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    String(seconds),
  );
}
