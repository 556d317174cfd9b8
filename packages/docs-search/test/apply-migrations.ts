// Test setup: gives the test databases the schema from migrations/ (applying is idempotent):
// all of it, except OLD_DOCS_DB (the first migration only) and BARE_DOCS_DB (none).
import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

await applyD1Migrations(env.DOCS_DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.EMPTY_DOCS_DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.OLD_DOCS_DB, env.TEST_MIGRATIONS.slice(0, 1));
