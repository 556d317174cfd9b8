/**
 * Product keys: a short, stable name for the part of the API an operation belongs to, taken from
 * its path (`/accounts/{account_id}/secrets_store/stores` -> `secrets_store`).
 * @module
 */

/** Path segments that open a scope followed by its id (`/accounts/{account_id}/...`). */
const ID_SCOPES = new Set(["accounts", "zones", "organizations"]);

/** Path segments that open a scope with no id (`/user/tokens`). */
const PLAIN_SCOPES = new Set(["user"]);

/**
 * Segments renamed to the product they belong to. `storage` is the historic prefix of Workers KV
 * (`/storage/kv/namespaces`, `/storage/analytics`); nothing else lives under it.
 */
const PRODUCT_ALIASES: Record<string, string> = { storage: "kv" };

/** Lower-case snake_case form used for product keys and for product filters in searches. */
export function normalizeProductKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/**
 * The product key of an operation: the first literal path segment after the account, zone,
 * organization or user scope; the scope itself for scope-level paths (`/zones/{zone_id}` ->
 * `zones`); the first tag when the path has no literal segment; `other` when nothing is left.
 */
export function deriveProduct(path: string, tags: readonly string[] = []): string {
  const { scope, rest } = splitScope(path);
  const literal = rest.find((segment) => !isTemplate(segment)) ?? scope;
  const fromPath = literal === undefined ? "" : normalizeProductKey(literal);
  if (fromPath !== "") return PRODUCT_ALIASES[fromPath] ?? fromPath;
  const fromTag = tags.length > 0 ? normalizeProductKey(tags[0] ?? "") : "";
  return fromTag === "" ? "other" : fromTag;
}

/**
 * Splits a path into its scope (`accounts` of `/accounts/{account_id}/...`, `user` of
 * `/user/...`; none for `/radar/...`) and the segments after it.
 */
export function splitScope(path: string): { scope?: string; rest: string[] } {
  const segments = path.split("/").filter((segment) => segment !== "");
  const [first, second] = segments;
  if (first !== undefined && ID_SCOPES.has(first) && second !== undefined && isTemplate(second)) {
    return { scope: first, rest: segments.slice(2) };
  }
  if (first !== undefined && PLAIN_SCOPES.has(first))
    return { scope: first, rest: segments.slice(1) };
  return { rest: segments };
}

/** True for a `{parameter}` path segment. */
export function isTemplate(segment: string): boolean {
  return segment.startsWith("{") && segment.endsWith("}");
}
