// JSON with comments and trailing commas (wrangler.jsonc, deployments.jsonc), read with jsonc-parser.
import { readFileSync } from "node:fs";
import { type ParseError, parse, printParseErrorCode } from "jsonc-parser";

/** The parsed file; a syntax error names the file and the offset. */
export function readJsonc(path: string): unknown {
  const errors: ParseError[] = [];
  const value = parse(readFileSync(path, "utf8"), errors, { allowTrailingComma: true }) as unknown;
  if (errors[0]) {
    throw new Error(
      `${path}: ${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}`,
    );
  }
  return value;
}
