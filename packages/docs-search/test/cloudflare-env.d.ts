// Types `env` from "cloudflare:workers" for this package's tests (see vitest.config.ts).
import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      DOCS_DB: D1Database;
      /** Has the schema but no rows: for the "index is empty" behaviour. */
      EMPTY_DOCS_DB: D1Database;
      /** Only the first migration: an index an earlier version of the package created. */
      OLD_DOCS_DB: D1Database;
      /** No tables at all: migrations never applied, nothing loaded. */
      BARE_DOCS_DB: D1Database;
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
