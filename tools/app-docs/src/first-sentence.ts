// The "what it does" cell: the first sentence of a tool's model-facing description.

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = ["e.g", "i.e", "etc", "vs", "approx", "incl"];

/**
 * The description up to and including the first sentence-ending `.`, `!` or `?` that is followed
 * by whitespace or the end, outside parentheses, brackets and code spans, and not part of an
 * abbreviation such as "e.g.". Whitespace runs (newlines included) become single spaces.
 */
export function firstSentence(description: string): string {
  const text = description.replace(/\s+/g, " ").trim();
  let depth = 0;
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "`") inCode = !inCode;
    if (inCode) continue;
    if (char === "(" || char === "[") depth++;
    else if ((char === ")" || char === "]") && depth > 0) depth--;
    else if (depth === 0 && (char === "." || char === "!" || char === "?")) {
      const next = text[i + 1];
      if (next !== undefined && next !== " ") continue;
      if (char === "." && endsWithAbbreviation(text.slice(0, i))) continue;
      return text.slice(0, i + 1);
    }
  }
  return text;
}

function endsWithAbbreviation(before: string): boolean {
  const lastWord = before.slice(before.lastIndexOf(" ") + 1).replace(/^[("[]+/, "");
  return ABBREVIATIONS.includes(lastWord.toLowerCase());
}
