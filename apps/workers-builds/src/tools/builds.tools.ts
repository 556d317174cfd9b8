/**
 * Build tools: a Worker's builds (newest first), one build with its commands, and the Worker's
 * build triggers.
 */
import { jsonResult, pageResult, pagingInput, type RegistrationContext } from "@repo/mcp-kit";
import { getBuild, listBuilds, listTriggers } from "../api";
import { BUILDS_READ, BUILDS_READ_WITH_SCRIPTS } from "../hints";
import {
  NOT_CONNECTED_NOTE,
  notConnected,
  requireBuildUuid,
  resolveWorker,
} from "../resolve-worker";
import { BuildUuidSchema, WorkerSchema } from "../schemas";
import { toBuildDetail, toBuildRow, toTriggerRow } from "../shape";

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true } as const;

export function registerBuildTools(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "workers_builds_builds_list",
    title: "List a Worker's builds",
    description:
      "Workers Builds history of one Worker, newest first: build_uuid, status, outcome, branch, commit (short hash + message), author, trigger (push, pull_request, manual), created_on, duration. Use workers_builds_builds_diagnose for why a build failed, workers_builds_build_logs_get for its log.",
    input: {
      worker: WorkerSchema,
      ...pagingInput({ noun: "builds", defaultPerPage: 10, maxPerPage: 50 }),
    },
    annotations: READ_ONLY,
    permission: BUILDS_READ_WITH_SCRIPTS,
    async handler({ worker, ...page }, call) {
      const script = await resolveWorker(call.api, worker);
      const { items, paging } = await listBuilds(call.api, script.tag, page);
      if (items.length === 0 && paging.page === 1) {
        const triggers = await listTriggers(call.api, script.tag);
        if (triggers.length === 0) throw notConnected(script.id);
      }
      return pageResult(items.map(toBuildRow), paging, {
        noun: `builds of ${script.id}`,
        key: "builds",
        data: { worker: script.id },
      });
    },
  });

  ctx.accountTool({
    name: "workers_builds_builds_get",
    title: "Get a build",
    description:
      "One Workers build by UUID: status, outcome, branch, commit (hash, message, author), trigger, repository, root directory, build command, deploy command and timings.",
    input: { build_uuid: BuildUuidSchema },
    annotations: READ_ONLY,
    permission: BUILDS_READ,
    async handler({ build_uuid }, call) {
      const build = await getBuild(call.api, requireBuildUuid(build_uuid));
      const outcome = build.build_outcome ?? build.status;
      return jsonResult(toBuildDetail(build), {
        summary: `Build ${build.build_uuid}: ${outcome}.`,
      });
    },
  });

  ctx.accountTool({
    name: "workers_builds_triggers_list",
    title: "List a Worker's build triggers",
    description:
      "The Workers Builds triggers of a Worker: trigger_uuid, watched branches, build and deploy commands, root directory, repository. A Worker without triggers has no Git repository connected.",
    input: { worker: WorkerSchema },
    annotations: READ_ONLY,
    permission: BUILDS_READ_WITH_SCRIPTS,
    async handler({ worker }, call) {
      const script = await resolveWorker(call.api, worker);
      const triggers = (await listTriggers(call.api, script.tag)).map(toTriggerRow);
      const summary = triggers.length
        ? `${triggers.length} trigger${triggers.length === 1 ? "" : "s"} for ${script.id}.`
        : `${script.id}: ${NOT_CONNECTED_NOTE}`;
      return jsonResult({ worker: script.id, triggers }, { summary });
    },
  });
}
