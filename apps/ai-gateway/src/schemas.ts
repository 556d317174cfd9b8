/**
 * Zod input fields shared by the AI Gateway tools. Each carries the description the model reads
 * in `tools/list`; bounds follow the AI Gateway OpenAPI spec (gateway ids, the `order_by` keys;
 * log pages hold at most 50).
 */
import { z } from "@repo/mcp-kit";

/** The spec's pattern for gateway ids: lowercase words joined by single dashes, at most 64. */
const GATEWAY_ID = /^[a-z0-9_]+(?:-[a-z0-9_]+)*$/;
/** Log ids are ULID-like; anything else (`.`, `..`, `/`, lone surrogates) never reaches a URL. */
const LOG_ID = /^[A-Za-z0-9_-]+$/;

export const GatewayIdSchema = z
  .string()
  .max(64)
  .regex(
    GATEWAY_ID,
    "A gateway id is lowercase letters, digits and underscores, words joined by single dashes (e.g. support-bot); list them with ai_gateway_gateways_list.",
  )
  .describe("Gateway id (its name, e.g. `support-bot`), as listed by ai_gateway_gateways_list.");

export const LogIdSchema = z
  .string()
  .max(64)
  .regex(
    LOG_ID,
    "A log id is letters, digits, - and _ (e.g. 01JC...); take it from ai_gateway_logs_list.",
  )
  .describe("Log id, as listed by ai_gateway_logs_list.");

/** Filters every log tool accepts; turned into the API's query by `readLogFilters`. */
export const LogFilterFields = {
  start_date: z
    .string()
    .max(40)
    .optional()
    .describe(
      "Only logs created at or after this time: ISO 8601 (`2026-11-01T00:00:00Z`, or a date `2026-11-01` meaning from midnight UTC).",
    ),
  end_date: z
    .string()
    .max(40)
    .optional()
    .describe(
      "Only logs created at or before this time: ISO 8601, or a date `2026-11-01` meaning up to the end of that day (UTC), inclusive.",
    ),
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
    .max(200)
    .optional()
    .describe("Exact model name, e.g. `gpt-4o-mini` or `@cf/facebook/bart-large-cnn`."),
  provider: z
    .string()
    .max(100)
    .optional()
    .describe("Exact provider, e.g. `openai`, `anthropic`, `workers-ai`."),
  feedback: z
    .union([z.literal(-1), z.literal(0), z.literal(1)])
    .optional()
    .describe("User feedback: 1 thumbs up, -1 thumbs down, 0 none."),
  search: z
    .string()
    .max(200)
    .optional()
    .describe(
      "The API's free-text search, which covers log metadata (feature, user id...), not prompt text. For prompts/responses use ai_gateway_logs_search.",
    ),
};
