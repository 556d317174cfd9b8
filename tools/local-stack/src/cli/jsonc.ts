// Reads the JSON-with-comments wrangler configs use (comments, trailing commas) with jsonc-parser,
// the same parser tools/app-docs reads them with.
import { type ParseError, parse, printParseErrorCode } from "jsonc-parser";

/** Parses JSONC. Throws a SyntaxError naming the first problem when the text is not valid JSONC. */
export function parseJsonc(text: string): unknown {
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: true }) as unknown;
  const [first] = errors;
  if (first) {
    throw new SyntaxError(`${printParseErrorCode(first.error)} at offset ${first.offset}`);
  }
  return value;
}
