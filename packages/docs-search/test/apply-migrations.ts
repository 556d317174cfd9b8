// Test setup: gives both test databases the schema from migrations/ (applying is idempotent).
import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

await applyD1Migrations(env.DOCS_DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.EMPTY_DOCS_DB, env.TEST_MIGRATIONS);
