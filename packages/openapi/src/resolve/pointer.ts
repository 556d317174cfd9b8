/**
 * Lookup of local JSON references (`#/components/schemas/X`) inside one OpenAPI document.
 * @module
 */
import type { JsonValue } from "../types.ts";

/** True when `value` is a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is { [key: string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Finds the value a local reference points to, or `undefined` when the reference is external
 * (another file or URL) or leads nowhere. Tokens are decoded per RFC 6901 (`~1` is `/`, `~0` is
 * `~`) after percent-decoding, because a reference is a URI fragment.
 */
export function resolvePointer(document: JsonValue, ref: string): JsonValue | undefined {
  if (!ref.startsWith("#")) return undefined;
  const pointer = safeDecode(ref.slice(1));
  if (pointer === undefined) return undefined;
  if (pointer === "") return document;
  if (!pointer.startsWith("/")) return undefined;
  let current: JsonValue | undefined = document;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(current)) {
      current = /^\d+$/.test(token) ? current[Number(token)] : undefined;
    } else if (isJsonObject(current)) {
      current = Object.hasOwn(current, token) ? current[token] : undefined;
    } else {
      return undefined;
    }
    if (current === undefined) return undefined;
  }
  return current;
}

function safeDecode(fragment: string): string | undefined {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
}
