/**
 * Log tools: list a gateway's logs as compact rows (every filter, order, paging, optional prompt
 * previews) and read one log's details.
 */
import { jsonResult, type RegistrationContext, textResult, z } from "@repo/mcp-kit";
import { type GatewayLog, getLog, getLogBody, listLogs } from "../api";
import { preview, promptText } from "../bodies";
import { mapLimited } from "../collect";
import { LOG_COLUMNS, logRow, toTsv } from "../format";
import { describeFilters, readLogFilters } from "../log-filters";
import { READ_PERMISSION } from "../permissions";
import {
  GatewayIdSchema,
  LOG_ORDERS,
  LogFilterFields,
  LogIdSchema,
  PageSchema,
  PerPageSchema,
} from "../schemas";

export function registerLogTools(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "ai_gateway_list_logs",
    title: "List AI gateway logs",
    description:
      "List a gateway's request logs, newest first, as tab-separated rows (id, created_at, status, ok/error, cache hit, provider, model, duration_ms, tokens, cost, feedback). Filter by time window (start_date/end_date or last_hours), success, cached, model, provider, feedback, metadata search; order by any column. with_prompts adds a one-line preview of each prompt. For totals and averages use ai_gateway_analyze_usage; for text in prompts/responses use ai_gateway_search_logs.",
    input: {
      gateway_id: GatewayIdSchema,
      ...LogFilterFields,
      order_by: z.enum(LOG_ORDERS).optional().describe("Sort key (default created_at)."),
      order_direction: z
        .enum(["asc", "desc"])
        .optional()
        .describe("Sort direction (default desc: newest/largest first)."),
      page: PageSchema,
      per_page: PerPageSchema,
      with_prompts: z
        .boolean()
        .optional()
        .describe(
          "Add a `prompt` column with the first 160 characters of each request's user prompt (one extra request per row).",
        ),
    },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ_PERMISSION,
    async handler(input, call) {
      const { window, query } = readLogFilters(input);
      const page = await listLogs(call, input.gateway_id, {
        ...query,
        order_by: input.order_by,
        order_by_direction: input.order_direction ?? "desc",
        page: input.page ?? 1,
        per_page: input.per_page ?? 20,
      });
      const total = page.totalCount ?? page.logs.length;
      const pages = Math.max(1, Math.ceil(total / page.perPage));
      const scope = `Logs of gateway "${input.gateway_id}" (${describeFilters(window, query)})`;
      const structured = {
        gateway_id: input.gateway_id,
        page: page.page,
        per_page: page.perPage,
        total_count: total,
      };
      if (page.logs.length === 0) {
        const text =
          page.page > 1 && total > 0
            ? `${scope}: page ${page.page} is past the end; ${total} logs match (${pages} pages of ${page.perPage}). Ask for page ${pages} or lower.`
            : `${scope}: no logs match.`;
        return { ...textResult(text), structuredContent: { ...structured, rows: 0 } };
      }
      const prompts = input.with_prompts
        ? await promptPreviews(call, input.gateway_id, page.logs)
        : null;
      const header = prompts ? [...LOG_COLUMNS, "prompt"] : [...LOG_COLUMNS];
      const rows = page.logs.map((log, i) =>
        prompts ? [...logRow(log), prompts[i]!] : logRow(log),
      );
      const first = (page.page - 1) * page.perPage + 1;
      const next = page.page < pages ? page.page + 1 : undefined;
      const more = next ? ` More: call again with page ${next}.` : " This is the last page.";
      const summary = `${scope}: rows ${first}-${first + rows.length - 1} of ${total} (page ${page.page} of ${pages}).${more}`;
      return {
        ...textResult(`${summary}\n${toTsv(header, rows)}`),
        structuredContent: {
          ...structured,
          rows: rows.length,
          ...(next ? { next_page: next } : {}),
        },
      };
    },
  });

  ctx.accountTool({
    name: "ai_gateway_get_log",
    title: "Get one AI gateway log",
    description:
      "Details of one log: status, provider, model, path, duration, tokens, cost, cache, feedback, metadata, request/response headers and body sizes. Read the bodies with ai_gateway_get_log_bodies.",
    input: { gateway_id: GatewayIdSchema, log_id: LogIdSchema },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ_PERMISSION,
    async handler(input, call) {
      const log = await getLog(call, input.gateway_id, input.log_id);
      const metadata = typeof log.metadata === "string" ? parseJson(log.metadata) : log.metadata;
      return jsonResult(
        { log: { ...log, metadata } },
        { summary: `Log ${input.log_id} of gateway "${input.gateway_id}".` },
      );
    },
  });
}

async function promptPreviews(
  call: Parameters<typeof getLogBody>[0],
  gatewayId: string,
  logs: readonly GatewayLog[],
): Promise<string[]> {
  return mapLimited(logs, 6, async (log) =>
    preview(promptText(await getLogBody(call, gatewayId, log.id, "request"))),
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
