// The corpus format: one documentation page per JSONL line, and a strict parser for one line.

/** One page of the documentation corpus, as stored one per line in the JSONL file. */
export interface DocPage {
  url: string;
  title: string;
  /** Product slug, e.g. "workers" or "ai-gateway". */
  product: string;
  /** Markdown body (frontmatter removed). */
  text: string;
  description?: string;
  source_path: string;
  /** True for pages generated from data (e.g. model catalogue entries) rather than written by hand. */
  generated?: boolean;
}

/** A corpus line that is not a valid page; `line` is 1-based. */
export class CorpusFormatError extends Error {
  override readonly name = "CorpusFormatError";
  readonly line: number;

  constructor(line: number, reason: string) {
    super(`corpus line ${line}: ${reason}`);
    this.line = line;
  }
}

const REQUIRED_STRINGS = ["url", "title", "product", "text", "source_path"] as const;

/** Parses one JSONL line into a page, throwing `CorpusFormatError` when a field is missing. */
export function parseDocPage(json: string, line: number): DocPage {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new CorpusFormatError(line, "not valid JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new CorpusFormatError(line, "expected a JSON object");
  }
  const record = value as Record<string, unknown>;
  for (const key of REQUIRED_STRINGS) {
    if (typeof record[key] !== "string") {
      throw new CorpusFormatError(line, `field "${key}" must be a string`);
    }
  }
  const page: DocPage = {
    url: record.url as string,
    title: record.title as string,
    product: record.product as string,
    text: record.text as string,
    source_path: record.source_path as string,
  };
  if (typeof record.description === "string") page.description = record.description;
  if (record.generated === true) page.generated = true;
  return page;
}

/** Parses a whole JSONL document (blank lines are skipped). */
export function parseDocPages(jsonl: string): DocPage[] {
  const pages: DocPage[] = [];
  const lines = jsonl.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line !== "") pages.push(parseDocPage(line, index + 1));
  }
  return pages;
}
