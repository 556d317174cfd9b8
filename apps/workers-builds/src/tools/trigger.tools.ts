/**
 * workers_builds_builds_trigger: start a build on a Worker's trigger, for a branch or commit, or retry a failed
 * build (same trigger and branch).
 */
import { jsonResult, type RegistrationContext, ToolError } from "@repo/mcp-kit";
import { createBuild, getBuild, type Trigger } from "../api";
import { BUILDS_EDIT } from "../hints";
import { requireBuildUuid, requireTriggers, resolveWorker } from "../resolve-worker";
import { BranchSchema, BuildUuidSchema, CommitHashSchema, WorkerSchema } from "../schemas";
import { toBuildRow } from "../shape";

export function registerTriggerTool(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "workers_builds_builds_trigger",
    title: "Start or retry a build",
    description:
      "Start a Workers build. Retry: pass build_uuid (it reuses that build's trigger and branch). New build: pass worker and optionally branch or commit_hash (default: the trigger's first branch). Returns the queued build; follow it with workers_builds_builds_list or workers_builds_builds_get. It deploys when the build succeeds.",
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
      if (input.build_uuid) {
        const previous = await getBuild(call.api, requireBuildUuid(input.build_uuid));
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
      return jsonResult(
        { build: toBuildRow(build), trigger_uuid: triggerUuid },
        {
          summary: `Started build ${build.build_uuid} on ${on} (status ${build.status}). Check it with workers_builds_builds_get or workers_builds_builds_list.`,
        },
      );
    },
  });
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
