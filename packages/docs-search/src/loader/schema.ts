// Recreates the docs tables from the package's migration files. Dropping first is the fast way
// to empty an FTS5 table: a DELETE would unindex every row one by one.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const MIGRATIONS_DIR = join(import.meta.dirname, "../../migrations");

const DOCS_TABLES = [
  "docs_passages",
  "docs_products",
  "docs_meta",
  "docs_pages",
  "docs_api_links",
  "docs_questions",
] as const;

/** The statements of every migration file, in file name order. */
export function readMigrationStatements(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".sql"))
    .sort()
    .flatMap((name) => splitStatements(readFileSync(join(dir, name), "utf8")));
}

// The migration files keep to a simple form (no semicolons inside strings or comments), so
// removing line comments and splitting at semicolons is exact for them.
function splitStatements(sql: string): string[] {
  return sql
    .replace(/--.*$/gm, "")
    .split(";")
    .map((statement) => statement.trim())
    .filter((statement) => statement !== "");
}

/** Drops the docs tables and creates them again, empty. */
export async function recreateSchema(db: D1Database): Promise<void> {
  await db.batch([
    ...DOCS_TABLES.map((table) => db.prepare(`DROP TABLE IF EXISTS ${table}`)),
    ...readMigrationStatements().map((statement) => db.prepare(statement)),
  ]);
}
