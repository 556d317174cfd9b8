/**
 * Small readers for provider JSON: objects, and the text of a message `content`, which providers
 * write as a string, a list of blocks with `text` (OpenAI parts, Anthropic and Cohere blocks,
 * Bedrock Converse `{ text }`), or Gemini `parts`. Blocks without text (images, tool calls,
 * tool results, reasoning) are skipped: they are not what a person wrote or read.
 */

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Non-empty strings from `value`: a string, or the text of each block of a list. */
export function textOf(value: unknown): string[] {
  if (typeof value === "string") return value.trim() === "" ? [] : [value];
  if (!Array.isArray(value)) return isObject(value) ? blockText(value) : [];
  return value.flatMap((item) => (typeof item === "string" ? textOf(item) : blockText(item)));
}

function blockText(block: unknown): string[] {
  if (!isObject(block)) return [];
  // Gemini marks its reasoning parts `thought: true`; OpenAI "refusal" parts say why not.
  if (block.thought === true) return [];
  if (typeof block.text === "string") return textOf(block.text);
  if (typeof block.refusal === "string") return textOf(block.refusal);
  return [];
}

/** The first of `keys` that `body` has as an array. */
export function arrayAt(body: Json, ...keys: string[]): unknown[] | undefined {
  for (const key of keys) {
    const value = body[key];
    if (Array.isArray(value)) return value;
  }
  return undefined;
}
