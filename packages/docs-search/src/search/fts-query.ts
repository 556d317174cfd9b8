// Turns free text into a safe FTS5 MATCH expression. User text never reaches FTS5 syntax: words
// are extracted, quoted and joined by OR, so quotes, parentheses, AND/OR/NOT/NEAR, hyphens and
// colons in the input are plain words or separators, and the expression always parses.

import { STOPWORDS } from "./stopwords.ts";

export interface FtsQuery {
  /** The MATCH expression. */
  match: string;
  /** The same without the adjacent pairs: for the passages, where phrase matching is the
   * costliest part of a query and the asked questions now carry the user's wording. */
  words: string;
  /** The search units: single words, or the words of a compound like "ai-gateway" ("ai gateway"). */
  terms: readonly string[];
}

/** Inputs past this length are cut: a question never needs more, and it bounds the query cost. */
export const MAX_QUERY_CHARS = 500;
const MIN_PREFIX_CHARS = 3;

// A compound is words joined without spaces by . - _ / : @ (e.g. "1.1.1.1", "ai-gateway",
// "wrangler.toml", "@cf/meta/llama-3"); FTS5's unicode61 tokenizer splits it into those words,
// so it is searched as a phrase of them.
const COMPOUND = /[\p{L}\p{N}]+(?:[._\-/:@]+[\p{L}\p{N}]+)*/gu;
const WORD = /[\p{L}\p{N}]+/gu;
// Questions of quantity are answered by "Limits" pages, questions of cost by "Pricing" pages;
// neither repeats the asker's words much.
export const QUANTITY_QUESTION =
  /\b(?:how (?:many|long|large|big|often|fast)|max|maximum|minimum|limits?|largest|biggest|smallest|longest|most|up to|quota|size of|at most)\b/u;
export const COST_QUESTION =
  /\b(?:how much|costs?|price|prices|pricing|pay|paying|paid|charged?|charges|billed|billing|fees?|free tier|free plan|expensive|cheap|cheaper)\b/u;

/** An OR of quoted single terms: the expansion query of words the user did not type. */
export function buildTermsQuery(terms: readonly string[]): string | undefined {
  const words = [...new Set(terms.flatMap((term) => term.toLowerCase().match(WORD) ?? []))].filter(
    (word) => !STOPWORDS.has(word),
  );
  return words.length > 0 ? words.map(quote).join(" OR ") : undefined;
}

/**
 * Builds the MATCH expression: every term OR-ed (bm25 then rewards passages that hold more and
 * rarer terms), the last term also as a prefix when the input does not end in a space or
 * punctuation (the user may still be typing it), and adjacent pairs of terms as phrases, which
 * lifts passages that use the user's wording. Returns undefined when the text has no words.
 */
export function buildFtsQuery(input: string): FtsQuery | undefined {
  const text = input.normalize("NFKC").slice(0, MAX_QUERY_CHARS).toLowerCase();
  const all = [...text.matchAll(COMPOUND)].map((match) => match[0].match(WORD)!.join(" "));
  if (all.length === 0) return undefined;
  const content = all.filter((term) => !STOPWORDS.has(term));
  // A query made only of stopwords ("how do I") is still searched, as written. Every word is
  // kept: a long question is as much the user's as a short one.
  const typed = [...new Set(content.length > 0 ? content : all)];
  const parts = typed.map(quote);
  const last = typed.at(-1)!;
  if (!/[\s\p{P}]$/u.test(text) && !last.includes(" ") && last.length >= MIN_PREFIX_CHARS) {
    parts.push(`${quote(last)}*`);
  }
  const words = parts.join(" OR ");
  for (let index = 1; index < typed.length; index++) {
    parts.push(quote(`${typed[index - 1]} ${typed[index]}`));
  }
  return { match: parts.join(" OR "), words, terms: [...typed] };
}

// Terms hold only letters, digits and single spaces, so no quote can appear inside; quoting still
// matters because it turns keywords like NEAR or AND into plain words.
function quote(term: string): string {
  return `"${term}"`;
}
