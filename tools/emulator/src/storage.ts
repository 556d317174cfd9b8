/**
 * Schema creation, migration and seeding for the emulator's SQLite database.
 *
 * Emulator data is disposable demo state, so "migration" is deliberately blunt: when
 * {@link SCHEMA_VERSION} changes, every product table is dropped, recreated and re-seeded.
 * A product added without a version bump just gets its tables created and its seed applied
 * once (tracked per product in `emulator_meta`), leaving other products' data alone.
 *
 * Seeds are pure (no clock, no randomness), so a product whose tables nobody wrote since it was
 * seeded already holds exactly its seed: reset skips it. Triggers on every product table delete
 * the product's `pristine:` mark on any insert, update or delete, whoever writes (a route,
 * another product, a test reaching into the Durable Object); a dropped table is noticed by name.
 * Tests reset before every test, and AI Gateway's ~1,700 logs would otherwise be rewritten each
 * time although no route writes them.
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

/**
 * Brings every product back to its seed: the products written since their last seed are dropped,
 * recreated and seeded again (the others already hold their seed, see above). `seeded` names
 * the products it re-seeded.
 */
export function resetStorage(db: Db, products: readonly Product[]): StorageStatus {
  return db.transaction(() => {
    db.sql.exec(META_TABLE);
    if (readMeta(db, "schema_version") !== String(SCHEMA_VERSION)) return rebuild(db, products);
    const tables = existingTables(db);
    const written = products.filter(
      (product) =>
        readMeta(db, pristineKey(product)) === null ||
        product.tables.some((table) => !tables.has(table)),
    );
    reseed(db, written);
    return { schemaVersion: SCHEMA_VERSION, seeded: written.map((p) => p.name) };
  });
}

function rebuild(db: Db, products: readonly Product[]): StorageStatus {
  db.sql.exec("DELETE FROM emulator_meta");
  reseed(db, products);
  writeMeta(db, "schema_version", String(SCHEMA_VERSION));
  return { schemaVersion: SCHEMA_VERSION, seeded: products.map((p) => p.name) };
}

/** Drops, recreates and seeds `products`, leaving each marked pristine. */
function reseed(db: Db, products: readonly Product[]): void {
  for (const product of products) {
    for (const table of product.tables) db.sql.exec(`DROP TABLE IF EXISTS ${table}`);
  }
  createTables(db, products);
  for (const product of products) {
    product.seed(db);
    writeMeta(db, seedKey(product), db.now());
    // After the seed's own inserts, which fire the triggers too.
    writeMeta(db, pristineKey(product), db.now());
  }
}

function createTables(db: Db, products: readonly Product[]): void {
  for (const product of products) {
    for (const statement of product.schema) db.sql.exec(statement);
    for (const table of product.tables) {
      for (const event of ["INSERT", "UPDATE", "DELETE"]) {
        db.sql.exec(
          `CREATE TRIGGER IF NOT EXISTS ${table}_written_${event.toLowerCase()} AFTER ${event} ON ${table}
           BEGIN DELETE FROM emulator_meta WHERE key = '${pristineKey(product)}'; END`,
        );
      }
    }
  }
}

function existingTables(db: Db): Set<string> {
  const rows = db.sql
    .exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
    .toArray();
  return new Set(rows.map((row) => row.name));
}

function seedKey(product: Product): string {
  return `seeded:${product.name}`;
}

/** Present while nothing has written the product's tables since its seed. */
function pristineKey(product: Product): string {
  return `pristine:${product.name}`;
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
