// A light suffix stripper for comparing query words with titles and URL paths in JS. FTS5's
// porter tokenizer does the real matching; this only has to agree on the common inflections
// ("limits"/"limit", "caching"/"cache", "created"/"create").

/** Lower-cased words of `text` (letters and digits), each reduced by `stemWord`. */
export function stemmedWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(stemWord));
}

/** Strips one common English suffix; words of four letters or fewer are left alone. */
export function stemWord(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ing")) return trimE(word.slice(0, -3));
  if (word.endsWith("ed")) return trimE(word.slice(0, -2));
  if (word.endsWith("es") && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss")) return trimE(word.slice(0, -1));
  return trimE(word);
}

// "cache", "caching" and "cached" all reduce to "cach".
function trimE(stem: string): string {
  return stem.endsWith("e") && stem.length > 3 ? stem.slice(0, -1) : stem;
}
