/**
 * Contract checks against the official per-product OpenAPI files: find the operation a concrete
 * request hits, pick the schema for a status or the request body, and validate a JSON value
 * against it (JSON Schema 2020-12, which OpenAPI 3.1+ schemas are). Runtime-neutral: runs in
 * workerd tests and in Node.
 *
 * OpenAPI 3.0's `nullable: true` (the full spec's identity operations) reads as a type that also
 * allows `null`. Three normalisations are applied to the published schemas, recorded in errata.ts:
 * `nullable-enum` (a schema whose `type` allows `null` allows it even beside an `enum`, `allOf`
 * or `$ref` that does not), `untyped-object` (a schema with `properties` or `required` and no
 * `type` is an object) and `builds-envelope-result` (the Builds envelope's `result` does not
 * constrain the `result` the operation's own schema gives).
 */
import { type OutputUnit, Validator } from "@cfworker/json-schema";

export type Json = Record<string, unknown>;

export interface SpecDocument {
  /** File name inside the product-specs folder. */
  readonly file: string;
  readonly document: Json;
}

export interface ProductSpecs {
  readonly dir: string;
  readonly documents: readonly SpecDocument[];
}

export interface SpecOperation {
  readonly file: string;
  readonly method: string;
  /** The spec's path template (`/accounts/{account_id}/...`). */
  readonly template: string;
  readonly operationId: string | undefined;
  readonly operation: Json;
  readonly document: Json;
}

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The operation `method path` hits (path below `/client/v4`, no query), most specific first. */
export function findOperation(
  specs: ProductSpecs,
  method: string,
  path: string,
): SpecOperation | undefined {
  const parts = path.split("/").filter((part) => part !== "");
  let best: { operation: SpecOperation; literals: number } | undefined;
  for (const { file, document } of specs.documents) {
    const paths = isObject(document.paths) ? document.paths : {};
    for (const [template, item] of Object.entries(paths)) {
      const segments = template.split("/").filter((part) => part !== "");
      if (segments.length !== parts.length || !isObject(item)) continue;
      const matches = segments.every(
        (segment, index) => segment.startsWith("{") || segment === parts[index],
      );
      const operation = item[method.toLowerCase()];
      if (!matches || !isObject(operation)) continue;
      const literals = segments.filter((segment) => !segment.startsWith("{")).length;
      if (best && best.literals >= literals) continue;
      best = {
        literals,
        operation: {
          file,
          method: method.toUpperCase(),
          template,
          operationId:
            typeof operation.operationId === "string" ? operation.operationId : undefined,
          operation,
          document,
        },
      };
    }
  }
  return best?.operation;
}

/** Content types the spec lists for a status (exact, then `4XX`-style, then `default`). */
export function responseContent(operation: SpecOperation, status: number): Json | undefined {
  const responses = isObject(operation.operation.responses) ? operation.operation.responses : {};
  const response = resolve(
    operation.document,
    responses[String(status)] ?? responses[`${Math.floor(status / 100)}XX`] ?? responses.default,
  );
  if (!isObject(response)) return undefined;
  return isObject(response.content) ? response.content : {};
}

/** A component schema by name (`builds_ErrorResponse`), for statuses a spec leaves out. */
export function componentSchema(operation: SpecOperation, name: string): Json | undefined {
  const components = isObject(operation.document.components) ? operation.document.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  return isObject(schemas[name]) ? { $ref: `#/components/schemas/${name}` } : undefined;
}

/** Follows a local `$ref` (`#/components/responses/...`) to what it points at. */
function resolve(document: Json, value: unknown): unknown {
  if (!isObject(value) || typeof value.$ref !== "string" || !value.$ref.startsWith("#/")) {
    return value;
  }
  let target: unknown = document;
  for (const part of value.$ref.slice(2).split("/")) {
    target = isObject(target)
      ? target[part.replaceAll("~1", "/").replaceAll("~0", "~")]
      : undefined;
  }
  return target;
}

