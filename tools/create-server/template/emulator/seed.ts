/**
 * My Product tables and demo data. Replace the example items with the product's own objects,
 * copying field names and shapes from the Cloudflare API reference; keep ids fixed (32 hex) so
 * tests can name them.
 */
import type { Db } from "../../db";
import { ACME_ACCOUNT } from "../../seed/identities";

export interface SeedItem {
  readonly id: string;
  readonly accountId: string;
  readonly name: string;
  readonly createdOn: string;
  readonly modifiedOn: string;
}

/** Acme Corp has three items, newest first; Globex Labs has none. */
export const ITEMS: readonly SeedItem[] = [
  {
    id: "0c1d2e3f40516273a4b5c6d7e8f90a1b",
    accountId: ACME_ACCOUNT.id,
    name: "example-gamma",
    createdOn: "2026-03-02T08:00:00.000000Z",
    modifiedOn: "2026-03-02T08:00:00.000000Z",
  },
  {
    id: "1b2c3d4e5f6071829a3b4c5d6e7f8091",
    accountId: ACME_ACCOUNT.id,
    name: "example-beta",
    createdOn: "2026-02-01T08:00:00.000000Z",
    modifiedOn: "2026-02-10T12:30:00.000000Z",
  },
  {
    id: "2a3b4c5d6e7f80910a1b2c3d4e5f6071",
    accountId: ACME_ACCOUNT.id,
    name: "example-alpha",
    createdOn: "2026-01-05T08:00:00.000000Z",
    modifiedOn: "2026-01-05T08:00:00.000000Z",
  },
];

export const ITEM_TABLES = ["my_product_items"] as const;

export const ITEM_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS my_product_items (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    name TEXT NOT NULL,
    created_on TEXT NOT NULL,
    modified_on TEXT NOT NULL
  )`,
] as const;

export function seedItems(db: Db): void {
  for (const item of ITEMS) {
    db.sql.exec(
      `INSERT INTO my_product_items (id, account_id, name, created_on, modified_on)
        VALUES (?, ?, ?, ?, ?)`,
      item.id,
      item.accountId,
      item.name,
      item.createdOn,
      item.modifiedOn,
    );
  }
}
