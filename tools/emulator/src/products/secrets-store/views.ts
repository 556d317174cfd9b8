/**
 * Secrets Store rows and their API objects (`secrets-store_storeObject`,
 * `secrets-store_secretObject`). A secret view is metadata only: the value digest column is never
 * selected into a {@link SecretRow}, so no handler can leak it by accident.
 */

export type StoreRow = {
  id: string;
  account_id: string;
  name: string;
  created: string;
  modified: string;
};

export type SecretRow = {
  id: string;
  store_id: string;
  name: string;
  scopes: string;
  comment: string;
  status: string;
  created: string;
  modified: string;
};

/** Column list matching {@link SecretRow}; keep it free of `value_sha256`. */
export const SECRET_COLUMNS = "id, store_id, name, scopes, comment, status, created, modified";

export const STORE_COLUMNS = "id, account_id, name, created, modified";

export function storeView(row: StoreRow): Record<string, unknown> {
  return {
    id: row.id,
    account_id: row.account_id,
    name: row.name,
    created: row.created,
    modified: row.modified,
  };
}

export function secretView(row: SecretRow): Record<string, unknown> {
  return {
    id: row.id,
    store_id: row.store_id,
    name: row.name,
    comment: row.comment,
    scopes: JSON.parse(row.scopes) as string[],
    status: row.status,
    created: row.created,
    modified: row.modified,
  };
}
