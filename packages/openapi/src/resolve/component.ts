/**
 * Follows `$ref`s that point at whole OpenAPI objects (parameters, request bodies, responses,
 * path items) rather than schemas. Such references only alias; they cannot nest into themselves.
 * @module
 */
import type { JsonObject, JsonValue } from "../types.ts";
import { isJsonObject, resolvePointer } from "./pointer.ts";

/** Longest chain of aliases followed before giving up (a chain that loops never ends). */
const MAX_ALIAS_HOPS = 16;

/** The object a reference leads to, or the reference that could not be followed. */
export type ResolvedComponent = { value: JsonObject } | { unresolved: string };

/**
 * Follows `node.$ref` (and any chain of them) to the object it names. Keywords written beside a
 * `$ref` (OpenAPI 3.1 allows `description` and `summary` there) override the target's.
 */
export function resolveComponent(document: JsonValue, node: JsonValue): ResolvedComponent {
  if (!isJsonObject(node)) return { value: {} };
  let current: JsonObject = node;
  let overrides: JsonObject = {};
  for (let hop = 0; hop < MAX_ALIAS_HOPS; hop++) {
    const ref = current.$ref;
    if (typeof ref !== "string") return { value: { ...current, ...overrides } };
    const { $ref: _ref, ...siblings } = current;
    overrides = { ...siblings, ...overrides };
    const target = resolvePointer(document, ref);
    if (!isJsonObject(target)) return { unresolved: ref };
    current = target;
  }
  return { unresolved: String(current.$ref) };
}
