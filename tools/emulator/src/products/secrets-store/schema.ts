/**
 * Secrets Store tables and seeding. A secret row keeps only the SHA-256 digest of its value:
 * the API never returns values, so the emulator has no reason to hold them.
 */
import type { Db } from "../../db";
import { sha256Hex } from "../../hash";
import { SECRETS, STORES } from "../../seed/secrets-store";

export const SECRETS_STORE_TABLES = ["secrets_store_stores", "secrets_store_secrets"] as const;

export const SECRETS_STORE_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS secrets_store_stores (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    name TEXT NOT NULL,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS secrets_store_secrets (
    id TEXT PRIMARY KEY,
    store_id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    name TEXT NOT NULL,
    value_sha256 TEXT NOT NULL,
    scopes TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    UNIQUE (store_id, name)
  )`,
  "CREATE INDEX IF NOT EXISTS secrets_store_secrets_account ON secrets_store_secrets (account_id)",
] as const;

export function seedSecretsStore(db: Db): void {
  for (const store of STORES) {
    db.sql.exec(
      "INSERT INTO secrets_store_stores (id, account_id, name, created, modified) VALUES (?, ?, ?, ?, ?)",
      store.id,
      store.accountId,
      store.name,
      store.created,
      store.modified,
    );
  }
  const accountOf = new Map(STORES.map((store) => [store.id, store.accountId]));
  for (const secret of SECRETS) {
    db.sql.exec(
      `INSERT INTO secrets_store_secrets
        (id, store_id, account_id, name, value_sha256, scopes, comment, status, created, modified)
        VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)`,
      secret.id,
      secret.storeId,
      accountOf.get(secret.storeId)!,
      secret.name,
      sha256Hex(secret.value),
      JSON.stringify(secret.scopes),
      secret.comment,
      secret.created,
      secret.modified,
    );
  }
}
