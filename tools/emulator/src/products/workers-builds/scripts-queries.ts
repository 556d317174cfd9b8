/**
 * Reads and writes of `workers_scripts`, and the `script-response` object the Workers API returns
 * for a script (list, upload). Module contents never appear in that object: only the download
 * endpoint returns code.
 */
import type { Db } from "../../db";
import { scriptNotFound } from "./errors";

export interface StoredModule {
  name: string;
  contentType: string;
  content: string;
}

export type ScriptRow = {
  tag: string;
  account_id: string;
  name: string;
  handlers: string;
  compatibility_date: string;
  last_deployed_from: string;
  main_module: string | null;
  modules: string;
  etag: string;
  created_on: string;
  modified_on: string;
};

const COLUMNS =
  "tag, account_id, name, handlers, compatibility_date, last_deployed_from, main_module, modules, etag, created_on, modified_on";

export function listScripts(db: Db, accountId: string): ScriptRow[] {
  return db.sql
    .exec<ScriptRow>(
      `SELECT ${COLUMNS} FROM workers_scripts WHERE account_id = ? ORDER BY name`,
      accountId,
    )
    .toArray();
}

export function findScript(db: Db, accountId: string, name: string): ScriptRow | undefined {
  return db.sql
    .exec<ScriptRow>(
      `SELECT ${COLUMNS} FROM workers_scripts WHERE account_id = ? AND name = ?`,
      accountId,
      name,
    )
    .toArray()[0];
}

export function requireScript(db: Db, accountId: string, name: string): ScriptRow {
  const row = findScript(db, accountId, name);
  if (!row) throw scriptNotFound();
  return row;
}

export function upsertScript(db: Db, row: ScriptRow): void {
  db.sql.exec(
    `INSERT INTO workers_scripts (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (tag) DO UPDATE SET handlers = excluded.handlers,
        compatibility_date = excluded.compatibility_date,
        last_deployed_from = excluded.last_deployed_from, main_module = excluded.main_module,
        modules = excluded.modules, etag = excluded.etag, modified_on = excluded.modified_on`,
    row.tag,
    row.account_id,
    row.name,
    row.handlers,
    row.compatibility_date,
    row.last_deployed_from,
    row.main_module,
    row.modules,
    row.etag,
    row.created_on,
    row.modified_on,
  );
}

/** Deletes a script and its Builds configuration (its build history stays, as in the dashboard). */
export function deleteScript(db: Db, tag: string): void {
  db.sql.exec("DELETE FROM workers_scripts WHERE tag = ?", tag);
  db.sql.exec("DELETE FROM workers_builds_triggers WHERE script_tag = ?", tag);
}

export function modulesOf(row: ScriptRow): StoredModule[] {
  return JSON.parse(row.modules) as StoredModule[];
}

export function scriptView(row: ScriptRow): Record<string, unknown> {
  return {
    id: row.name,
    tag: row.tag,
    etag: row.etag,
    handlers: JSON.parse(row.handlers) as string[],
    compatibility_date: row.compatibility_date,
    compatibility_flags: [],
    created_on: row.created_on,
    modified_on: row.modified_on,
    has_assets: false,
    has_modules: row.main_module !== null,
    last_deployed_from: row.last_deployed_from,
    logpush: false,
    usage_model: "standard",
    tail_consumers: null,
  };
}
