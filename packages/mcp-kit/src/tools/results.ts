/**
 * What leaves a tool call: a bounded, redacted result and one log line. JSON for the model with a
 * one-line summary first and the same data as structured content, both bounded (arrays keep their
 * first items, long strings are cut, and the result says what was left out and how to get it);
 * plain text; error results. Every secret a call marked is scrubbed from the result, the error
 * text and the log line before anything leaves the call, and the log line never carries the
 * arguments.
 */
import type { CallToolResult } from "@modelcontextprotocol/server";

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

// Bounding JSON output for a model's context window while keeping it valid JSON: arrays keep their
// first items, long strings are cut, and the result says what was left out and how to get it.

export interface BoundedJson {
  /** Valid JSON text, at most about `maxChars` long. */
  text: string;
  /** The bounded value (what `text` serialises). */
  value: unknown;
  truncated: boolean;
  /** Human note on what was cut, when truncated. */
  note?: string;
}

const MIN_STRING_KEEP = 64;

export function boundJson(value: unknown, maxChars: number, moreHint?: string): BoundedJson {
  const full = JSON.stringify(value) ?? "null";
  if (full.length <= maxChars) return { text: full, value, truncated: false };

  const cuts: string[] = [];
  // Leave room for the note we add.
  const budget = Math.max(256, maxChars - 400);
  const bounded = shrink(value, budget, "", cuts);
  const note = `Output truncated to fit about ${maxChars} characters: ${cuts.slice(0, 5).join("; ")}${cuts.length > 5 ? `; and ${cuts.length - 5} more cuts` : ""}.${moreHint ? ` ${moreHint}` : ""}`;
  const wrapped = wrapWithNote(bounded, note);
  return { text: JSON.stringify(wrapped), value: wrapped, truncated: true, note };
}

function wrapWithNote(value: unknown, note: string): unknown {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    return { _truncated: note, ...value };
  }
  return { _truncated: note, items: value };
}

function size(value: unknown): number {
  return (JSON.stringify(value) ?? "null").length;
}

function shrink(value: unknown, budget: number, path: string, cuts: string[]): unknown {
  if (size(value) <= budget) return value;
  if (typeof value === "string") {
    const keep = Math.max(MIN_STRING_KEEP, budget - 40);
    cuts.push(`${path || "value"} cut to ${keep} of ${value.length} characters`);
    return `${value.slice(0, keep)}…`;
  }
  if (Array.isArray(value)) return shrinkArray(value, budget, path, cuts);
  if (value !== null && typeof value === "object") return shrinkObject(value, budget, path, cuts);
  return value;
}

function shrinkArray(items: unknown[], budget: number, path: string, cuts: string[]): unknown[] {
  // Largest prefix that fits, by binary search over the item count.
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (size(items.slice(0, mid)) <= budget) low = mid;
    else high = mid - 1;
  }
  if (low === 0 && items.length > 0) {
    // Not even one whole item fits: keep a shrunken first item.
    const first = shrink(items[0], budget - 8, `${path}[0]`, cuts);
    cuts.push(`${path || "list"} shows 1 of ${items.length} items`);
    return [first];
  }
  cuts.push(`${path || "list"} shows ${low} of ${items.length} items`);
  return items.slice(0, low);
}

function shrinkObject(
  object: object,
  budget: number,
  path: string,
  cuts: string[],
): Record<string, unknown> {
  const entries = Object.entries(object);
  const result: Record<string, unknown> = Object.fromEntries(entries);
  // Repeatedly shrink the biggest member until the whole object fits.
  for (let guard = 0; guard < entries.length * 2 && size(result) > budget; guard++) {
    const [key, member] = Object.entries(result).reduce((biggest, entry) =>
      size(entry[1]) > size(biggest[1]) ? entry : biggest,
    );
    const others = size(result) - size(member);
    const childPath = path ? `${path}.${key}` : key;
    const shrunk = shrink(member, Math.max(32, budget - others), childPath, cuts);
    if (size(shrunk) >= size(member)) {
      cuts.push(`${childPath} omitted`);
      delete result[key];
    } else {
      result[key] = shrunk;
    }
  }
  return result;
}

// Per-call scrubbing of secret strings. A tool marks every secret it accepts; the kit then replaces
// each occurrence in the result, the error text and the log line before anything leaves the call.

export const REDACTED = "[redacted]";

/** Shorter strings are too likely to collide with ordinary text to be scrubbed safely. */
const MIN_SECRET_LENGTH = 4;

export class Redactor {
  readonly #secrets = new Set<string>();

  add(secret: string): void {
    if (typeof secret === "string" && secret.length >= MIN_SECRET_LENGTH) this.#secrets.add(secret);
  }

  get active(): boolean {
    return this.#secrets.size > 0;
  }

  text(value: string): string {
    if (!this.active) return value;
    let out = value;
    // Longest first, so a secret that contains another is scrubbed whole.
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
      out = out.split(secret).join(REDACTED);
      // JSON-escaped form, for secrets with quotes, backslashes or control characters.
      const escaped = JSON.stringify(secret).slice(1, -1);
      if (escaped !== secret) out = out.split(escaped).join(REDACTED);
    }
    return out;
  }

  /** Deep copy with every string scrubbed (keys included). */
  deep<T>(value: T): T {
    if (!this.active) return value;
    return this.#walk(value) as T;
  }

  #walk(value: unknown): unknown {
    if (typeof value === "string") return this.text(value);
    if (Array.isArray(value)) return value.map((item) => this.#walk(item));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [this.text(key), this.#walk(item)]),
      );
    }
    return value;
  }
}

// One structured log line per tool call. It carries what an operator needs (tool, outcome, time,
// Cloudflare code) and deliberately never the arguments, which may hold secrets.

export interface ToolLogLine {
  server: string;
  tool: string;
  outcome: "ok" | "error";
  durationMs: number;
  code?: number;
  errorKind?: string;
  accountId?: string;
}

export type ToolLogger = (line: ToolLogLine) => void;

export const consoleToolLogger: ToolLogger = (line) => {
  const text = JSON.stringify({ event: "tool_call", ...line });
  if (line.outcome === "error") console.warn(text);
  else console.log(text);
};
