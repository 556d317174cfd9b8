// The one error type of the search API, with a code per failure so callers (the MCP `docs` tool)
// can turn it into a recovery hint for the model without parsing messages.

export type DocsSearchErrorCode =
  /** The query has no searchable words (empty, whitespace or punctuation only). */
  | "empty_query"
  /** The product filter names no product in the index; `suggestions` lists close names. */
  | "unknown_product"
  /** The index holds no passages: the corpus was never loaded into this database. */
  | "index_empty";

export class DocsSearchError extends Error {
  override readonly name = "DocsSearchError";
  readonly code: DocsSearchErrorCode;
  /** For `unknown_product`: the closest product names, best first (may be empty). */
  readonly suggestions: readonly string[];

  constructor(code: DocsSearchErrorCode, message: string, suggestions: readonly string[] = []) {
    super(message);
    this.code = code;
    this.suggestions = suggestions;
  }
}
