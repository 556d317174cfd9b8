/**
 * workers_builds_build_logs_get: a build's log, read across the API's cursor pages (bounded),
 * returned as a line range with full timestamps. Without a range it returns the end of the log,
 * where failures are. A range too long for one reply loses lines from its middle, never its end
 * or its error lines (log-window.ts), and the reply names every line range it returns and drops.
 */
import { jsonResult, type RegistrationContext, z } from "@repo/mcp-kit";
import { findTargetBuild } from "../find-build";
import { BUILDS_READ_WITH_SCRIPTS } from "../hints";
import { describeRanges, isErrorLine, toRanges, windowLog } from "../log-window";
import { readBuildLog } from "../logs";
import { BuildUuidSchema, WorkerSchema } from "../schemas";
import { formatLogLine } from "../shape";

const DEFAULT_LINES = 150;
const MAX_LINES = 400;
/** Characters of log lines per reply: the kit bounds a reply at 24,000 with the rest of it. */
const LINES_BUDGET_CHARS = 18_000;
const MAX_LINE_CHARS = 1_000;

export function registerLogTools(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "workers_builds_build_logs_get",
    title: "Get build logs",
    description: `Log of a Workers build, as lines \`#n <ISO timestamp> <text>\`. Give build_uuid, or worker for its latest build. Without from_line it returns the last line_count lines (default ${DEFAULT_LINES}, where failures are); pass from_line for another range (at most ${MAX_LINES} lines). When a range does not fit in one reply, lines are dropped from its middle, never its last lines or error lines, and the reply lists the ranges it returns (shown) and drops (dropped) so you can ask for them. For a failure summary, workers_builds_builds_diagnose is shorter.`,
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
        .describe(`How many lines, 1..${MAX_LINES}. Default ${DEFAULT_LINES}.`),
    },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: BUILDS_READ_WITH_SCRIPTS,
    async handler(input, call) {
      const { build } = await findTargetBuild(call.api, input);
      const log = await readBuildLog(call.api, build.build_uuid);
      const texts = log.lines.map(([, text]) => text);
      const window = windowLog(
        texts,
        {
          ...(input.from_line ? { from: input.from_line } : {}),
          count: input.line_count ?? DEFAULT_LINES,
        },
        {
          budgetChars: LINES_BUDGET_CHARS,
          maxLineChars: MAX_LINE_CHARS,
          render: (index) => formatLogLine(index + 1, log.lines[index]!),
        },
      );
      const total = window.total;
      const errorsAfter = window.requested ? errorLinesAfter(texts, window.requested[1]) : [];
      const parts: string[] = [];
      if (!window.requested) {
        parts.push(`no lines at ${input.from_line} (log has ${total})`);
      } else {
        const [from, to] = window.requested;
        parts.push(`lines ${from}-${to} of ${total} requested`);
        if (window.dropped.length > 0) {
          parts.push(
            `returned ${describeRanges(window.shown)} (${window.lines.length} lines); dropped ${describeRanges(window.dropped)} to fit one reply: ask for them with from_line and a smaller line_count`,
          );
        } else {
          parts.push(`all ${window.lines.length} returned`);
        }
        if (from > 1 && !input.from_line)
          parts.push(
            `earlier lines: from_line=${Math.max(1, from - (input.line_count ?? DEFAULT_LINES))}`,
          );
      }
      if (window.cut.length > 0) parts.push(`lines shortened: ${window.cut.join(", ")}`);
      if (errorsAfter.length > 0) {
        parts.push(
          `error lines after this range: ${describeRanges(toRanges(errorsAfter))} (from_line=${errorsAfter[0]})`,
        );
      }
      parts.push(
        log.complete
          ? `${log.pages} log page${log.pages === 1 ? "" : "s"} read`
          : `only the first ${log.pages} log pages were read; later lines are not shown`,
      );
      const summary = `Build ${build.build_uuid} (${build.build_outcome ?? build.status}): ${parts.join("; ")}.`;
      return jsonResult(
        {
          build_uuid: build.build_uuid,
          total_lines: total,
          complete: log.complete,
          requested: window.requested,
          shown: window.shown,
          dropped: window.dropped,
          ...(window.cut.length > 0 ? { shortened_lines: window.cut } : {}),
          ...(errorsAfter.length > 0 ? { error_lines_after_range: errorsAfter } : {}),
          lines: window.lines,
        },
        { summary, moreHint: "Ask for a smaller line_count or another from_line." },
      );
    },
  });
}

/** Line numbers (1-based) of error lines after `last`. */
function errorLinesAfter(texts: readonly string[], last: number): number[] {
  const lines: number[] = [];
  for (let index = last; index < texts.length; index++) {
    if (isErrorLine(texts[index]!)) lines.push(index + 1);
  }
  return lines;
}
