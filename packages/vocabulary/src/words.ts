/**
 * The word form both sides of a vocabulary match are reduced to: lower case, "http/3" joined to
 * "http3", dotted names kept whole ("pages.dev", "1.1.1.1"), and plural endings removed so that
 * "teammates" meets "teammate". Nothing else is stemmed: phrases list their inflections.
 * @module
 */

const WORD = /[a-z0-9]+(?:[.'][a-z0-9]+)*/g;

/** Lower-case words of `text` (see the module comment), each in its singular form. */
export function vocabularyWords(text: string): string[] {
  const normalized = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\b([a-z]+)\/(\d)\b/g, "$1$2");
  return (normalized.match(WORD) ?? []).map(singular);
}

/**
 * Words that phrases may skip: "point my domain" matches "point the domain", "clear cache" matches
 * "clear the cache".
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  "a an the my our your their his her its this that these those some any".split(" "),
);

/** Words whose endings are not inflections ("cloudflared" is not "cloudflare" + "d"). */
const UNSTEMMED = new Set([
  "cloudflared",
  "embed",
  "speed",
  "feed",
  "need",
  "seed",
  "shed",
  "bring",
  "string",
  "spring",
  "thing",
  "ping",
]);

/**
 * The form a word is matched in: singular, and "-ing", "-ed", "-able" and a final "e" removed, so
 * "cached", "caching" and "cache" meet, as do "scheduled" and "schedule".
 */
export function matchForm(word: string): string {
  let w = singular(word);
  if (w.length <= 4 || /\d/.test(w) || w.includes(".") || UNSTEMMED.has(w)) return w;
  if (w.endsWith("ing") && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith("able") && w.length > 7) w = w.slice(0, -4);
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** "records" -> "record", "policies" -> "policy", "'s" dropped; "dns", "access", "status" kept. */
export function singular(word: string): string {
  if (word.endsWith("'s")) return word.slice(0, -2);
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (/(ss|us|is)$/.test(word)) return word;
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}
