/**
 * workers_builds_builds_trigger: start a build on a Worker's trigger, for a branch or commit, or retry a failed
 * build (same trigger and branch).
 */
import { jsonResult, type RegistrationContext, ToolError } from "@repo/mcp-kit";
import { type Build, createBuild, getBuild, type Trigger } from "../api";
import { BUILDS_EDIT } from "../hints";
import { requireBuildUuid, requireTriggers, resolveWorker } from "../resolve-worker";
import { BranchSchema, BuildUuidSchema, CommitHashSchema, WorkerSchema } from "../schemas";
import { toBuildRow } from "../shape";

export function registerTriggerTool(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "workers_builds_builds_trigger",
    title: "Start or retry a build",
    description:
      "Start a Workers build. Retry: pass build_uuid; it reuses that build's trigger and builds the current head of its branch, which may be newer than the failed commit (the result names that commit; add commit_hash to rebuild exactly it). New build: pass worker and optionally branch or commit_hash (default: the trigger's first branch). Returns the queued build; follow it with workers_builds_builds_list or workers_builds_builds_get. It deploys when the build succeeds.",
    input: {
      worker: WorkerSchema.optional(),
      build_uuid: BuildUuidSchema.optional().describe(
        "A build to retry (same trigger and branch).",
      ),
      branch: BranchSchema.optional(),
      commit_hash: CommitHashSchema.optional(),
    },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    permission: BUILDS_EDIT,
    async handler(input, call) {
      let triggerUuid: string;
      let branch = input.branch;
      let previous: Build | undefined;
      if (input.build_uuid) {
        previous = await getBuild(call.api, requireBuildUuid(input.build_uuid));
        const uuid = previous.trigger?.trigger_uuid;
        if (!uuid) {
          throw new ToolError("That build has no trigger any more, so it cannot be retried.", {
            hint: "Call workers_builds_triggers_list for the Worker and pass worker with a branch instead.",
          });
        }
        triggerUuid = uuid;
        branch ??= input.commit_hash ? undefined : previous.build_trigger_metadata?.branch;
      } else if (input.worker) {
        const script = await resolveWorker(call.api, input.worker);
        const triggers = await requireTriggers(call.api, script);
        const trigger = pickTrigger(triggers, branch);
        triggerUuid = trigger.trigger_uuid;
        branch ??= input.commit_hash ? undefined : defaultBranch(trigger);
      } else {
        throw new ToolError("Give worker (a Worker name) or build_uuid (a build to retry).", {
          hint: "Call workers_builds_workers_list or workers_builds_builds_list first.",
        });
      }
      const target = input.commit_hash
        ? { commit_hash: input.commit_hash }
        : { branch: branch ?? "main" };
      const build = await createBuild(call.api, triggerUuid, target);
      const on = target.commit_hash ? `commit ${target.commit_hash}` : `branch ${target.branch}`;
      const retry = previous ? retryNote(previous, target) : undefined;
      return jsonResult(
        {
          build: toBuildRow(build),
          trigger_uuid: triggerUuid,
          ...(previous
            ? {
                retry_of: {
                  build_uuid: previous.build_uuid,
                  branch: previous.build_trigger_metadata?.branch,
                  commit_hash: previous.build_trigger_metadata?.commit_hash,
                },
                builds: target.commit_hash ? "the given commit" : "the branch head",
              }
            : {}),
        },
        {
          summary: `Started build ${build.build_uuid} on ${on} (status ${build.status}).${retry ?? ""} Check it with workers_builds_builds_get or workers_builds_builds_list.`,
        },
      );
    },
  });
}

/** What a retry rebuilds: the branch head (and how to rebuild the failed commit instead). */
function retryNote(previous: Build, target: { branch?: string; commit_hash?: string }): string {
  const commit = previous.build_trigger_metadata?.commit_hash;
  if (target.commit_hash || !commit) return "";
  const message = previous.build_trigger_metadata?.commit_message?.split("\n")[0];
  return ` This rebuilds the current head of ${target.branch}, which may be newer than the commit build ${previous.build_uuid} built (${commit.slice(0, 7)}${message ? ` "${message}"` : ""}); to rebuild exactly that commit, call again with build_uuid and commit_hash=${commit}.`;
}

function pickTrigger(triggers: Trigger[], branch: string | undefined): Trigger {
  if (branch) {
    const watching = triggers.find((trigger) => trigger.branch_includes?.includes(branch));
    if (watching) return watching;
  }
  return triggers[0]!;
}

function defaultBranch(trigger: Trigger): string {
  return trigger.branch_includes?.find((branch) => !branch.includes("*")) ?? "main";
}
