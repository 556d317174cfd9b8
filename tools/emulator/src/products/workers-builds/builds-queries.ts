/**
 * Reads of builds, triggers and log lines, and the Builds API objects built from them
 * (`builds_BuildResponse`, `builds_TriggerResponse`). A build's trigger details come from a
 * join, so a build whose trigger was deleted still renders (with its trigger fields empty).
 */
import type { Db } from "../../db";
import { buildsNotFound } from "./errors";
import type { BuildRow } from "./schema";

export type TriggerRow = {
  uuid: string;
  account_id: string;
  script_tag: string;
  name: string;
  branch_includes: string;
  branch_excludes: string;
  build_command: string;
  deploy_command: string;
  root_directory: string;
  repo_owner: string;
  repo_name: string;
  created_on: string;
};

type BuildWithTrigger = BuildRow & { trigger: TriggerRow | undefined };

const BUILD_COLUMNS =
  "uuid, seq, account_id, script_tag, trigger_uuid, status, outcome, branch, commit_hash, commit_message, author, source, created_on, initializing_on, running_on, stopped_on";

export function listBuildsOfScript(db: Db, accountId: string, tag: string): BuildWithTrigger[] {
  const rows = db.sql
    .exec<BuildRow>(
      `SELECT ${BUILD_COLUMNS} FROM workers_builds_builds
        WHERE account_id = ? AND script_tag = ? ORDER BY seq DESC`,
      accountId,
      tag,
    )
    .toArray();
  return rows.map((row) => withTrigger(db, row));
}

export function findBuild(db: Db, accountId: string, uuid: string): BuildWithTrigger {
  const row = db.sql
    .exec<BuildRow>(
      `SELECT ${BUILD_COLUMNS} FROM workers_builds_builds WHERE account_id = ? AND uuid = ?`,
      accountId,
      uuid.toLowerCase(),
    )
    .toArray()[0];
  if (!row) throw buildsNotFound();
  return withTrigger(db, row);
}

export function nextBuildSeq(db: Db): number {
  const row = db.sql
    .exec<{ seq: number | null }>("SELECT MAX(seq) AS seq FROM workers_builds_builds")
    .one();
  return (row.seq ?? 0) + 1;
}

export function listTriggersOfScript(db: Db, accountId: string, tag: string): TriggerRow[] {
  return db.sql
    .exec<TriggerRow>(
      "SELECT * FROM workers_builds_triggers WHERE account_id = ? AND script_tag = ? ORDER BY created_on",
      accountId,
      tag,
    )
    .toArray();
}

export function findTrigger(db: Db, accountId: string, uuid: string): TriggerRow | undefined {
  return db.sql
    .exec<TriggerRow>(
      "SELECT * FROM workers_builds_triggers WHERE account_id = ? AND uuid = ?",
      accountId,
      uuid.toLowerCase(),
    )
    .toArray()[0];
}

export function readLogLines(
  db: Db,
  buildUuid: string,
  fromLine: number,
  limit: number,
): { lines: [number, string][]; total: number } {
  const lines = db.sql
    .exec<{ ts: number; text: string }>(
      "SELECT ts, text FROM workers_builds_logs WHERE build_uuid = ? AND line >= ? ORDER BY line LIMIT ?",
      buildUuid,
      fromLine,
      limit,
    )
    .toArray()
    .map((row): [number, string] => [row.ts, row.text]);
  const total = db.sql
    .exec<{ n: number }>(
      "SELECT COUNT(*) AS n FROM workers_builds_logs WHERE build_uuid = ?",
      buildUuid,
    )
    .one().n;
  return { lines, total };
}

export function appendLogLine(db: Db, buildUuid: string, ts: number, text: string): void {
  const next = db.sql
    .exec<{ n: number }>(
      "SELECT COUNT(*) AS n FROM workers_builds_logs WHERE build_uuid = ?",
      buildUuid,
    )
    .one().n;
  db.sql.exec(
    "INSERT INTO workers_builds_logs (build_uuid, line, ts, text) VALUES (?, ?, ?, ?)",
    buildUuid,
    next,
    ts,
    text,
  );
}

function withTrigger(db: Db, row: BuildRow): BuildWithTrigger {
  return { ...row, trigger: findTrigger(db, row.account_id, row.trigger_uuid) };
}

export function triggerView(trigger: TriggerRow): Record<string, unknown> {
  return {
    trigger_uuid: trigger.uuid,
    trigger_name: trigger.name,
    external_script_id: trigger.script_tag,
    branch_includes: JSON.parse(trigger.branch_includes) as string[],
    branch_excludes: JSON.parse(trigger.branch_excludes) as string[],
    path_includes: ["*"],
    path_excludes: [],
    build_command: trigger.build_command,
    deploy_command: trigger.deploy_command,
    root_directory: trigger.root_directory,
    build_caching_enabled: true,
    build_token_name: `${trigger.repo_name} build token`,
    created_on: trigger.created_on,
    modified_on: trigger.created_on,
    deleted_on: null,
    repo_connection: {
      provider_type: "github",
      provider_account_name: trigger.repo_owner,
      repo_name: trigger.repo_name,
      created_on: trigger.created_on,
      modified_on: trigger.created_on,
      deleted_on: null,
    },
  };
}

export function buildView(build: BuildWithTrigger): Record<string, unknown> {
  const trigger = build.trigger;
  return {
    build_uuid: build.uuid,
    status: build.status,
    build_outcome: build.outcome,
    created_on: build.created_on,
    initializing_on: build.initializing_on,
    running_on: build.running_on,
    stopped_on: build.stopped_on,
    modified_on: build.stopped_on ?? build.running_on ?? build.created_on,
    build_trigger_metadata: {
      build_trigger_source: build.source,
      branch: build.branch,
      commit_hash: build.commit_hash,
      commit_message: build.commit_message,
      author: build.author,
      build_command: trigger?.build_command ?? "",
      deploy_command: trigger?.deploy_command ?? "",
      root_directory: trigger?.root_directory ?? "/",
      provider_type: "github",
      provider_account_name: trigger?.repo_owner ?? "",
      repo_name: trigger?.repo_name ?? "",
      environment_variables: {},
    },
    trigger: trigger
      ? triggerView(trigger)
      : { trigger_uuid: build.trigger_uuid, external_script_id: build.script_tag },
    pull_request: null,
    deploy_hook: null,
  };
}
