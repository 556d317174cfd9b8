/**
 * Reading provider bodies: the user's prompt and the model's answer out of the request and
 * response JSON of the common formats (OpenAI-style `messages`/`choices`, Anthropic `content`
 * blocks, Workers AI `result`, summarisation `input_text`), with the raw JSON as the fallback.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Text of a message `content`: a string or a list of `{ type: "text", text }` parts. */
function contentText(content: unknown): string | undefined {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    const parts = content
      .map((part) => (isObject(part) && typeof part.text === "string" ? part.text : ""))
      .filter((text) => text !== "");
    return parts.length > 0 ? parts.join("\n") : undefined;
  }
  return undefined;
}

/** The user's text: the last user message, or `input_text` / `prompt` / `input`. */
export function promptText(body: unknown): string {
  if (typeof body === "string") return body;
  if (isObject(body)) {
    if (Array.isArray(body.messages)) {
      const users = body.messages.filter((m) => isObject(m) && m.role === "user");
      const text = contentText((users.at(-1) as Json | undefined)?.content);
      if (text !== undefined) return text;
    }
    for (const key of ["input_text", "prompt", "input"]) {
      const text = contentText(body[key]);
      if (text !== undefined) return text;
    }
  }
  return JSON.stringify(body) ?? "";
}

/** The model's answer, or the provider's error message for failed requests. */
export function responseText(body: unknown): string {
  if (typeof body === "string") return body;
  if (isObject(body)) {
    const choice = Array.isArray(body.choices) ? body.choices[0] : undefined;
    if (isObject(choice) && isObject(choice.message)) {
      const text = contentText(choice.message.content);
      if (text !== undefined) return text;
    }
    const blocks = contentText(body.content);
    if (blocks !== undefined) return blocks;
    if (isObject(body.result)) {
      for (const key of ["response", "summary", "text"]) {
        if (typeof body.result[key] === "string") return body.result[key] as string;
      }
    }
    if (isObject(body.error) && typeof body.error.message === "string") return body.error.message;
    const first = Array.isArray(body.errors) ? body.errors[0] : undefined;
    if (isObject(first) && typeof first.message === "string") return first.message;
  }
  return JSON.stringify(body) ?? "";
}

/** One line, at most `max` characters (an ellipsis marks a cut). */
export function preview(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** `max` characters of `text` from `offset`, and where the next read starts. */
export function sliceText(
  text: string,
  offset: number,
  max: number,
): { text: string; total: number; nextOffset: number | null } {
  const piece = text.slice(offset, offset + max);
  const end = offset + piece.length;
  return { text: piece, total: text.length, nextOffset: end < text.length ? end : null };
}

/** A window of about `radius` characters either side of the first match of `needle`. */
export function snippet(text: string, needle: string, radius = 70): string | undefined {
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0) return undefined;
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + needle.length + radius);
  const flat = text.slice(start, end).replace(/\s+/g, " ");
  return `${start > 0 ? "…" : ""}${flat}${end < text.length ? "…" : ""}`;
}
