/**
 * workers_builds_builds_diagnose: one compact answer to "why did my build fail?": the failing step, the first
 * error with context, the commands, the commit, and the last successful build of the branch.
 */
import { jsonResult, type RegistrationContext } from "@repo/mcp-kit";
import { diagnoseLog, failingCommand, suggestFix } from "../diagnose";
import { findTargetBuild, lastSuccessBefore, tagOf } from "../find-build";
import { BUILDS_READ_WITH_SCRIPTS } from "../hints";
import { readBuildLog } from "../logs";
import { BuildUuidSchema, WorkerSchema } from "../schemas";
import { commitLabel, toBuildRow } from "../shape";

export function registerDiagnoseTool(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "workers_builds_builds_diagnose",
    title: "Diagnose a build",
    description:
      "Explain a Workers build failure in one answer: the failing step (install, build, deploy…), the first error lines with context, the build and deploy commands, the commit (hash, message, author) and the last successful build of the same branch, so you can tell which commit broke it. Give worker (latest build) or build_uuid.",
    input: { worker: WorkerSchema.optional(), build_uuid: BuildUuidSchema.optional() },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: BUILDS_READ_WITH_SCRIPTS,
    async handler(input, call) {
      const target = await findTargetBuild(call.api, input);
      const { build } = target;
      const meta = build.build_trigger_metadata ?? {};
      const base = {
        build: toBuildRow(build),
        commit: {
          hash: meta.commit_hash,
          message: meta.commit_message,
          author: meta.author,
          branch: meta.branch,
        },
        commands: {
          build: meta.build_command || "(none)",
          deploy: meta.deploy_command || "(none)",
        },
      };
      if (build.build_outcome !== "fail") {
        const state = build.build_outcome ?? build.status;
        return jsonResult(base, {
          summary: `Build ${build.build_uuid} did not fail (${state}); nothing to diagnose. Use workers_builds_builds_list to find a failed build.`,
        });
      }
      const log = await readBuildLog(call.api, build.build_uuid);
      const diagnosis = diagnoseLog(log.lines);
      const tag = tagOf(target);
      const lastGood = tag ? await lastSuccessBefore(call.api, tag, build) : undefined;
      const commands = { build: meta.build_command, deploy: meta.deploy_command };
      const next = suggestFix(diagnosis, diagnosis.excerpt.join("\n"), commands);
      const culprit = lastGood
        ? `Last success on ${meta.branch}: ${commitLabel(lastGood)} (${lastGood.created_on}); the failure came with ${commitLabel(build)} by ${meta.author ?? "unknown"}.`
        : `No earlier successful build of ${meta.branch ?? "this branch"} was found.`;
      const summary = `Build ${build.build_uuid} failed in the ${diagnosis.step} step, running ${failingCommand(diagnosis.step, commands)}. ${culprit}`;
      return jsonResult(
        {
          ...base,
          failed_step: diagnosis.step,
          failed_command: failingCommand(diagnosis.step, commands),
          first_error_line: diagnosis.first_error_line,
          error_excerpt: diagnosis.excerpt,
          failed_lines: diagnosis.failed_lines,
          ...(diagnosis.api_error_code ? { api_error_code: diagnosis.api_error_code } : {}),
          last_successful_build: lastGood ? toBuildRow(lastGood) : null,
          log_lines: log.lines.length,
          ...(log.complete ? {} : { log_complete: false }),
          next_step: next,
        },
        { summary },
      );
    },
  });
}
