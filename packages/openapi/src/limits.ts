/**
 * Size bounds for the processed spec, and the text truncation they use. The defaults keep
 * Cloudflare's whole spec small enough to parse and hold inside one Worker isolate.
 * @module
 */

/** How far one schema (a body, a response, a parameter) is expanded. */
export interface SchemaBounds {
  /** Nesting levels of properties/items kept below the schema's root. */
  depth: number;
  /**
   * Schema objects the schema may expand to. Over it, the whole schema is cut one level
   * shallower until it fits, so every branch keeps the same detail.
   */
  nodes: number;
}

/** Bounds applied while processing. */
export interface ProcessLimits {
  /** Longest operation description kept, in characters. */
  operationDescription: number;
  /** Longest description or title kept on a parameter, schema or response, in characters. */
  fieldDescription: number;
  /** Values an `enum` keeps before the rest are replaced by an `$enumTotal` count. */
  enumValues: number;
  /** Bounds of parameter and request body schemas: what an agent must get right to call. */
  requestSchema: SchemaBounds;
  /** Bounds of success response schemas: what an agent reads back, so less of it is kept. */
  responseSchema: SchemaBounds;
}

/** Defaults chosen from measurements on Cloudflare's spec (see README, "Size"). */
export const DEFAULT_LIMITS: ProcessLimits = {
  operationDescription: 1200,
  fieldDescription: 200,
  enumValues: 40,
  requestSchema: { depth: 8, nodes: 600 },
  responseSchema: { depth: 6, nodes: 300 },
};

const ELLIPSIS = "…";

/**
 * Cuts `text` to at most `max` characters, at a word boundary when one is near, ending with an
 * ellipsis so a reader can tell it was cut. Whitespace at either end is trimmed first.
 */
export function truncateText(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const room = Math.max(0, max - ELLIPSIS.length);
  const cut = trimmed.slice(0, room);
  const lastSpace = cut.lastIndexOf(" ");
  // Prefer a word boundary unless it would throw away more than a fifth of the allowance.
  const end = lastSpace > room * 0.8 ? lastSpace : room;
  return `${cut.slice(0, end).trimEnd()}${ELLIPSIS}`;
}
