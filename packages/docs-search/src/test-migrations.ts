/// <reference types="node" />
/**
 * `@repo/docs-search/test-migrations`: the docs index's D1 migrations, read in Node (a vitest
 * config) for tests that run in workerd, which has no file system: `provide` them and apply them
 * with `applyD1Migrations` from `cloudflare:test`.
 */
import { join } from "node:path";
import { readD1Migrations } from "@cloudflare/vitest-plugin";

export function docsMigrations() {
  return readD1Migrations(join(import.meta.dirname, "..", "migrations"));
}
