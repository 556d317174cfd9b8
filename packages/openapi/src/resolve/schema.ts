/**
 * Turns a raw OpenAPI/JSON Schema into the processed form: every local `$ref` inlined, only the
 * keywords an agent needs to build a request or read a response, and bounded in size.
 * @module
 */
import { type ProcessLimits, type SchemaBounds, truncateText } from "../limits.ts";
import type { JsonObject, JsonValue, Schema } from "../types.ts";
import { isJsonObject, resolvePointer } from "./pointer.ts";

/** Keywords copied unchanged: they describe what a value may be. */
const PLAIN_KEYWORDS = [
  "type",
  "format",
  "nullable",
  "const",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "required",
  "readOnly",
  "writeOnly",
  "deprecated",
  "contentMediaType",
  "contentEncoding",
] as const;

/** Keywords whose value is one sub-schema one level deeper in the data. */
const NESTED_SCHEMA_KEYWORDS = ["additionalProperties", "not"] as const;

/** Keywords whose value is a list of alternatives at the same data level. */
const COMPOSITION_KEYWORDS = ["allOf", "oneOf", "anyOf"] as const;

/** Keywords that hold sub-schemas; a node with any of them is cut at the depth cap. */
const STRUCTURAL_KEYWORDS = [
  "properties",
  "patternProperties",
  "items",
  "prefixItems",
  ...NESTED_SCHEMA_KEYWORDS,
  ...COMPOSITION_KEYWORDS,
];

/** A `default` longer than this (as JSON) is dropped: it is an example in disguise. */
const MAX_DEFAULT_JSON_LENGTH = 200;

/** How one schema is shaped: its size bounds, and which side of the exchange it describes. */
export interface ShapeOptions extends SchemaBounds {
  /**
   * Properties flagged this way are left out (with their `required` entry): OpenAPI says
   * `readOnly` properties are not sent in requests and `writeOnly` ones never come back.
   */
  omit?: "readOnly" | "writeOnly";
}

/** Shapes one schema; each call starts with an empty `$ref` stack at depth 0. */
export type SchemaShaper = (schema: JsonValue, options: ShapeOptions) => Schema;

/**
 * Makes a shaper bound to one document and one set of limits.
 *
 * Cycle rule: a `$ref` becomes `{ "$circular": ref }` only when that same ref is already being
 * expanded further up the current branch. A schema used twice side by side is expanded twice.
 */
