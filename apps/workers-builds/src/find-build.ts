/**
 * Picks the build a tool works on: an explicit UUID, or a Worker's latest build; and finds the
 * last successful build of a branch before a given build.
 */
import { type CallApi, ToolError } from "@repo/mcp-kit";
import { type Build, getBuild, listBuilds, type Script } from "./api";
import { requireBuildUuid, requireTriggers, resolveWorker } from "./resolve-worker";

/** How many builds back `lastSuccessBefore` looks (two pages of 50). */
const HISTORY_PAGES = 2;

export interface BuildTarget {
  build: Build;
  script?: Script;
}

export async function findTargetBuild(
  api: CallApi,
  input: { worker?: string | undefined; build_uuid?: string | undefined },
): Promise<BuildTarget> {
  if (input.build_uuid) {
    return { build: await getBuild(api, requireBuildUuid(input.build_uuid)) };
  }
  if (!input.worker) {
    throw new ToolError("Give either worker (a Worker name) or build_uuid.", {
      hint: "Call workers_builds_workers_list for Worker names, or workers_builds_builds_list for build UUIDs.",
    });
  }
  const script = await resolveWorker(api, input.worker);
  const { items } = await listBuilds(api, script.tag, { page: 1, per_page: 1 });
  const latest = items[0];
  if (!latest) {
    await requireTriggers(api, script);
    throw new ToolError(`Worker "${script.id}" has Workers Builds connected but no builds yet.`, {
      hint: "Push to a branch the trigger watches, or start one with workers_builds_builds_trigger.",
    });
  }
  return { build: latest, script };
}

/** The newest successful build of `build`'s branch that is older than `build`. */
export async function lastSuccessBefore(
  api: CallApi,
  tag: string,
  build: Build,
): Promise<Build | undefined> {
  const branch = build.build_trigger_metadata?.branch;
  const before = Date.parse(build.created_on);
  for (let page = 1; page <= HISTORY_PAGES; page += 1) {
    const { items, paging } = await listBuilds(api, tag, { page, per_page: 50 });
    const match = items.find(
      (candidate) =>
        candidate.build_outcome === "success" &&
        candidate.build_trigger_metadata?.branch === branch &&
        Date.parse(candidate.created_on) < before,
    );
    if (match) return match;
    if (paging.next_page === undefined) break;
  }
  return undefined;
}

/** The Worker tag of a build (from its trigger), for history lookups. */
export function tagOf(target: BuildTarget): string | undefined {
  return target.script?.tag ?? target.build.trigger?.external_script_id;
}
