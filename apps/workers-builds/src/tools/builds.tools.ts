/**
 * Build tools: a Worker's builds (newest first), one build with its commands, and the Worker's
 * build triggers.
 */
import { jsonResult, type RegistrationContext } from "@repo/mcp-kit";
import { getBuild, listBuilds, listTriggers } from "../api";
import { BUILD_ERROR_HINTS, BUILDS_READ, BUILDS_READ_WITH_SCRIPTS } from "../hints";
import {
  NOT_CONNECTED_NOTE,
  notConnected,
  requireBuildUuid,
  resolveWorker,
} from "../resolve-worker";
import { BuildUuidSchema, PageSchema, PerPageSchema, WorkerSchema } from "../schemas";
import { toBuildDetail, toBuildRow, toTriggerRow } from "../shape";

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true } as const;

export function registerBuildTools(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "builds_list",
    title: "List a Worker's builds",
    description:
      "Workers Builds history of one Worker, newest first: build_uuid, status, outcome, branch, commit (short hash + message), author, trigger (push, pull_request, manual), created_on, duration. Use builds_diagnose for why a build failed, builds_get_logs for its log.",
    input: { worker: WorkerSchema, page: PageSchema, per_page: PerPageSchema },
    annotations: READ_ONLY,
    permission: BUILDS_READ_WITH_SCRIPTS,
    errorHints: BUILD_ERROR_HINTS,
    async handler({ worker, page, per_page }, call) {
      const script = await resolveWorker(call, worker);
      const requested = { page: page ?? 1, per_page: per_page ?? 10 };
      const result = await listBuilds(call, script.tag, requested);
      if (result.builds.length === 0 && requested.page === 1) {
        const triggers = await listTriggers(call, script.tag);
        if (triggers.length === 0) throw notConnected(script.id);
      }
      const builds = result.builds.map(toBuildRow);
      const total = result.info?.totalCount;
      const totalPages = result.info?.totalPages;
      const more =
        totalPages !== undefined
          ? requested.page < totalPages
          : builds.length === requested.per_page;
      const summary = `${builds.length}${total !== undefined ? ` of ${total}` : ""} builds of ${script.id}, newest first (page ${requested.page}).${more ? ` More: page ${requested.page + 1}.` : ""}`;
      return jsonResult({ worker: script.id, builds }, { summary });
    },
  });

  ctx.accountTool({
    name: "builds_get",
    title: "Get a build",
    description:
      "One Workers build by UUID: status, outcome, branch, commit (hash, message, author), trigger, repository, root directory, build command, deploy command and timings.",
    input: { build_uuid: BuildUuidSchema },
    annotations: READ_ONLY,
    permission: BUILDS_READ,
    errorHints: BUILD_ERROR_HINTS,
    async handler({ build_uuid }, call) {
      const build = await getBuild(call, requireBuildUuid(build_uuid));
      const outcome = build.build_outcome ?? build.status;
      return jsonResult(toBuildDetail(build), {
        summary: `Build ${build.build_uuid}: ${outcome}.`,
      });
    },
  });

  ctx.accountTool({
    name: "builds_list_triggers",
    title: "List a Worker's build triggers",
    description:
      "The Workers Builds triggers of a Worker: trigger_uuid, watched branches, build and deploy commands, root directory, repository. A Worker without triggers has no Git repository connected.",
    input: { worker: WorkerSchema },
    annotations: READ_ONLY,
    permission: BUILDS_READ_WITH_SCRIPTS,
    errorHints: BUILD_ERROR_HINTS,
    async handler({ worker }, call) {
      const script = await resolveWorker(call, worker);
      const triggers = (await listTriggers(call, script.tag)).map(toTriggerRow);
      const summary = triggers.length
        ? `${triggers.length} trigger${triggers.length === 1 ? "" : "s"} for ${script.id}.`
        : `${script.id}: ${NOT_CONNECTED_NOTE}`;
      return jsonResult({ worker: script.id, triggers }, { summary });
    },
  });
}
