/**
 * Workers Builds routes: builds and triggers of a Worker (by its tag), one build, its logs
 * (cursor pages of `[timestamp_ms, text]` lines), the latest build per Worker, and manual builds
 * started on a trigger.
 *
 * Log pages: `cursor` is returned while more lines remain and `truncated` is then `true`, which is
 * what clients loop on. A manual build is recorded as `queued` with one log line; the emulator
 * does not run it.
 */
import { success } from "../../envelope";
import type { RouteContext } from "../../product";
import { paginate, readJson, readPage } from "../../request";
import { LOG_PAGE_LINES } from "../../seed/workers-builds";
import {
  appendLogLine,
  buildView,
  findBuild,
  findTrigger,
  listBuildsOfScript,
  listTriggersOfScript,
  nextBuildSeq,
  readLogLines,
  triggerView,
} from "./builds-queries";
import { buildsNotFound, invalidBuildRequest, invalidBuildUuid } from "./errors";
import { insertBuildRow } from "./schema";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BUILD_PAGE_LIMITS = { defaultPerPage: 50, minPerPage: 1, maxPerPage: 200 };
const MAX_LATEST_SCRIPTS = 20;

export function listScriptBuilds({ db, params, url }: RouteContext): Response {
  const builds = listBuildsOfScript(db, params.account_id!, params.external_script_id!);
  const { page, info } = paginate(builds, readPage(url, BUILD_PAGE_LIMITS));
  return success(page.map(buildView), { resultInfo: info });
}

export function listScriptTriggers({ db, params }: RouteContext): Response {
  const triggers = listTriggersOfScript(db, params.account_id!, params.external_script_id!);
  return success(triggers.map(triggerView));
}

export function getLatestBuilds({ db, params, url }: RouteContext): Response {
  const raw = url.searchParams.get("external_script_ids") ?? "";
  const tags = raw
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
  if (tags.length === 0) throw invalidBuildRequest("external_script_ids is required");
  if (tags.length > MAX_LATEST_SCRIPTS) {
    throw invalidBuildRequest(`external_script_ids takes at most ${MAX_LATEST_SCRIPTS} tags`);
  }
  const builds: Record<string, unknown> = {};
  for (const tag of tags) {
    const [latest] = listBuildsOfScript(db, params.account_id!, tag);
    if (latest) builds[tag] = buildView(latest);
  }
  return success({ builds });
}

export function getBuild({ db, params }: RouteContext): Response {
  return success(buildView(findBuild(db, params.account_id!, requireUuid(params.build_uuid!))));
}

export function getBuildLogs({ db, params, url }: RouteContext): Response {
  const build = findBuild(db, params.account_id!, requireUuid(params.build_uuid!));
  const start = decodeCursor(url.searchParams.get("cursor"));
  const { lines, total } = readLogLines(db, build.uuid, start, LOG_PAGE_LINES);
  const next = start + lines.length;
  const more = next < total;
  return success({ lines, truncated: more, ...(more ? { cursor: encodeCursor(next) } : {}) });
}

export async function createManualBuild({ db, params, request }: RouteContext): Promise<Response> {
  const accountId = params.account_id!;
  const trigger = findTrigger(db, accountId, requireUuid(params.trigger_uuid!));
  if (!trigger) throw buildsNotFound();
  const body = await readJson(request, () => invalidBuildRequest("Invalid JSON body"));
  const { branch, commit_hash: commitHash } = (body ?? {}) as Record<string, unknown>;
  if (typeof branch !== "string" && typeof commitHash !== "string") {
    throw invalidBuildRequest("branch or commit_hash is required");
  }
  const created = db.transaction(() => {
    // The commit to build: the given hash, else the newest commit seen on the branch.
    const history = listBuildsOfScript(db, accountId, trigger.script_tag);
    const known =
      typeof commitHash === "string"
        ? history.find((build) => build.commit_hash.startsWith(commitHash.toLowerCase()))
        : history.find((build) => build.branch === branch);
    const now = Date.now();
    const uuid = crypto.randomUUID();
    insertBuildRow(db, {
      uuid,
      seq: nextBuildSeq(db),
      account_id: accountId,
      script_tag: trigger.script_tag,
      trigger_uuid: trigger.uuid,
      status: "queued",
      outcome: null,
      branch: typeof branch === "string" ? branch : (known?.branch ?? ""),
      commit_hash: typeof commitHash === "string" ? commitHash : (known?.commit_hash ?? ""),
      commit_message: known?.commit_message ?? "",
      author: known?.author ?? "",
      source: "manual",
      created_on: db.now(),
      initializing_on: null,
      running_on: null,
      stopped_on: null,
    });
    appendLogLine(db, uuid, now, "Build queued: waiting for a build machine");
    return findBuild(db, accountId, uuid);
  });
  return success(buildView(created));
}

function requireUuid(value: string): string {
  if (!UUID.test(value)) throw invalidBuildUuid();
  return value.toLowerCase();
}

function encodeCursor(line: number): string {
  return btoa(JSON.stringify({ line })).replaceAll("=", "");
}

function decodeCursor(cursor: string | null): number {
  if (cursor === null || cursor === "") return 0;
  try {
    const padded = cursor + "=".repeat((4 - (cursor.length % 4)) % 4);
    const { line } = JSON.parse(atob(padded)) as { line?: unknown };
    if (typeof line === "number" && Number.isInteger(line) && line >= 0) return line;
  } catch {
    // fall through
  }
  throw invalidBuildRequest("Invalid cursor");
}
