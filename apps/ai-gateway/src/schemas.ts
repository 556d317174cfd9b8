/**
 * Zod input fields shared by the AI Gateway tools. Each carries the description the model reads
 * in `tools/list`; bounds follow the AI Gateway OpenAPI spec (gateway ids, the `order_by` keys;
 * log pages hold at most 50).
 */
import { z } from "@repo/mcp-kit";

export const GatewayIdSchema = z
  .string()
  .min(1)
  .max(64)
  .describe("Gateway id (its name, e.g. `support-bot`), as listed by ai_gateway_gateways_list.");

export const LogIdSchema = z
  .string()
  .min(1)
  .max(64)
  .describe("Log id, as listed by ai_gateway_logs_list.");

export const LOG_ORDERS = [
  "created_at",
  "provider",
  "model",
  "model_type",
  "success",
  "cached",
  "cost",
  "tokens_in",
  "tokens_out",
  "duration",
  "feedback",
] as const;

/** Filters every log tool accepts; turned into the API's query by `readLogFilters`. */
export const LogFilterFields = {
  start_date: z
    .string()
    .optional()
    .describe(
      "Only logs created at or after this time: ISO 8601 (`2026-11-01T00:00:00Z`, or a date `2026-11-01` meaning midnight UTC).",
    ),
  end_date: z
    .string()
    .optional()
    .describe("Only logs created at or before this time (ISO 8601, like start_date)."),
  last_hours: z
    .number()
    .positive()
    .max(24 * 90)
    .optional()
    .describe(
      "Relative window ending now, e.g. 24 for 'the last 24 hours'. Do not combine with start_date/end_date.",
    ),
  success: z
    .boolean()
    .optional()
    .describe(
      "true: only successful requests; false: only failed ones (errors such as 429 or 500).",
    ),
  cached: z.boolean().optional().describe("true: only cache hits; false: only cache misses."),
  model: z
    .string()
    .optional()
    .describe("Exact model name, e.g. `gpt-4o-mini` or `@cf/facebook/bart-large-cnn`."),
  provider: z
    .string()
    .optional()
    .describe("Exact provider, e.g. `openai`, `anthropic`, `workers-ai`."),
  feedback: z
    .union([z.literal(-1), z.literal(0), z.literal(1)])
    .optional()
    .describe("User feedback: 1 thumbs up, -1 thumbs down, 0 none."),
  search: z
    .string()
    .optional()
    .describe(
      "The API's free-text search, which covers log metadata (feature, user id...), not prompt text. For prompts/responses use ai_gateway_logs_search.",
    ),
};
