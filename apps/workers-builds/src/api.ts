/**
 * The Workers script and Workers Builds endpoints of the Cloudflare v4 API, typed. Builds
 * endpoints take a Worker's tag (`external_script_id`), never its name: `resolve-worker.ts`
 * turns names into tags with {@link listScripts}.
 */
import type { CallApi, Page, PageRequest } from "@repo/mcp-kit";

const SCRIPTS = "/accounts/{account_id}/workers/scripts";
const WORKER_BUILDS = "/accounts/{account_id}/builds/workers/{tag}";
const BUILDS = "/accounts/{account_id}/builds/builds";

export interface Script {
  id: string;
  tag: string;
  handlers?: string[];
  compatibility_date?: string;
  created_on?: string;
  modified_on?: string;
  has_modules?: boolean;
  last_deployed_from?: string;
  usage_model?: string;
}

export type BuildStatus = "queued" | "initializing" | "running" | "stopped";
export type BuildOutcome = "success" | "fail" | "skipped" | "cancelled" | "terminated";

export interface BuildTriggerMetadata {
  build_trigger_source?: string;
  branch?: string;
  commit_hash?: string;
  commit_message?: string;
  author?: string;
  build_command?: string;
  deploy_command?: string;
  root_directory?: string;
  repo_name?: string;
  provider_account_name?: string;
}

export interface Trigger {
  trigger_uuid: string;
  trigger_name?: string;
  external_script_id?: string;
  branch_includes?: string[];
  branch_excludes?: string[];
  build_command?: string;
  deploy_command?: string;
  root_directory?: string;
  repo_connection?: { repo_name?: string; provider_account_name?: string; provider_type?: string };
}

export interface Build {
  build_uuid: string;
  status: BuildStatus;
  build_outcome: BuildOutcome | null;
  created_on: string;
  initializing_on?: string | null;
  running_on?: string | null;
  stopped_on?: string | null;
  build_trigger_metadata?: BuildTriggerMetadata;
  trigger?: Partial<Trigger>;
}

export interface LogPage {
  lines: Array<[number, string]>;
  cursor?: string;
  truncated?: boolean;
}

/** One code part of a downloaded Worker. */
export interface ScriptPart {
  name: string;
  contentType: string;
  content: string;
}

export async function listScripts(api: CallApi): Promise<Script[]> {
  return (await api.get<Script[] | null>(SCRIPTS)) ?? [];
}

/**
 * Downloads a Worker's code. Module Workers come back as multipart (one part per module), a
 * service-worker script as raw JavaScript.
 */
export async function downloadScript(api: CallApi, name: string): Promise<ScriptPart[]> {
  const response = await api.raw({ method: "GET", path: `${SCRIPTS}/{name}`, params: { name } });
  const type = response.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    return [
      { name: name, contentType: type || "application/javascript", content: await response.text() },
    ];
  }
  const parts: ScriptPart[] = [];
  for (const [field, value] of (await response.formData()).entries()) {
    if (typeof value === "string") {
      parts.push({ name: field, contentType: "text/plain", content: value });
    } else {
      parts.push({
        name: value.name || field,
        contentType: value.type,
        content: await value.text(),
      });
    }
  }
  return parts;
}

/** A Worker's builds, newest first. */
export function listBuilds(api: CallApi, tag: string, page: PageRequest): Promise<Page<Build>> {
  return api.page<Build>(`${WORKER_BUILDS}/builds`, page, { params: { tag } });
}

export async function listTriggers(api: CallApi, tag: string): Promise<Trigger[]> {
  return (await api.get<Trigger[] | null>(`${WORKER_BUILDS}/triggers`, { params: { tag } })) ?? [];
}

/** Latest build per Worker tag (the API takes at most 20 tags per call). */
export async function latestBuilds(api: CallApi, tags: string[]): Promise<Record<string, Build>> {
  const found: Record<string, Build> = {};
  for (let start = 0; start < tags.length; start += 20) {
    const result = await api.get<{ builds?: Record<string, Build> } | null>(`${BUILDS}/latest`, {
      query: { external_script_ids: tags.slice(start, start + 20).join(",") },
    });
    Object.assign(found, result?.builds ?? {});
  }
  return found;
}

export function getBuild(api: CallApi, buildUuid: string): Promise<Build> {
  return api.get<Build>(`${BUILDS}/{build_uuid}`, { params: { build_uuid: buildUuid } });
}

export async function getLogPage(
  api: CallApi,
  buildUuid: string,
  cursor: string | undefined,
): Promise<LogPage> {
  const page = await api.get<LogPage | null>(`${BUILDS}/{build_uuid}/logs`, {
    params: { build_uuid: buildUuid },
    query: cursor ? { cursor } : {},
  });
  return { lines: page?.lines ?? [], cursor: page?.cursor, truncated: page?.truncated };
}

export function createBuild(
  api: CallApi,
  triggerUuid: string,
  target: { branch?: string; commit_hash?: string },
): Promise<Build> {
  return api.post<Build>("/accounts/{account_id}/builds/triggers/{trigger_uuid}/builds", {
    params: { trigger_uuid: triggerUuid },
    body: { json: target },
  });
}
