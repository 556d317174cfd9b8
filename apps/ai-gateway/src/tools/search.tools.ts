/**
 * Topic search in what users asked, what applications told their models, and what the models
 * answered, within a counted budget of API requests (topic-search.ts). The result says how many
 * logs were read out of how many match, how many requests that took, whether the budget stopped
 * the scan, and where to continue.
 */
import { jsonResult, type RegistrationContext, z } from "@repo/mcp-kit";
import type { ConversationPart } from "../conversation";
import { describeFilters, readLogFilters } from "../log-filters";
import { loggingOffNote } from "../logging-state";
import { READ_PERMISSION } from "../permissions";
import { GatewayIdSchema, LogFilterFields } from "../schemas";
import { searchTopic } from "../topic-search";

const DEFAULT_BUDGET = 150;
const MAX_BUDGET = 600;
const MAX_MATCHES_SHOWN = 40;
const PART_NAMES: Record<ConversationPart, string> = {
  user_prompt: "user prompts",
  system_prompt: "system prompts",
  response: "responses",
};

export function registerSearchTool(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "ai_gateway_logs_search",
    title: "Search prompts and responses",
    description: `Find logs whose user prompt, system prompt and/or model response contains a word or phrase (case-insensitive), e.g. "refund" in what users asked. Bodies are read per provider format (OpenAI, Anthropic, Gemini, Workers AI, Bedrock, Mistral, Cohere, Groq, universal endpoint), so JSON field values never match. It first asks the API's own search for candidates, then scans the newest logs matching the filters, reading one body per log and part, until max_requests API requests are used (default ${DEFAULT_BUDGET}; Cloudflare allows 1,200 per 5 minutes per user for all tools). The result says how many logs were read out of how many match, the requests used, whether the budget stopped the scan, and next_scan_from to continue. Narrow the window or filters to cover everything.`,
    input: {
      gateway_id: GatewayIdSchema,
      text: z
        .string()
        .min(2)
        .max(200)
        .describe("Word or phrase to look for (case-insensitive substring, 2-200 characters)."),
      in: z
        .array(z.enum(["user_prompt", "system_prompt", "response"]))
        .min(1)
        .max(3)
        .optional()
        .describe(
          'Where to look: "user_prompt" (what users wrote), "system_prompt" (the application\'s instructions), "response" (the model\'s answer). Default ["user_prompt", "response"]; each part costs one request per log.',
        ),
      ...LogFilterFields,
      max_requests: z
        .number()
        .int()
        .min(5)
        .max(MAX_BUDGET)
        .optional()
        .describe(
          `Most Cloudflare API requests this call may send, ${5}-${MAX_BUDGET} (default ${DEFAULT_BUDGET}).`,
        ),
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
    maxApiRequests: MAX_BUDGET + 2,
    async handler(input, call) {
      const { window, query } = readLogFilters(input);
      const parts = [...new Set(input.in ?? (["user_prompt", "response"] as const))];
      const budget = input.max_requests ?? DEFAULT_BUDGET;
      const result = await searchTopic(call.api, {
        gatewayId: input.gateway_id,
        text: input.text,
        parts,
        query,
        narrow: input.search === undefined,
        scanFrom: input.scan_from ?? 0,
        budget,
      });
      const where = parts.map((part) => PART_NAMES[part]).join(", ");
      const filters = describeFilters(window, query);
      if (result.totalMatchingFilters === 0 && result.checked === 0) {
        const off = await loggingOffNote(call.api, input.gateway_id);
        return jsonResult(
          {
            matches: [],
            match_count: 0,
            checked: 0,
            total_matching_filters: 0,
            logging: off ? "off" : "on",
          },
          {
            summary:
              off ?? `No logs of gateway "${input.gateway_id}" match the filters (${filters}).`,
          },
        );
      }
      const start = input.scan_from ?? 0;
      const nextFrom =
        result.scannedTo < result.totalMatchingFilters ? result.scannedTo : undefined;
      const coversAll = start === 0 && nextFrom === undefined;
      const shown = result.matches.slice(0, MAX_MATCHES_SHOWN);
      const coverage = coversAll
        ? `all ${result.totalMatchingFilters} logs matching the filters`
        : `logs ${start + 1}-${result.scannedTo} (newest first) of ${result.totalMatchingFilters} matching the filters${result.narrowed ? `, plus ${result.narrowed.candidates} candidates from the API's search` : ""}`;
      const budgetNote = result.stoppedByBudget
        ? ` The request budget (${budget}) stopped the scan: continue with scan_from=${nextFrom ?? result.scannedTo}, or raise max_requests / narrow the window.`
        : nextFrom !== undefined
          ? ` Continue with scan_from=${nextFrom}.`
          : "";
      const unreadable =
        result.unreadable > 0
          ? ` ${result.unreadable} log(s) had a body format that could not be read and were not searched.`
          : "";
      const summary = `"${input.text}" found in the ${where} of ${result.matches.length} of ${result.checked} logs read (${coverage}; ${filters}), using ${result.requestsUsed} of ${budget} API requests.${budgetNote}${unreadable}${
        shown.length < result.matches.length ? ` Showing the newest ${shown.length} matches.` : ""
      }`;
      return jsonResult(
        {
          matches: shown,
          match_count: result.matches.length,
          searched: parts,
          checked: result.checked,
          total_matching_filters: result.totalMatchingFilters,
          covers_all: coversAll,
          ...(result.narrowed ? { api_search: result.narrowed } : {}),
          requests_used: result.requestsUsed,
          request_budget: budget,
          stopped_by_budget: result.stoppedByBudget,
          ...(result.unreadable > 0 ? { unreadable_bodies: result.unreadable } : {}),
          ...(nextFrom !== undefined ? { next_scan_from: nextFrom } : {}),
        },
        { summary },
      );
    },
  });
}
