/**
 * Token lookup by Bearer value. The value is hashed before the query, so clear token values
 * never reach storage or SQL text.
 */
import type { Db } from "../../db";
import { sha256Hex } from "../../hash";
import type { Principal } from "../../product";
import type { PermissionGrant } from "../../seed/identities";

export interface TokenRecord extends Principal {
  readonly name: string;
  readonly status: string;
}

type TokenRow = {
  id: string;
  name: string;
  kind: string;
  status: string;
  user_id: string | null;
  permissions: string;
  not_before: string | null;
  expires_on: string | null;
};

export function findTokenByValue(db: Db, value: string): TokenRecord | null {
  const row = db.sql
    .exec<TokenRow>(
      `SELECT id, name, kind, status, user_id, permissions, not_before, expires_on
       FROM identity_tokens WHERE value_sha256 = ?`,
      sha256Hex(value),
    )
    .toArray()[0];
  if (!row) return null;
  const accountIds = db.sql
    .exec<{ account_id: string }>(
      "SELECT account_id FROM identity_token_accounts WHERE token_id = ? ORDER BY account_id",
      row.id,
    )
    .toArray()
    .map((r) => r.account_id);
  return {
    tokenId: row.id,
    name: row.name,
    kind: row.kind === "account" ? "account" : "user",
    status: row.status,
    userId: row.user_id,
    accountIds,
    grant: JSON.parse(row.permissions) as PermissionGrant,
    notBefore: row.not_before,
    expiresOn: row.expires_on,
  };
}
