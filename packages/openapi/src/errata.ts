/**
 * Errata: corrections for places where Cloudflare's OpenAPI spec and the live API disagree.
 * Each entry names one operation, says what is wrong and how we know, and fixes the processed
 * operation. An entry whose operation is not in the loaded spec does nothing, and an entry whose
 * operation already matches the live API leaves it untouched, so old and new specs both work.
 * The same table is described in README.md ("Errata"); change both together.
 * @module
 */
import { isJsonObject } from "./resolve/pointer.ts";
import type { HttpMethod, JsonObject, Operation, RequestBody, Schema } from "./types.ts";

/** One correction of the spec. */
export interface Erratum {
  /** Stable id, recorded in `Operation.errata` when the correction is applied. */
  id: string;
  method: Uppercase<HttpMethod>;
  /** Path template exactly as the spec writes it. */
  path: string;
  /** What the spec says and what the live API does instead. */
  correction: string;
  /** How we know: an observed API answer, a later spec, a changelog. */
  source: string;
  /**
   * Returns a corrected copy of `operation`, or `undefined` when it already matches the live API.
   * Never mutates `operation` or anything it holds: schemas may be shared between operations.
   */
  apply(operation: Operation): Operation | undefined;
}

const STORE_OBJECT_SCHEMA: JsonObject = {
  type: "object",
  required: ["name"],
  properties: { name: { type: "string", description: "The name of the store." } },
};

/** The corrections applied by default, in the order they are applied. */
export const ERRATA: readonly Erratum[] = [
  {
    id: "secrets-store-create-store-single-object",
    method: "POST",
    path: "/accounts/{account_id}/secrets_store/stores",
    correction:
      "The spec gives the request body as an array of stores; the API takes one object `{ name }`.",
    source:
      "The live API answers an array body with error 1001 invalid_json_body; Cloudflare's later " +
      "per-product Secrets Store spec (2026-10) defines the body as the single object createStoreObject.",
    apply(operation) {
      const body = operation.requestBody;
      if (!body) return undefined;
      let changed = false;
      const content: RequestBody["content"] = {};
      for (const [contentType, media] of Object.entries(body.content)) {
        if (isArraySchema(media.schema)) {
          const items = media.schema.items;
          content[contentType] = { schema: isJsonObject(items) ? items : STORE_OBJECT_SCHEMA };
          changed = true;
        } else {
          content[contentType] = media;
        }
      }
      return changed ? { ...operation, requestBody: { ...body, content } } : undefined;
    },
  },
];

/**
 * Applies every erratum that names `operation` (same method and path) and records its id in
 * `errata`. Returns `operation` itself when nothing applied.
 */
export function applyErrata(operation: Operation, errata: readonly Erratum[] = ERRATA): Operation {
  let current = operation;
  for (const erratum of errata) {
    if (erratum.method !== current.method || erratum.path !== current.path) continue;
    const corrected = erratum.apply(current);
    if (!corrected) continue;
    current = { ...corrected, errata: [...(current.errata ?? []), erratum.id] };
  }
  return current;
}

function isArraySchema(schema: Schema | undefined): schema is JsonObject {
  if (!isJsonObject(schema)) return false;
  const type = schema.type;
  return type === "array" || (Array.isArray(type) && type.includes("array"));
}
