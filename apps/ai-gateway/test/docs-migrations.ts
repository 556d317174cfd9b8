/** The docs index's D1 migrations (packages/docs-search), read in Node for the workerd tests. */
import { join } from "node:path";
import { readD1Migrations } from "@cloudflare/vitest-plugin";

export function docsMigrations() {
  return readD1Migrations(join(import.meta.dirname, "../../../packages/docs-search/migrations"));
}
