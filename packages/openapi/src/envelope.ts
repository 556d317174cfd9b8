/**
 * Trims Cloudflare's v4 response envelope in success schemas. Every v4 response carries
 * `errors` and `messages` (arrays of `{ code, message }`), declared the same way in every operation;
 * repeating them in 1,500+ operations costs about a tenth of the processed spec and tells an agent
 * nothing. `success`, `result` and `result_info` stay.
 * @module
 */
import { isJsonObject } from "./resolve/pointer.ts";
import type { JsonObject, Schema } from "./types.ts";

const BOILERPLATE_PROPERTIES = ["errors", "messages"];
const COMPOSITION_KEYWORDS = ["allOf", "oneOf", "anyOf"] as const;

/**
 * Returns `schema` without the envelope's `errors` and `messages` properties at its root (the
 * root object and, recursively, its `allOf`/`oneOf`/`anyOf` members). Only array-typed properties
 * of those names are removed, so a `result` field called `errors` deeper down is never touched.
 * Never mutates `schema`.
 */
export function omitEnvelopeMessages(schema: Schema): Schema {
  if (!isJsonObject(schema)) return schema;
  let out: JsonObject = schema;
  const properties = schema.properties;
  if (isJsonObject(properties)) {
    const drop = BOILERPLATE_PROPERTIES.filter((name) => isArraySchema(properties[name]));
    if (drop.length > 0) {
      const kept: JsonObject = {};
      for (const [name, value] of Object.entries(properties))
        if (!drop.includes(name)) kept[name] = value;
      out = { ...out, properties: kept };
      if (Array.isArray(out.required)) {
        out.required = out.required.filter((name) => !drop.includes(name as string));
      }
    }
  }
  for (const key of COMPOSITION_KEYWORDS) {
    const members = out[key];
    if (Array.isArray(members)) out = { ...out, [key]: members.map(omitEnvelopeMessages) };
  }
  return out;
}

function isArraySchema(schema: Schema | undefined): boolean {
  return isJsonObject(schema) && schema.type === "array";
}
