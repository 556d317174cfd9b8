/**
 * Building tool results: JSON for the model with a one-line summary first, the same data as
 * structured content, both bounded; and plain text.
 */
import type { CallToolResult } from "@modelcontextprotocol/server";
import { boundJson } from "./truncate";

/** About 6,000 tokens of JSON. */
export const DEFAULT_MAX_CHARS = 24_000;

export interface JsonResultOptions {
  /** One line for the model, shown before the JSON: what this is, how many, what next. */
  summary?: string;
  /** Upper bound of the JSON text. Default {@link DEFAULT_MAX_CHARS}. */
  maxChars?: number;
  /** How to get the rest when the output had to be cut (e.g. "Pass page=2 or a narrower search."). */
  moreHint?: string;
}

export function jsonResult(data: unknown, options: JsonResultOptions = {}): CallToolResult {
  const bounded = boundJson(data, options.maxChars ?? DEFAULT_MAX_CHARS, options.moreHint);
  const text = options.summary ? `${options.summary}\n${bounded.text}` : bounded.text;
  const structured = asRecord(bounded.value);
  return {
    content: [{ type: "text", text }],
    ...(structured ? { structuredContent: structured } : {}),
  };
}

export function textResult(text: string, maxChars = DEFAULT_MAX_CHARS): CallToolResult {
  const bounded =
    text.length <= maxChars
      ? text
      : `${text.slice(0, maxChars)}\n…[cut ${text.length - maxChars} of ${text.length} characters]`;
  return { content: [{ type: "text", text: bounded }] };
}

export function errorResult(text: string): CallToolResult {
  return { content: [{ type: "text", text }], isError: true };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  return { items: value };
}
