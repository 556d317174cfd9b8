/**
 * workers_builds_build_logs_get: a build's log, read across the API's cursor pages (bounded), returned as a
 * line range with full timestamps. Without a range it returns the end of the log, where
 * failures are.
 */
import { jsonResult, type RegistrationContext, z } from "@repo/mcp-kit";
import { findTargetBuild } from "../find-build";
import { BUILDS_READ_WITH_SCRIPTS } from "../hints";
import { readBuildLog } from "../logs";
import { BuildUuidSchema, WorkerSchema } from "../schemas";
import { formatLogLine } from "../shape";

const DEFAULT_LINES = 150;
const MAX_LINES = 400;

export function registerLogTools(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "workers_builds_build_logs_get",
    title: "Get build logs",
    description: `Log of a Workers build, as lines \`#n <ISO timestamp> <text>\`. Give build_uuid, or worker for its latest build. Without from_line it returns the last ${DEFAULT_LINES} lines (where failures are); pass from_line/line_count for another range (at most ${MAX_LINES} lines). For a failure summary, workers_builds_builds_diagnose is shorter.`,
    input: {
      worker: WorkerSchema.optional(),
      build_uuid: BuildUuidSchema.optional(),
      from_line: z.number().int().min(1).optional().describe("First line to return (1-based)."),
      line_count: z
        .number()
        .int()
        .min(1)
        .max(MAX_LINES)
        .optional()
        .describe(`How many lines. Default ${DEFAULT_LINES}.`),
    },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: BUILDS_READ_WITH_SCRIPTS,
    async handler(input, call) {
      const { build } = await findTargetBuild(call.api, input);
      const log = await readBuildLog(call.api, build.build_uuid);
      const total = log.lines.length;
      const count = input.line_count ?? DEFAULT_LINES;
      const from = input.from_line ?? Math.max(1, total - count + 1);
      const selected = log.lines.slice(from - 1, from - 1 + count);
      const to = from + selected.length - 1;
      const lines = selected.map((line, index) => formatLogLine(from + index, line));
      const range = selected.length
        ? `lines ${from}-${to} of ${total}`
        : `no lines at ${from} (log has ${total})`;
      const earlier = from > 1 ? ` Earlier lines: from_line=${Math.max(1, from - count)}.` : "";
      const partial = log.complete
        ? ""
        : ` Only the first ${log.pages} log pages were read; later lines are not shown.`;
      const summary = `Build ${build.build_uuid} (${build.build_outcome ?? build.status}), ${range}, ${log.pages} log page${log.pages === 1 ? "" : "s"} read.${earlier}${partial}`;
      return jsonResult(
        {
          build_uuid: build.build_uuid,
          total_lines: total,
          complete: log.complete,
          from_line: from,
          to_line: to,
          lines,
        },
        { summary, moreHint: "Ask for a smaller line_count or another from_line." },
      );
    },
  });
}
