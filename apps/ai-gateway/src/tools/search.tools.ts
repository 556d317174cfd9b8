/**
 * Topic search across prompts and responses. The API's `search` only covers metadata, so this
 * tool reads the bodies itself: a bounded scan over the newest matching logs, reporting how many
 * were scanned out of how many match, and where to continue.
 */
import { jsonResult, type RegistrationContext, z } from "@repo/mcp-kit";
import { getLogBody } from "../api";
import { promptText, responseText, snippet } from "../bodies";
import { collectLogs, mapLimited } from "../collect";
import { describeFilters, readLogFilters } from "../log-filters";
import { READ_PERMISSION } from "../permissions";
import { GatewayIdSchema, LogFilterFields } from "../schemas";

const DEFAULT_SCAN = 200;
const MAX_SCAN = 500;
const MAX_MATCHES_SHOWN = 40;

export function registerSearchTool(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "ai_gateway_logs_search",
    title: "Search prompts and responses",
    description: `Find logs whose prompt and/or response text contains a word or phrase (case-insensitive), e.g. "refund". Scans the newest logs matching the filters, at most max_scan of them (default ${DEFAULT_SCAN}, max ${MAX_SCAN}); the result says how many were scanned out of how many match and gives scan_from for the next batch. Narrow the window or filters to cover everything.`,
    input: {
      gateway_id: GatewayIdSchema,
      text: z
        .string()
        .min(2)
        .max(200)
        .describe("Word or phrase to look for (case-insensitive substring)."),
      in: z
        .enum(["both", "prompt", "response"])
        .optional()
        .describe("Where to look (default both)."),
      ...LogFilterFields,
      max_scan: z
        .number()
        .int()
        .min(1)
        .max(MAX_SCAN)
        .optional()
        .describe(`How many logs to read at most (default ${DEFAULT_SCAN}).`),
      scan_from: z
        .number()
        .int()
        .min(0)
        .optional()
        .describe(
          "Skip this many of the newest matching logs (from a previous call's next_scan_from).",
        ),
    },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ_PERMISSION,
    async handler(input, call) {
      const { window, query } = readLogFilters(input);
      const where = input.in ?? "both";
      const collected = await collectLogs(call.api, input.gateway_id, query, {
        from: input.scan_from ?? 0,
        limit: input.max_scan ?? DEFAULT_SCAN,
      });
      const found = await mapLimited(collected.logs, 8, async (log) => {
        const texts: Array<["prompt" | "response", string]> = [];
        if (where !== "response") {
          texts.push([
            "prompt",
            promptText(await getLogBody(call.api, input.gateway_id, log.id, "request")),
          ]);
        }
        if (where !== "prompt") {
          texts.push([
            "response",
            responseText(await getLogBody(call.api, input.gateway_id, log.id, "response")),
          ]);
        }
        const hits = texts.flatMap(([field, text]) => {
          const excerpt = snippet(text, input.text);
          return excerpt === undefined ? [] : [{ field, excerpt }];
        });
        return hits.length === 0
          ? null
          : {
              id: log.id,
              created_at: log.created_at,
              model: log.model,
              ok: log.success,
              matched_in: hits.map((hit) => hit.field),
              excerpt: hits[0]!.excerpt,
            };
      });
      const matches = found.filter((match) => match !== null);
      const scanned = collected.logs.length;
      const end = collected.from + scanned;
      const coversAll = collected.from === 0 && end >= collected.totalMatching;
      const nextFrom = end < collected.totalMatching ? end : undefined;
      const shown = matches.slice(0, MAX_MATCHES_SHOWN);
      const coverage = coversAll
        ? `all ${collected.totalMatching} matching logs`
        : `logs ${collected.from + 1}-${end} (newest first) of ${collected.totalMatching} matching`;
      const more = nextFrom !== undefined ? ` Continue with scan_from=${nextFrom}.` : "";
      const summary = `"${input.text}" found in ${matches.length} of ${scanned} scanned logs (${coverage}; ${describeFilters(window, query)}).${more}${
        shown.length < matches.length ? ` Showing the newest ${shown.length} matches.` : ""
      }`;
      return jsonResult(
        {
          matches: shown,
          match_count: matches.length,
          scanned,
          total_matching_filters: collected.totalMatching,
          covers_all: coversAll,
          ...(nextFrom !== undefined ? { next_scan_from: nextFrom } : {}),
        },
        { summary },
      );
    },
  });
}
