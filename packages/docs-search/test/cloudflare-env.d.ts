// Types `env` from "cloudflare:workers" for this package's tests (see vitest.config.ts).
import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      DOCS_DB: D1Database;
      /** Has the schema but no rows: for the "index is empty" behaviour. */
      EMPTY_DOCS_DB: D1Database;
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
