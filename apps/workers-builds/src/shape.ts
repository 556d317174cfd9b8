/**
 * Compact rows and one-line descriptions of builds, triggers and log lines for the model.
 */
import type { Build, Trigger } from "./api";

export interface BuildRow {
  build_uuid: string;
  status: string;
  outcome: string | null;
  branch?: string;
  commit?: string;
  author?: string;
  trigger?: string;
  created_on: string;
  duration_s?: number;
}

export function shortHash(hash: string | undefined): string | undefined {
  return hash ? hash.slice(0, 7) : undefined;
}

/** `e4a91c0 Upgrade hono…`: short hash and the first line of the message. */
export function commitLabel(build: Build): string | undefined {
  const meta = build.build_trigger_metadata;
  const hash = shortHash(meta?.commit_hash);
  if (!hash) return undefined;
  const message = meta?.commit_message?.split("\n")[0];
  return message ? `${hash} ${message}` : hash;
}

export function durationSeconds(build: Build): number | undefined {
  const start = build.initializing_on ?? build.created_on;
  if (!build.stopped_on || !start) return undefined;
  return Math.round((Date.parse(build.stopped_on) - Date.parse(start)) / 1000);
}

export function toBuildRow(build: Build): BuildRow {
  const meta = build.build_trigger_metadata;
  const row: BuildRow = {
    build_uuid: build.build_uuid,
    status: build.status,
    outcome: build.build_outcome,
    created_on: build.created_on,
  };
  if (meta?.branch) row.branch = meta.branch;
  const commit = commitLabel(build);
  if (commit) row.commit = commit;
  if (meta?.author) row.author = meta.author;
  if (meta?.build_trigger_source) row.trigger = meta.build_trigger_source;
  const duration = durationSeconds(build);
  if (duration !== undefined) row.duration_s = duration;
  return row;
}

/** Everything about one build, including its commands. */
export function toBuildDetail(build: Build): Record<string, unknown> {
  const meta = build.build_trigger_metadata ?? {};
  return {
    ...toBuildRow(build),
    commit_hash: meta.commit_hash,
    commit_message: meta.commit_message,
    repository: meta.repo_name
      ? `${meta.provider_account_name ? `${meta.provider_account_name}/` : ""}${meta.repo_name}`
      : undefined,
    root_directory: meta.root_directory,
    build_command: meta.build_command || "(none)",
    deploy_command: meta.deploy_command || "(none)",
    trigger_uuid: build.trigger?.trigger_uuid,
    trigger_name: build.trigger?.trigger_name,
    initializing_on: build.initializing_on ?? undefined,
    running_on: build.running_on ?? undefined,
    stopped_on: build.stopped_on ?? undefined,
  };
}

export function toTriggerRow(trigger: Trigger): Record<string, unknown> {
  const repo = trigger.repo_connection;
  return {
    trigger_uuid: trigger.trigger_uuid,
    name: trigger.trigger_name,
    branches: trigger.branch_includes ?? [],
    ...(trigger.branch_excludes?.length ? { excluded_branches: trigger.branch_excludes } : {}),
    build_command: trigger.build_command || "(none)",
    deploy_command: trigger.deploy_command || "(none)",
    root_directory: trigger.root_directory,
    repository: repo?.repo_name
      ? `${repo.provider_account_name ? `${repo.provider_account_name}/` : ""}${repo.repo_name}`
      : undefined,
  };
}

/** `#12 2026-11-20T14:02:05.137Z text`: line number (1-based) and a full timestamp. */
export function formatLogLine(number: number, [timestamp, text]: [number, string]): string {
  return `#${number} ${formatTimestamp(timestamp)} ${text}`;
}

/** Log timestamps are epoch milliseconds; seconds are accepted too (the spec's example). */
export function formatTimestamp(timestamp: number): string {
  const ms = timestamp < 1e12 ? timestamp * 1000 : timestamp;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(timestamp) : date.toISOString();
}
