/**
 * URL building: joins the base URL and an API path, appends the query, and refuses paths that
 * would leave the base URL (dot segments, absolute URLs), so a caller-supplied id can't
 * redirect a request to another endpoint.
 * @module
 */
import type { ApiQuery } from "./types";

/** Dot segments, including percent-encoded ones: the URL parser resolves `%2e%2e` like `..`. */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/**
 * Builds the request URL from the base URL (trailing slash tolerated), a path relative to it
 * (leading slash optional; may carry its own `?query`) and query parameters.
 *
 * @throws TypeError when the path is absolute, contains `.`/`..` segments or a backslash, or
 *   would otherwise resolve outside the base URL.
 */
export function buildUrl(baseUrl: string, path: string, query?: ApiQuery): URL {
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/+$/, "");
  const [pathOnly = "", pathQuery] = splitOnce(path, "?");
  if (/^[a-z][a-z0-9+.-]*:/i.test(pathOnly) || pathOnly.includes("\\")) {
    throw new TypeError("API path must be relative to the base URL");
  }
  const segments = pathOnly.split("/").filter((segment) => segment !== "");
  if (segments.some((segment) => DOT_SEGMENT.test(segment))) {
    throw new TypeError("API path must not contain '.' or '..' segments");
  }
  const url = new URL(base.origin);
  url.pathname = `${basePath}/${segments.join("/")}`;
  if (pathQuery !== undefined) url.search = pathQuery;
  if (url.origin !== base.origin || !url.pathname.startsWith(`${basePath}/`)) {
    throw new TypeError("API path resolves outside the base URL");
  }
  appendQuery(url.searchParams, query);
  return url;
}

function appendQuery(params: URLSearchParams, query: ApiQuery | undefined): void {
  if (!query) return;
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) params.append(key, String(item));
    } else {
      params.append(key, String(value));
    }
  }
}

function splitOnce(value: string, separator: string): [string, string | undefined] {
  const index = value.indexOf(separator);
  return index === -1 ? [value, undefined] : [value.slice(0, index), value.slice(index + 1)];
}

/**
 * Tagged template for API paths that percent-encodes every interpolated value as one path
 * segment, so an id like `a/b` or `?x` can't change the route:
 * `apiPath\`/accounts/${accountId}/secrets_store/stores/${storeId}\``.
 *
 * @throws TypeError when an interpolated value is empty (it would collapse the path).
 */
export function apiPath(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  let path = strings[0] ?? "";
  values.forEach((value, index) => {
    const text = String(value);
    if (text === "") throw new TypeError("apiPath: an interpolated path segment is empty");
    path += encodeURIComponent(text) + (strings[index + 1] ?? "");
  });
  return path;
}

/** Values for the `{name}` placeholders of a path template. */
export type PathParams = Readonly<Record<string, string | number>>;

/**
 * Fills a path written the way the OpenAPI spec writes it,
 * `/accounts/{account_id}/secrets_store/stores/{store_id}`, percent-encoding each value as one
 * path segment (as {@link apiPath} does), so paths in code read like the spec's.
 *
 * @throws TypeError when a placeholder has no value or its value is empty.
 */
export function fillPath(template: string, params: PathParams = {}): string {
  return template.replace(/\{([a-z0-9_]+)\}/gi, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`fillPath: no value for {${name}} in ${template}`);
    const text = String(value);
    if (text === "") throw new TypeError(`fillPath: {${name}} is empty in ${template}`);
    return encodeURIComponent(text);
  });
}
