// Bounds snippet text: FTS5's snippet() counts tokens, not characters, and a long token (a URL, a
// base64 blob in a code sample) could make it arbitrarily long, so the result is cut again here.

export const MAX_SNIPPET_CHARS = 300;
const ELLIPSIS = "…";

/** Collapses whitespace and cuts at a word boundary so the result has at most `max` characters. */
export function boundSnippet(text: string, max = MAX_SNIPPET_CHARS): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const room = max - ELLIPSIS.length;
  const space = flat.lastIndexOf(" ", room);
  const cut = space > room / 2 ? space : room;
  return `${flat.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}
