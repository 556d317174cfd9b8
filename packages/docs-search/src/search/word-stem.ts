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

// The ways a question asks "how much of it is allowed" and "what does it cost": a limits question
// written "how big can…" and a query written "how large…" or "maximum…" ask the same thing.
const QUANTITY_STEMS = new Set(
  "larg larger largest big bigger biggest long longer longest many maximum max size siz limit most huge minimum quota exc exceed".split(
    " ",
  ),
);
const COST_STEMS = new Set(
  "cost pric pay paid charg bill fee fees expensiv cheap cheaper".split(" "),
);

/** A stem, or the concept it asks for ("#quantity", "#cost") when it is a word of measure. */
export function conceptOf(stem: string): string {
  if (QUANTITY_STEMS.has(stem)) return "#quantity";
  if (COST_STEMS.has(stem)) return "#cost";
  return stem;
}

// Compiled tests by stem; cleared when it grows, since queries bring any words.
const WORD_STARTS = new Map<string, RegExp>();
const MAX_PATTERNS = 2000;

/**
 * Whether `text` holds a word starting with `stem` (or, for a concept, with one of its
 * stems): the cheap test of a passage body, which is never split into words.
 */
export function mentions(text: string, stem: string): boolean {
  const stems = stem === "#quantity" ? QUANTITY_STEMS : stem === "#cost" ? COST_STEMS : [stem];
  for (const one of stems) {
    let pattern = WORD_STARTS.get(one);
    if (!pattern) {
      if (WORD_STARTS.size >= MAX_PATTERNS) WORD_STARTS.clear();
      pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])${one.replace(/[^\p{L}\p{N}]/gu, "")}`, "iu");
      WORD_STARTS.set(one, pattern);
    }
    if (pattern.test(text)) return true;
  }
  return false;
}
