/**
 * SQL access for stores and secrets. Every lookup is scoped by account (stores) or store
 * (secrets), so an id from another account reads as "not found", as it does in the real API.
 */
import type { Db } from "../../db";
import { secretNotFound, storeNotFound } from "./errors";
import { SECRET_COLUMNS, type SecretRow, STORE_COLUMNS, type StoreRow } from "./views";

export type StoreOrder = "name" | "created" | "modified";
export type SecretOrder = "name" | "comment" | "created" | "modified" | "status";
export type Direction = "asc" | "desc";

export interface SecretFilter {
  readonly search: string | null;
  readonly scopes: readonly string[];
  readonly order: SecretOrder;
  readonly direction: Direction;
}

export function requireStore(db: Db, accountId: string, storeId: string): StoreRow {
  const row = db.sql
    .exec<StoreRow>(
      `SELECT ${STORE_COLUMNS} FROM secrets_store_stores WHERE id = ? AND account_id = ?`,
      storeId,
      accountId,
    )
    .toArray()[0];
  if (!row) throw storeNotFound();
  return row;
}

export function listStores(
  db: Db,
  accountId: string,
  order: StoreOrder,
  direction: Direction,
): StoreRow[] {
  // `order` and `direction` come from closed unions, never from raw query text.
  return db.sql
    .exec<StoreRow>(
      `SELECT ${STORE_COLUMNS} FROM secrets_store_stores WHERE account_id = ?
       ORDER BY ${order} ${direction}, id ${direction}`,
      accountId,
    )
    .toArray();
}

export function countStores(db: Db, accountId: string): number {
  return db.sql
    .exec<{ n: number }>(
      "SELECT COUNT(*) AS n FROM secrets_store_stores WHERE account_id = ?",
      accountId,
    )
    .one().n;
}

export function insertStore(db: Db, store: StoreRow): void {
  db.sql.exec(
    "INSERT INTO secrets_store_stores (id, account_id, name, created, modified) VALUES (?, ?, ?, ?, ?)",
    store.id,
    store.account_id,
    store.name,
    store.created,
    store.modified,
  );
}

export function deleteStoreCascade(db: Db, storeId: string): void {
  db.sql.exec("DELETE FROM secrets_store_secrets WHERE store_id = ?", storeId);
  db.sql.exec("DELETE FROM secrets_store_stores WHERE id = ?", storeId);
}

export function countSecretsInStore(db: Db, storeId: string): number {
  return db.sql
    .exec<{ n: number }>(
      "SELECT COUNT(*) AS n FROM secrets_store_secrets WHERE store_id = ?",
      storeId,
    )
    .one().n;
}

export function countSecretsInAccount(db: Db, accountId: string): number {
  return db.sql
    .exec<{ n: number }>(
      "SELECT COUNT(*) AS n FROM secrets_store_secrets WHERE account_id = ?",
      accountId,
    )
    .one().n;
}

export function listSecrets(db: Db, storeId: string, filter: SecretFilter): SecretRow[] {
  const where = ["store_id = ?"];
  const bindings: string[] = [storeId];
  if (filter.search) {
    // instr, not LIKE: SQLite refuses long LIKE patterns ("pattern too complex").
    where.push("(instr(lower(name), lower(?)) > 0 OR instr(lower(comment), lower(?)) > 0)");
    bindings.push(filter.search, filter.search);
  }
  for (const scope of filter.scopes) {
    where.push(
      "EXISTS (SELECT 1 FROM json_each(secrets_store_secrets.scopes) WHERE json_each.value = ?)",
    );
    bindings.push(scope);
  }
  return db.sql
    .exec<SecretRow>(
      `SELECT ${SECRET_COLUMNS} FROM secrets_store_secrets WHERE ${where.join(" AND ")}
       ORDER BY ${filter.order} ${filter.direction}, id ${filter.direction}`,
      ...bindings,
    )
    .toArray();
}

export function requireSecret(db: Db, storeId: string, secretId: string): SecretRow {
  const row = db.sql
    .exec<SecretRow>(
      `SELECT ${SECRET_COLUMNS} FROM secrets_store_secrets WHERE id = ? AND store_id = ?`,
      secretId,
      storeId,
    )
    .toArray()[0];
  if (!row) throw secretNotFound();
  return row;
}

export function secretNameTaken(db: Db, storeId: string, name: string): boolean {
  return (
    db.sql
      .exec("SELECT 1 FROM secrets_store_secrets WHERE store_id = ? AND name = ?", storeId, name)
      .toArray().length > 0
  );
}

/** Digest of a secret's value, used only to copy it on duplicate. */
export function secretValueDigest(db: Db, secretId: string): string {
  return db.sql
    .exec<{ value_sha256: string }>(
      "SELECT value_sha256 FROM secrets_store_secrets WHERE id = ?",
      secretId,
    )
    .one().value_sha256;
}

export interface SecretInsert {
  readonly id: string;
  readonly storeId: string;
  readonly accountId: string;
  readonly name: string;
  readonly valueSha256: string;
  readonly scopes: readonly string[];
  readonly comment: string;
  readonly now: string;
}

export function insertSecret(db: Db, secret: SecretInsert): void {
  db.sql.exec(
    `INSERT INTO secrets_store_secrets
      (id, store_id, account_id, name, value_sha256, scopes, comment, status, created, modified)
      VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)`,
    secret.id,
    secret.storeId,
    secret.accountId,
    secret.name,
    secret.valueSha256,
    JSON.stringify(secret.scopes),
    secret.comment,
    secret.now,
    secret.now,
  );
}

export interface SecretUpdate {
  readonly valueSha256?: string;
  readonly scopes?: readonly string[];
  readonly comment?: string;
  readonly now: string;
}

export function updateSecret(db: Db, secretId: string, update: SecretUpdate): void {
  db.sql.exec(
    `UPDATE secrets_store_secrets SET
      value_sha256 = COALESCE(?, value_sha256),
      scopes = COALESCE(?, scopes),
      comment = COALESCE(?, comment),
      modified = ?
     WHERE id = ?`,
    update.valueSha256 ?? null,
    update.scopes ? JSON.stringify(update.scopes) : null,
    update.comment ?? null,
    update.now,
    secretId,
  );
}

export function deleteSecret(db: Db, secretId: string): void {
  db.sql.exec("DELETE FROM secrets_store_secrets WHERE id = ?", secretId);
}