/**
 * The JSON schema of a response with `status`, or `undefined` when the spec has none. For an
 * error status whose schema joins the success envelope and the failure envelope with `allOf`
 * (which no body can satisfy: `success` must be both true and false), only the failure part
 * counts (erratum `failure-allof-success`).
 */
export function responseSchema(operation: SpecOperation, status: number): Json | undefined {
  const json = responseContent(operation, status)?.["application/json"];
  if (!isObject(json) || !isObject(json.schema)) return undefined;
  const schema = json.schema;
  if (status >= 400 && Array.isArray(schema.allOf)) {
    const failure = schema.allOf.find(
      (part) => isObject(part) && typeof part.$ref === "string" && /failure/i.test(part.$ref),
    );
    if (isObject(failure)) return failure;
  }
  return schema;
}

/** The JSON schema of the request body, or `undefined` when the operation takes none. */
export function requestSchema(operation: SpecOperation): Json | undefined {
  const body = operation.operation.requestBody;
  if (!isObject(body) || !isObject(body.content)) return undefined;
  const json = body.content["application/json"];
  return isObject(json) && isObject(json.schema) ? json.schema : undefined;
}

/** Problems of `value` against `schema` (empty when it conforms), at most `limit`. */
export function validate(
  operation: SpecOperation,
  schema: Json,
  value: unknown,
  limit = 6,
): string[] {
  const root = { ...normalised(schema), components: normalisedComponents(operation.document) };
  const result = new Validator(root, "2020-12", false).validate(value);
  if (result.valid) return [];
  return result.errors
    .filter(isLeaf)
    .slice(0, limit)
    .map((unit) => `${unit.instanceLocation}: ${unit.error} (${unit.keywordLocation})`);
}

// Errors that only say "a part below failed"; the leaf errors say what.
const WRAPPERS = new Set(["$ref", "allOf", "anyOf", "oneOf", "properties", "items", "not"]);

function isLeaf(unit: OutputUnit): boolean {
  return !WRAPPERS.has(unit.keyword);
}

const componentCache = new WeakMap<Json, Json>();

/** Envelope components whose generic `result` the operations' `allOf` narrow (erratum). */
const OPEN_RESULT_ENVELOPES = ["builds_APIResponse"];

function normalisedComponents(document: Json): Json {
  let components = componentCache.get(document);
  if (!components) {
    components = normalised(isObject(document.components) ? document.components : {});
    const schemas = isObject(components.schemas) ? components.schemas : {};
    for (const name of OPEN_RESULT_ENVELOPES) {
      const envelope = schemas[name];
      if (isObject(envelope) && isObject(envelope.properties)) {
        schemas[name] = { ...envelope, properties: { ...envelope.properties, result: {} } };
      }
    }
    componentCache.set(document, components);
  }
  return components;
}

/**
 * Deep copy in which a schema whose `type` allows `null` accepts `null` whatever its `enum`,
 * `allOf` or `$ref` say (erratum `nullable-enum`): `{ anyOf: [{ type: "null" }, rest] }`.
 */
function normalised<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(normalised) as T;
  if (!isObject(schema)) return schema;
  const copy: Json = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = normalised(value);
  if (copy.type === undefined && (isObject(copy.properties) || Array.isArray(copy.required))) {
    copy.type = "object";
  }
  if (copy.nullable === true) {
    delete copy.nullable;
    if (typeof copy.type === "string") copy.type = [copy.type, "null"];
    else if (copy.type === undefined) return { anyOf: [{ type: "null" }, copy] } as T;
  }
  const types = Array.isArray(copy.type) ? (copy.type as unknown[]) : [];
  const narrowed = "enum" in copy || "allOf" in copy || "$ref" in copy;
  if (!types.includes("null") || !narrowed) return copy as T;
  const { type: _type, ...rest } = copy;
  const others = types.filter((type) => type !== "null");
  const nonNull = others.length === 1 ? { ...rest, type: others[0] } : { ...rest, type: others };
  return { anyOf: [{ type: "null" }, nonNull] } as T;
}
