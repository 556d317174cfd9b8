/**
 * Typed calls to the Workers script and Workers Builds endpoints of the Cloudflare v4 API. Builds
 * endpoints take a Worker's tag (`external_script_id`), never its name: `resolve-worker.ts`
 * turns names into tags with {@link listScripts}.
 */
import {
  type ApiQuery,
  apiPath,
  type CloudflareClient,
  type ResultInfo,
} from "@repo/cloudflare-api";

/** The slice of a tool call these helpers need. */
export interface ApiScope {
  api: CloudflareClient;
  accountId: string;
  signal?: AbortSignal;
}

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

export interface BuildPage {
  builds: Build[];
  info: ResultInfo | undefined;
}

/** One code part of a downloaded Worker. */
export interface ScriptPart {
  name: string;
  contentType: string;
  content: string;
}

export async function listScripts(scope: ApiScope): Promise<Script[]> {
  const path = apiPath`/accounts/${scope.accountId}/workers/scripts`;
  return (await get<Script[]>(scope, path)) ?? [];
}

/**
 * Downloads a Worker's code. Module Workers come back as multipart (one part per module), a
 * service-worker script as raw JavaScript.
 */
export async function downloadScript(scope: ApiScope, name: string): Promise<ScriptPart[]> {
  const response = await scope.api.requestRaw({
    method: "GET",
    path: apiPath`/accounts/${scope.accountId}/workers/scripts/${name}`,
    signal: scope.signal,
  });
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

export async function listBuilds(
  scope: ApiScope,
  tag: string,
  query: { page?: number; per_page?: number },
): Promise<BuildPage> {
  const response = await scope.api.request<Build[]>({
    method: "GET",
    path: apiPath`/accounts/${scope.accountId}/builds/workers/${tag}/builds`,
    query: { ...query },
    signal: scope.signal,
  });
  return { builds: response.result ?? [], info: response.resultInfo };
}

export async function listTriggers(scope: ApiScope, tag: string): Promise<Trigger[]> {
  const path = apiPath`/accounts/${scope.accountId}/builds/workers/${tag}/triggers`;
  return (await get<Trigger[]>(scope, path)) ?? [];
}

/** Latest build per Worker tag (the API takes at most 20 tags per call). */
export async function latestBuilds(
  scope: ApiScope,
  tags: string[],
): Promise<Record<string, Build>> {
  const found: Record<string, Build> = {};
  for (let start = 0; start < tags.length; start += 20) {
    const ids = tags.slice(start, start + 20).join(",");
    const path = apiPath`/accounts/${scope.accountId}/builds/builds/latest`;
    const result = await get<{ builds?: Record<string, Build> }>(scope, path, {
      external_script_ids: ids,
    });
    Object.assign(found, result?.builds ?? {});
  }
  return found;
}

export async function getBuild(scope: ApiScope, buildUuid: string): Promise<Build> {
  return get<Build>(scope, apiPath`/accounts/${scope.accountId}/builds/builds/${buildUuid}`);
}

export async function getLogPage(
  scope: ApiScope,
  buildUuid: string,
  cursor: string | undefined,
): Promise<LogPage> {
  const path = apiPath`/accounts/${scope.accountId}/builds/builds/${buildUuid}/logs`;
  const page = await get<LogPage>(scope, path, cursor ? { cursor } : {});
  return { lines: page?.lines ?? [], cursor: page?.cursor, truncated: page?.truncated };
}

export async function createBuild(
  scope: ApiScope,
  triggerUuid: string,
  target: { branch?: string; commit_hash?: string },
): Promise<Build> {
  const response = await scope.api.request<Build>({
    method: "POST",
    path: apiPath`/accounts/${scope.accountId}/builds/triggers/${triggerUuid}/builds`,
    body: { json: target },
    signal: scope.signal,
  });
  return response.result;
}

async function get<T>(scope: ApiScope, path: string, query: ApiQuery = {}): Promise<T> {
  const response = await scope.api.request<T>({ method: "GET", path, query, signal: scope.signal });
  return response.result;
}
