/**
 * Identity tables (users, accounts, memberships, API tokens) and their seeding from
 * `src/seed/identities.ts`. Token values are stored only as SHA-256 digests.
 */
import type { Db } from "../../db";
import { sha256Hex } from "../../hash";
import { ACCOUNTS, TOKENS, USER } from "../../seed/identities";

export const IDENTITY_TABLES = [
  "identity_users",
  "identity_accounts",
  "identity_memberships",
  "identity_tokens",
  "identity_token_accounts",
] as const;

export const IDENTITY_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS identity_users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    created_on TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS identity_accounts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    created_on TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS identity_memberships (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    status TEXT NOT NULL,
    roles TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS identity_tokens (
    id TEXT PRIMARY KEY,
    value_sha256 TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('user', 'account')),
    status TEXT NOT NULL,
    user_id TEXT,
    permissions TEXT NOT NULL,
    not_before TEXT,
    expires_on TEXT
  )`,
  `CREATE TABLE IF NOT EXISTS identity_token_accounts (
    token_id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    PRIMARY KEY (token_id, account_id)
  )`,
] as const;

const SUPER_ADMIN_ROLES = ["Super Administrator - All Privileges"];

export function seedIdentity(db: Db): void {
  const { sql } = db;
  sql.exec(
    "INSERT INTO identity_users (id, email, first_name, last_name, created_on) VALUES (?, ?, ?, ?, ?)",
    USER.id,
    USER.email,
    USER.firstName,
    USER.lastName,
    USER.createdOn,
  );
  for (const account of ACCOUNTS) {
    sql.exec(
      "INSERT INTO identity_accounts (id, name, type, created_on) VALUES (?, ?, 'standard', ?)",
      account.id,
      account.name,
      account.createdOn,
    );
    sql.exec(
      "INSERT INTO identity_memberships (id, user_id, account_id, status, roles) VALUES (?, ?, ?, 'accepted', ?)",
      account.membershipId,
      USER.id,
      account.id,
      JSON.stringify(SUPER_ADMIN_ROLES),
    );
  }
  for (const token of TOKENS) {
    sql.exec(
      `INSERT INTO identity_tokens
        (id, value_sha256, name, kind, status, user_id, permissions, not_before, expires_on)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      token.id,
      sha256Hex(token.value),
      token.name,
      token.kind,
      token.status,
      token.kind === "user" ? USER.id : null,
      JSON.stringify(token.permissions),
      token.notBefore ?? null,
      token.expiresOn ?? null,
    );
    for (const accountId of token.accountIds) {
      sql.exec(
        "INSERT INTO identity_token_accounts (token_id, account_id) VALUES (?, ?)",
        token.id,
        accountId,
      );
    }
  }
}
