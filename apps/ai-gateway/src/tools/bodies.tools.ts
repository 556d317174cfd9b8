/**
 * The body tool: a log's stored request and response bodies, a bounded window at a time, with the
 * offset to continue from so long bodies (documents sent for summarisation) can be read in full.
 */
import { type RegistrationContext, textResult, z } from "@repo/mcp-kit";
import { getLogBody } from "../api";
import { sliceText } from "../bodies";
import { READ_PERMISSION } from "../permissions";
import { GatewayIdSchema, LogIdSchema } from "../schemas";

const DEFAULT_CHARS = 4000;
const MAX_CHARS = 12_000;

export function registerBodyTools(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "ai_gateway_log_bodies_get",
    title: "Read a log's request and response bodies",
    description: `The JSON request body (prompt, messages, parameters) and response body (answer or provider error) stored for one log. Returns at most max_chars characters of each (default ${DEFAULT_CHARS}) starting at offset, with each body's total length and the next offset to read the rest.`,
    input: {
      gateway_id: GatewayIdSchema,
      log_id: LogIdSchema,
      part: z
        .enum(["both", "request", "response"])
        .optional()
        .describe("Which body to read (default both)."),
      offset: z
        .number()
        .int()
        .min(0)
        .optional()
        .describe(
          "Character offset to start from (default 0), from a previous call's next_offset.",
        ),
      max_chars: z
        .number()
        .int()
        .min(100)
        .max(MAX_CHARS)
        .optional()
        .describe(`Characters per body, 100..${MAX_CHARS} (default ${DEFAULT_CHARS}).`),
    },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ_PERMISSION,
    async handler(input, call) {
      const part = input.part ?? "both";
      const offset = input.offset ?? 0;
      const max = input.max_chars ?? DEFAULT_CHARS;
      const parts = part === "both" ? (["request", "response"] as const) : [part];
      const sections: string[] = [];
      const structured: Record<string, unknown> = { log_id: input.log_id, offset };
      for (const which of parts) {
        const body = await getLogBody(call.api, input.gateway_id, input.log_id, which);
        const text = typeof body === "string" ? body : JSON.stringify(body);
        const slice = sliceText(text, offset, max);
        const range =
          slice.text.length === 0
            ? `offset ${offset} is past the end (${slice.total} characters)`
            : `characters ${offset}-${offset + slice.text.length} of ${slice.total}`;
        const more = slice.nextOffset !== null ? `; continue with offset ${slice.nextOffset}` : "";
        sections.push(`${which} body (${range}${more}):\n${slice.text}`);
        structured[which] = { total_chars: slice.total, next_offset: slice.nextOffset };
      }
      return {
        ...textResult(sections.join("\n\n"), MAX_CHARS * 2 + 1000),
        structuredContent: structured,
      };
    },
  });
}
