// Bounds snippet text: FTS5's snippet() counts tokens, not characters, and a long token (a URL, a
// base64 blob in a code sample) could make it arbitrarily long, so the result is cut again here.

import { stemWord } from "./word-stem.ts";

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

/**
 * The best window of `body` for `words` (stemmed query words): the span of about `max` characters
 * holding the most distinct query words, cut at word boundaries, with "…" where text was left out.
 * Markdown code fences and table bars are flattened first.
 */
export function bestSnippet(
  body: string,
  words: readonly string[],
  max = MAX_SNIPPET_CHARS,
): string {
  const flat = body
    .replace(/```[a-z]*\n?/g, "")
    .replace(/\|/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (flat.length <= max) return flat;
  const tokens = [...flat.matchAll(/[\p{L}\p{N}]+/gu)];
  const wanted = new Set(words);
  let bestStart = 0;
  let bestCount = -1;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i]!.index;
    const seen = new Set<string>();
    for (let j = i; j < tokens.length && tokens[j]!.index - start < max - 20; j++) {
      const word = stemWord(tokens[j]![0].toLowerCase());
      if (wanted.has(word)) seen.add(word);
    }
    if (seen.size > bestCount) {
      bestCount = seen.size;
      bestStart = start;
    }
  }
  // Start a little before the first matching word, at a word boundary.
  const from =
    bestStart === 0 ? 0 : Math.max(0, flat.lastIndexOf(" ", Math.max(0, bestStart - 40)) + 1);
  const prefix = from > 0 ? ELLIPSIS : "";
  return `${prefix}${boundSnippet(flat.slice(from), max - prefix.length)}`;
}
