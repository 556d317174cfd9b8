/**
 * Schema creation, migration and seeding for the emulator's SQLite database.
 *
 * Emulator data is disposable demo state, so "migration" is deliberately blunt: when
 * {@link SCHEMA_VERSION} changes, every product table is dropped, recreated and re-seeded.
 * A product added without a version bump just gets its tables created and its seed applied
 * once (tracked per product in `emulator_meta`), leaving other products' data alone.
 */
import type { Db } from "./db";
import type { Product } from "./product";

/** Bump when an existing table's definition changes. */
export const SCHEMA_VERSION = 3;

const META_TABLE = `CREATE TABLE IF NOT EXISTS emulator_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
)`;

export interface StorageStatus {
  readonly schemaVersion: number;
  /** Products seeded by this call (empty when everything was already in place). */
  readonly seeded: readonly string[];
}

/** Creates or migrates the schema and seeds products that were never seeded. Idempotent. */
export function openStorage(db: Db, products: readonly Product[]): StorageStatus {
  return db.transaction(() => {
    db.sql.exec(META_TABLE);
    if (readMeta(db, "schema_version") !== String(SCHEMA_VERSION)) {
      return rebuild(db, products);
    }
    createTables(db, products);
    const seeded: string[] = [];
    for (const product of products) {
      if (readMeta(db, seedKey(product)) !== null) continue;
      product.seed(db);
      writeMeta(db, seedKey(product), db.now());
      seeded.push(product.name);
    }
    return { schemaVersion: SCHEMA_VERSION, seeded };
  });
}

/** Wipes every product's data and seeds it again. */
export function resetStorage(db: Db, products: readonly Product[]): StorageStatus {
  return db.transaction(() => {
    db.sql.exec(META_TABLE);
    return rebuild(db, products);
  });
}

function rebuild(db: Db, products: readonly Product[]): StorageStatus {
  for (const product of products) {
    for (const table of product.tables) db.sql.exec(`DROP TABLE IF EXISTS ${table}`);
  }
  db.sql.exec("DELETE FROM emulator_meta");
  createTables(db, products);
  for (const product of products) {
    product.seed(db);
    writeMeta(db, seedKey(product), db.now());
  }
  writeMeta(db, "schema_version", String(SCHEMA_VERSION));
  return { schemaVersion: SCHEMA_VERSION, seeded: products.map((p) => p.name) };
}

function createTables(db: Db, products: readonly Product[]): void {
  for (const product of products) {
    for (const statement of product.schema) db.sql.exec(statement);
  }
}

function seedKey(product: Product): string {
  return `seeded:${product.name}`;
}

function readMeta(db: Db, key: string): string | null {
  const row = db.sql
    .exec<{ value: string }>("SELECT value FROM emulator_meta WHERE key = ?", key)
    .toArray()[0];
  return row?.value ?? null;
}

function writeMeta(db: Db, key: string, value: string): void {
  db.sql.exec(
    "INSERT INTO emulator_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    key,
    value,
  );
}
