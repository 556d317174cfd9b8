/**
 * Log tools: list a gateway's logs as compact rows (every filter, order, paging, optional prompt
 * previews) and read one log's details.
 */
import { AI_GATEWAY_LOG_ORDERS } from "@repo/cloudflare-api/enums";
import {
  type CallApi,
  jsonResult,
  pageSummary,
  pagingInput,
  type RegistrationContext,
  textResult,
  z,
} from "@repo/mcp-kit";
import { type GatewayLog, getLog, getLogBody, listLogs } from "../api";
import { preview } from "../bodies";
import { mapLimited } from "../collect";
import { readRequestText } from "../conversation";
import { LOG_COLUMNS, logRow, toTsv } from "../format";
import { describeFilters, readLogFilters } from "../log-filters";
import { loggingOffNote } from "../logging-state";
import { READ_PERMISSION } from "../permissions";
import { GatewayIdSchema, LogFilterFields, LogIdSchema } from "../schemas";

export function registerLogTools(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "ai_gateway_logs_list",
    title: "List AI gateway logs",
    description:
      "List a gateway's request logs, newest first, as tab-separated rows (id, created_at, status, ok/error, cache hit, provider, model, duration_ms, tokens, cost, feedback). Filter by time window (start_date/end_date or last_hours), success, cached, model, provider, feedback, metadata search; order by any column. with_prompts adds a one-line preview of each prompt. For totals and averages use ai_gateway_usage_analyze; for text in prompts/responses use ai_gateway_logs_search.",
    input: {
      gateway_id: GatewayIdSchema,
      ...LogFilterFields,
      order_by: z.enum(AI_GATEWAY_LOG_ORDERS).optional().describe("Sort key (default created_at)."),
      order_direction: z
        .enum(["asc", "desc"])
        .optional()
        .describe("Sort direction (default desc: newest/largest first)."),
      ...pagingInput({ noun: "logs", maxPerPage: 50 }),
      with_prompts: z
        .boolean()
        .optional()
        .describe(
          "Add a `prompt` column with the first 160 characters of each request's last user prompt, read per provider format (one extra request per row).",
        ),
    },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ_PERMISSION,
    async handler(input, call) {
      const { window, query } = readLogFilters(input);
      const { items, paging } = await listLogs(
        call.api,
        input.gateway_id,
        { page: input.page, per_page: input.per_page },
        { ...query, order_by: input.order_by, order_by_direction: input.order_direction ?? "desc" },
      );
      const scope = `Logs of gateway "${input.gateway_id}" (${describeFilters(window, query)})`;
      if (items.length === 0) {
        const off =
          paging.page === 1 ? await loggingOffNote(call.api, input.gateway_id) : undefined;
        const text =
          paging.page > 1
            ? `${scope}: ${pageSummary("logs", 0, paging)}`
            : (off ?? `${scope}: no logs match.`);
        return {
          ...textResult(text),
          structuredContent: {
            gateway_id: input.gateway_id,
            rows: 0,
            paging,
            ...(off ? { logging: "off" } : {}),
          },
        };
      }
      const prompts = input.with_prompts
        ? await promptPreviews(call.api, input.gateway_id, items)
        : null;
      const header = prompts ? [...LOG_COLUMNS, "prompt"] : [...LOG_COLUMNS];
      const rows = items.map((log, i) => (prompts ? [...logRow(log), prompts[i]!] : logRow(log)));
      const summary = `${scope}: ${pageSummary("logs", rows.length, paging)}`;
      return {
        ...textResult(`${summary}\n${toTsv(header, rows)}`),
        structuredContent: { gateway_id: input.gateway_id, rows: rows.length, paging },
      };
    },
  });

  ctx.accountTool({
    name: "ai_gateway_logs_get",
    title: "Get one AI gateway log",
    description:
      "Details of one log: status, provider, model, path, duration, tokens, cost, cache, feedback, metadata, request/response headers and body sizes. Read the bodies with ai_gateway_log_bodies_get.",
    input: { gateway_id: GatewayIdSchema, log_id: LogIdSchema },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ_PERMISSION,
    async handler(input, call) {
      const log = await getLog(call.api, input.gateway_id, input.log_id);
      const metadata = typeof log.metadata === "string" ? parseJson(log.metadata) : log.metadata;
      return jsonResult(
        { log: { ...log, metadata } },
        { summary: `Log ${input.log_id} of gateway "${input.gateway_id}".` },
      );
    },
  });
}

async function promptPreviews(
  api: CallApi,
  gatewayId: string,
  logs: readonly GatewayLog[],
): Promise<string[]> {
  return mapLimited(logs, 6, async (log) => {
    const request = readRequestText(
      await getLogBody(api, gatewayId, log.id, "request"),
      typeof log.step === "number" ? { step: log.step } : {},
    );
    const prompt = request.user.at(-1);
    return prompt === undefined ? "(no user text in this request format)" : preview(prompt);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