export function createSchemaShaper(document: JsonValue, limits: ProcessLimits): SchemaShaper {
  const stack: string[] = [];
  let maxDepth = 0;
  let nodeBudget = 0;
  let nodes = 0;
  let omitFlag: ShapeOptions["omit"];

  function shape(node: JsonValue, depth: number): Schema {
    if (!isJsonObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === "string") return shapeRef(ref, node, depth);
    if (depth > maxDepth && STRUCTURAL_KEYWORDS.some((key) => key in node)) {
      return depthMarker(node);
    }
    if (++nodes > nodeBudget) throw OVER_BUDGET;
    return shapeObject(node, depth);
  }

  function shapeRef(ref: string, node: JsonObject, depth: number): Schema {
    if (stack.includes(ref)) return { $circular: ref };
    const target = resolvePointer(document, ref);
    if (target === undefined) return { $unresolved: ref };
    const { $ref: _ref, ...siblings } = node;
    // OpenAPI 3.1 lets keywords sit beside `$ref` (usually a description); they win over the target's.
    const merged =
      isJsonObject(target) && Object.keys(siblings).length > 0
        ? { ...target, ...siblings }
        : target;
    stack.push(ref);
    try {
      return shape(merged, depth);
    } finally {
      stack.pop();
    }
  }

  function shapeObject(node: JsonObject, depth: number): JsonObject {
    const out: JsonObject = {};
    if (typeof node.title === "string") {
      out.title = truncateText(node.title, limits.fieldDescription);
    }
    if (typeof node.description === "string" && node.description.trim() !== "") {
      out.description = truncateText(node.description, limits.fieldDescription);
    }
    for (const key of PLAIN_KEYWORDS) {
      const value = node[key];
      if (value !== undefined) out[key] = value;
    }
    if (
      node.default !== undefined &&
      JSON.stringify(node.default).length <= MAX_DEFAULT_JSON_LENGTH
    ) {
      out.default = node.default;
    }
    if (Array.isArray(node.enum)) {
      if (node.enum.length > limits.enumValues) {
        out.enum = node.enum.slice(0, limits.enumValues);
        out.$enumTotal = node.enum.length;
      } else {
        out.enum = node.enum;
      }
    }
    if (isJsonObject(node.discriminator) && typeof node.discriminator.propertyName === "string") {
      out.discriminator = { propertyName: node.discriminator.propertyName };
    }
    if (isJsonObject(node.properties)) {
      const properties: JsonObject = {};
      const omitted: string[] = [];
      for (const [name, value] of Object.entries(node.properties)) {
        const shaped = shape(value, depth + 1);
        if (omitFlag && isJsonObject(shaped) && shaped[omitFlag] === true) omitted.push(name);
        else properties[name] = shaped;
      }
      out.properties = properties;
      if (omitted.length > 0 && Array.isArray(out.required)) {
        out.required = out.required.filter((name) => !omitted.includes(name as string));
      }
    }
    if (isJsonObject(node.patternProperties)) {
      out.patternProperties = mapValues(node.patternProperties, (value) => shape(value, depth + 1));
    }
    const items = node.items;
    if (Array.isArray(items)) out.items = items.map((item) => shape(item, depth + 1));
    else if (items !== undefined) out.items = shape(items, depth + 1);
    if (Array.isArray(node.prefixItems)) {
      out.prefixItems = node.prefixItems.map((item) => shape(item, depth + 1));
    }
    for (const key of NESTED_SCHEMA_KEYWORDS) {
      const value = node[key];
      if (value !== undefined) out[key] = shape(value, depth + 1);
    }
    // Composition does not nest the data, so alternatives stay at the same depth.
    for (const key of COMPOSITION_KEYWORDS) {
      const list = node[key];
      if (Array.isArray(list)) out[key] = list.map((member) => shape(member, depth));
    }
    return out;
  }

  function depthMarker(node: JsonObject): JsonObject {
    const marker: JsonObject = { $truncated: "depth" };
    if (node.type !== undefined) marker.type = node.type;
    if (typeof node.description === "string") {
      marker.description = truncateText(node.description, limits.fieldDescription);
    }
    return marker;
  }

  return function shapeSchema(schema, options) {
    omitFlag = options.omit;
    // Cut the whole schema at one depth, the deepest that fits the node budget, so every branch
    // keeps the same amount of detail. Depth 0 keeps only the root's own keywords and its
    // alternatives; if even that is over budget, the schema is replaced by a marker.
    for (let depth = options.depth; depth >= 0; depth--) {
      stack.length = 0;
      nodes = 0;
      maxDepth = depth;
      nodeBudget = options.nodes;
      try {
        return shape(schema, 0);
      } catch (error) {
        if (error !== OVER_BUDGET) throw error;
      }
    }
    stack.length = 0;
    return sizeMarker(schema);
  };

  function sizeMarker(schema: JsonValue): JsonObject {
    let node = schema;
    // Follow aliases so the marker can still say what type the schema has.
    for (let hop = 0; isJsonObject(node) && typeof node.$ref === "string" && hop < 16; hop++) {
      node = resolvePointer(document, node.$ref) ?? {};
    }
    return { ...depthMarker(isJsonObject(node) ? node : {}), $truncated: "size" };
  }
}

/** Thrown (and caught) to abandon a pass that went over the node budget. */
const OVER_BUDGET = Symbol("over node budget");

function mapValues(map: JsonObject, fn: (value: JsonValue) => JsonValue): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(map)) out[key] = fn(value);
  return out;
}
