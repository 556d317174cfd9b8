/**
 * The storage handle every product receives: the Durable Object's SQLite database, a way to run
 * several statements atomically, and the clock used for `created`/`modified` stamps.
 */

export interface Db {
  readonly sql: SqlStorage;
  /** Runs `fn` in one SQLite transaction; a throw rolls every statement back. */
  transaction<T>(fn: () => T): T;
  /** Current time in the API's timestamp format (RFC 3339, microseconds, `Z`). */
  now(): string;
}

export function createDb(storage: DurableObjectStorage): Db {
  return {
    sql: storage.sql,
    transaction: (fn) => storage.transactionSync(fn),
    now: () => formatTimestamp(new Date()),
  };
}

/** `2025-02-03T10:15:42.118000Z`: the API prints six fractional digits. */
export function formatTimestamp(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, ".$1000Z");
}

/** Fresh 32-hex identifier, the shape of every Cloudflare object id. */
export function newId(): string {
  return crypto.randomUUID().replaceAll("-", "");
}
