/**
 * Workers scripts and Workers Builds tables, and their seeding. Scripts keep their uploaded parts
 * as JSON (`modules`) so a download can answer exactly what was uploaded; build logs live one row
 * per line so the cursor endpoint can page them with a plain range query.
 */
import { type Db, formatTimestamp } from "../../db";
import { BUILDS, SCRIPTS, type SeedBuild, TRIGGERS } from "../../seed/workers-builds";

export const WORKERS_BUILDS_TABLES = [
  "workers_scripts",
  "workers_builds_triggers",
  "workers_builds_builds",
  "workers_builds_logs",
] as const;

export const WORKERS_BUILDS_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS workers_scripts (
    tag TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    name TEXT NOT NULL,
    handlers TEXT NOT NULL,
    compatibility_date TEXT NOT NULL,
    last_deployed_from TEXT NOT NULL,
    main_module TEXT,
    modules TEXT NOT NULL,
    etag TEXT NOT NULL,
    created_on TEXT NOT NULL,
    modified_on TEXT NOT NULL,
    UNIQUE (account_id, name)
  )`,
  `CREATE TABLE IF NOT EXISTS workers_builds_triggers (
    uuid TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    script_tag TEXT NOT NULL,
    name TEXT NOT NULL,
    branch_includes TEXT NOT NULL,
    branch_excludes TEXT NOT NULL,
    build_command TEXT NOT NULL,
    deploy_command TEXT NOT NULL,
    root_directory TEXT NOT NULL,
    repo_owner TEXT NOT NULL,
    repo_name TEXT NOT NULL,
    created_on TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS workers_builds_builds (
    uuid TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    account_id TEXT NOT NULL,
    script_tag TEXT NOT NULL,
    trigger_uuid TEXT NOT NULL,
    status TEXT NOT NULL,
    outcome TEXT,
    branch TEXT NOT NULL,
    commit_hash TEXT NOT NULL,
    commit_message TEXT NOT NULL,
    author TEXT NOT NULL,
    source TEXT NOT NULL,
    created_on TEXT NOT NULL,
    initializing_on TEXT,
    running_on TEXT,
    stopped_on TEXT
  )`,
  `CREATE TABLE IF NOT EXISTS workers_builds_logs (
    build_uuid TEXT NOT NULL,
    line INTEGER NOT NULL,
    ts INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (build_uuid, line)
  )`,
] as const;

export function seedWorkersBuilds(db: Db): void {
  for (const script of SCRIPTS) {
    db.sql.exec(
      `INSERT INTO workers_scripts (tag, account_id, name, handlers, compatibility_date,
        last_deployed_from, main_module, modules, etag, created_on, modified_on)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      script.tag,
      script.accountId,
      script.name,
      JSON.stringify(script.handlers),
      script.compatibilityDate,
      script.lastDeployedFrom,
      script.mainModule,
      JSON.stringify(script.modules),
      `${script.tag}${script.tag}`,
      script.createdOn,
      script.modifiedOn,
    );
  }
  for (const trigger of TRIGGERS) {
    db.sql.exec(
      `INSERT INTO workers_builds_triggers (uuid, account_id, script_tag, name, branch_includes,
        branch_excludes, build_command, deploy_command, root_directory, repo_owner, repo_name,
        created_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      trigger.uuid,
      trigger.accountId,
      trigger.scriptTag,
      trigger.name,
      JSON.stringify(trigger.branchIncludes),
      JSON.stringify(trigger.branchExcludes),
      trigger.buildCommand,
      trigger.deployCommand,
      trigger.rootDirectory,
      trigger.repoOwner,
      trigger.repoName,
      trigger.createdOn,
    );
  }
  // BUILDS is newest first; sequence numbers count up from the oldest.
  const oldestFirst = [...BUILDS].reverse();
  for (const [index, build] of oldestFirst.entries()) seedBuild(db, build, index + 1);
}

function seedBuild(db: Db, build: SeedBuild, seq: number): void {
  const created = Date.parse(build.createdOn);
  const last = build.logs.at(-1)?.[0] ?? created;
  insertBuildRow(db, {
    uuid: build.uuid,
    seq,
    account_id: build.accountId,
    script_tag: build.scriptTag,
    trigger_uuid: build.triggerUuid,
    status: "stopped",
    outcome: build.outcome,
    branch: build.branch,
    commit_hash: build.commitHash,
    commit_message: build.commitMessage,
    author: build.author,
    source: build.source,
    created_on: build.createdOn,
    initializing_on: iso(created + 1_000),
    running_on: iso(created + 3_000),
    stopped_on: iso(last + 500),
  });
  build.logs.forEach(([ts, text], index) => {
    db.sql.exec(
      "INSERT INTO workers_builds_logs (build_uuid, line, ts, text) VALUES (?, ?, ?, ?)",
      build.uuid,
      index,
      ts,
      text,
    );
  });
}

export type BuildRow = {
  uuid: string;
  seq: number;
  account_id: string;
  script_tag: string;
  trigger_uuid: string;
  status: string;
  outcome: string | null;
  branch: string;
  commit_hash: string;
  commit_message: string;
  author: string;
  source: string;
  created_on: string;
  initializing_on: string | null;
  running_on: string | null;
  stopped_on: string | null;
};

export function insertBuildRow(db: Db, row: BuildRow): void {
  db.sql.exec(
    `INSERT INTO workers_builds_builds (uuid, seq, account_id, script_tag, trigger_uuid, status,
      outcome, branch, commit_hash, commit_message, author, source, created_on, initializing_on,
      running_on, stopped_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    row.uuid,
    row.seq,
    row.account_id,
    row.script_tag,
    row.trigger_uuid,
    row.status,
    row.outcome,
    row.branch,
    row.commit_hash,
    row.commit_message,
    row.author,
    row.source,
    row.created_on,
    row.initializing_on,
    row.running_on,
    row.stopped_on,
  );
}

/** Epoch milliseconds in the API's timestamp format. */
export function iso(ms: number): string {
  return formatTimestamp(new Date(ms));
}
