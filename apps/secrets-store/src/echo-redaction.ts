/**
 * Redacts a secret value where it could be echoed, and nowhere else.
 *
 * The API never returns values, so a value can only come back inside text: an error message that
 * quotes the input, or a field the API does not document. It cannot come back inside the
 * metadata the API stores and returns as such (ids, name, comment, scopes, status, timestamps):
 * those are what the caller set, and blanking a scope because the value happens to be "workers"
 * both breaks the metadata and tells the reader what the value is.
 *
 * In text a match counts only as a whole token (not inside a longer word), whatever the value's
 * length, so short and common-word values are caught where they are quoted without mangling
 * every word that contains them; values long enough not to occur by chance (16+ characters) are
 * also caught inside longer tokens. JSON-escaped and URL-encoded forms count as the value.
 */

export const REDACTED = "[redacted]";

/** Fields of the API's secret and store objects: stored metadata, never an echo of a value. */
export const METADATA_FIELDS: ReadonlySet<string> = new Set([
  "id",
  "store_id",
  "account_id",
  "name",
  "comment",
  "scopes",
  "status",
  "created",
  "modified",
]);

/** The one field that would carry a value; dropped wherever it appears. */
const VALUE_FIELD = "value";

/** From this length on a value is matched inside longer tokens too. */
const UNAMBIGUOUS_LENGTH = 16;

export interface EchoRedactor {
  /** `text` with every echo of a value replaced by {@link REDACTED}. */
  text(text: string): string;
  /** Deep copy of an API result or tool output: metadata kept, `value` dropped, text redacted. */
  data<T>(data: T): T;
}

export function echoRedactor(values: readonly string[]): EchoRedactor {
  const patterns = [...new Set(values.filter((value) => value.length > 0))]
    .sort((a, b) => b.length - a.length)
    .flatMap(patternsFor);
  const text = (input: string): string =>
    patterns.reduce((out, pattern) => out.replace(pattern, REDACTED), input);
  const walk = (data: unknown, key?: string): unknown => {
    if (key !== undefined && METADATA_FIELDS.has(key)) return data;
    if (typeof data === "string") return text(data);
    if (Array.isArray(data)) return data.map((item) => walk(item));
    if (typeof data !== "object" || data === null) return data;
    return Object.fromEntries(
      Object.entries(data)
        .filter(([name]) => name !== VALUE_FIELD)
        .map(([name, item]) => [name, walk(item, name)]),
    );
  };
  return {
    text: patterns.length === 0 ? (input) => input : text,
    data: <T>(data: T) => (patterns.length === 0 ? dropValues(data) : (walk(data) as T)),
  };
}

function dropValues<T>(data: T): T {
  if (Array.isArray(data)) return data.map(dropValues) as T;
  if (typeof data !== "object" || data === null) return data;
  return Object.fromEntries(
    Object.entries(data)
      .filter(([name]) => name !== VALUE_FIELD)
      .map(([name, item]) => [name, dropValues(item)]),
  ) as T;
}

function patternsFor(value: string): RegExp[] {
  const forms = new Set([value, JSON.stringify(value).slice(1, -1), safeEncode(value)]);
  return [...forms].map((form) => {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (value.length >= UNAMBIGUOUS_LENGTH) return new RegExp(escaped, "g");
    // A token boundary only where the value itself starts or ends with a word character.
    const before = /^[\p{L}\p{N}_]/u.test(form) ? "(?<![\\p{L}\\p{N}_])" : "";
    const after = /[\p{L}\p{N}_]$/u.test(form) ? "(?![\\p{L}\\p{N}_])" : "";
    return new RegExp(`${before}${escaped}${after}`, "gu");
  });
}

function safeEncode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // A lone surrogate cannot be URL-encoded; its other forms are still matched.
    return value;
  }
}
