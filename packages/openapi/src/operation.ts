/**
 * Builds one processed `Operation` from a raw OpenAPI operation: parameters merged with the path
 * item's, bodies and responses resolved and shaped, Cloudflare's extensions read, the rest dropped.
 * @module
 */
import { omitEnvelopeMessages } from "./envelope.ts";
import { type ProcessLimits, truncateText } from "./limits.ts";
import { deriveProduct } from "./product.ts";
import { resolveComponent } from "./resolve/component.ts";
import { isJsonObject } from "./resolve/pointer.ts";
import type { SchemaShaper, ShapeOptions } from "./resolve/schema.ts";
import type {
  DeprecationNotice,
  HttpMethod,
  JsonObject,
  JsonValue,
  Operation,
  Parameter,
  RequestBody,
  ResponseSummary,
  Schema,
} from "./types.ts";

/** What every operation of one document is processed with. */
export interface OperationContext {
  document: JsonValue;
  shapeSchema: SchemaShaper;
  limits: ProcessLimits;
}

const PARAMETER_LOCATIONS = new Set(["path", "query", "header", "cookie"]);

/** Processes `raw`, the operation at `pathItem[method]` under `path`. */
export function processOperation(
  context: OperationContext,
  path: string,
  method: HttpMethod,
  pathItem: JsonObject,
  raw: JsonObject,
): Operation {
  const { limits } = context;
  const tags = Array.isArray(raw.tags) ? raw.tags.filter((tag) => typeof tag === "string") : [];
  const operation: Operation = {
    method: method.toUpperCase() as Uppercase<HttpMethod>,
    path,
    tags,
    product: deriveProduct(path, tags),
    parameters: mergeParameters(context, pathItem.parameters, raw.parameters),
    responses: processResponses(context, raw.responses),
  };
  if (typeof raw.operationId === "string") operation.operationId = raw.operationId;
  if (typeof raw.summary === "string") {
    operation.summary = truncateText(raw.summary, limits.fieldDescription);
  }
  if (typeof raw.description === "string" && raw.description.trim() !== "") {
    operation.description = truncateText(raw.description, limits.operationDescription);
  }
  const requestBody = processRequestBody(context, raw.requestBody);
  if (requestBody) operation.requestBody = requestBody;
  const permissions = readPermissions(raw);
  if (permissions.length > 0) operation.permissions = permissions;
  if (raw.deprecated === true) operation.deprecated = true;
  const deprecation = readDeprecation(raw["x-cfDeprecation"], limits);
  if (deprecation) operation.deprecation = deprecation;
  return operation;
}

/** Operation-level parameters replace path-level ones with the same name and location. */
function mergeParameters(
  context: OperationContext,
  pathLevel: JsonValue | undefined,
  operationLevel: JsonValue | undefined,
): Parameter[] {
  const byKey = new Map<string, Parameter>();
  for (const list of [pathLevel, operationLevel]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const parameter = processParameter(context, entry);
      if (parameter) byKey.set(`${parameter.in}:${parameter.name}`, parameter);
    }
  }
  return [...byKey.values()];
}

function processParameter(context: OperationContext, entry: JsonValue): Parameter | undefined {
  const resolved = resolveComponent(context.document, entry);
  if (!("value" in resolved)) return undefined;
  const raw = resolved.value;
  if (typeof raw.name !== "string" || typeof raw.in !== "string") return undefined;
  if (!PARAMETER_LOCATIONS.has(raw.in)) return undefined;
  const parameter: Parameter = {
    name: raw.name,
    in: raw.in as Parameter["in"],
    // OpenAPI requires path parameters; some specs forget to say so.
    required: raw.in === "path" || raw.required === true,
  };
  if (typeof raw.description === "string" && raw.description.trim() !== "") {
    parameter.description = truncateText(raw.description, context.limits.fieldDescription);
  }
  if (raw.deprecated === true) parameter.deprecated = true;
  const schema = raw.schema ?? firstContentSchema(raw.content);
  if (schema !== undefined) {
    parameter.schema = context.shapeSchema(schema, context.limits.requestSchema);
  }
  return parameter;
}

function processRequestBody(context: OperationContext, entry: JsonValue | undefined) {
  if (entry === undefined) return undefined;
  const resolved = resolveComponent(context.document, entry);
  if (!("value" in resolved)) return undefined;
  const raw = resolved.value;
  const body: RequestBody = {
    required: raw.required === true,
    content: processContent(context, raw.content, {
      ...context.limits.requestSchema,
      omit: "readOnly",
    }),
  };
  if (typeof raw.description === "string" && raw.description.trim() !== "") {
    body.description = truncateText(raw.description, context.limits.fieldDescription);
  }
  return body;
}

function processResponses(context: OperationContext, raw: JsonValue | undefined) {
  const responses: Record<string, ResponseSummary> = {};
  if (!isJsonObject(raw)) return responses;
  for (const [status, entry] of Object.entries(raw)) {
    const resolved = resolveComponent(context.document, entry);
    const response: ResponseSummary = {};
    if ("value" in resolved) {
      const { description, content } = resolved.value;
      if (typeof description === "string" && description.trim() !== "") {
        response.description = truncateText(description, context.limits.fieldDescription);
      }
      // Error bodies are the same v4 envelope everywhere; only success bodies are worth their size.
      if (isSuccessStatus(status) && isJsonObject(content)) {
        const options: ShapeOptions = { ...context.limits.responseSchema, omit: "writeOnly" };
        response.content = processContent(context, content, options, omitEnvelopeMessages);
      }
    }
    responses[status] = response;
  }
  return responses;
}

/** `200`, `201`, `2XX` and the like; `default` usually describes errors, so it is not one. */
export function isSuccessStatus(status: string): boolean {
  return /^2(\d\d|xx)$/i.test(status);
}

function processContent(
  context: OperationContext,
  raw: JsonValue | undefined,
  options: ShapeOptions,
  finish: (schema: Schema) => Schema = (schema) => schema,
) {
  const content: Record<string, { schema?: Schema }> = {};
  if (!isJsonObject(raw)) return content;
  for (const [contentType, media] of Object.entries(raw)) {
    const schema = isJsonObject(media) ? media.schema : undefined;
    content[contentType] =
      schema === undefined ? {} : { schema: finish(context.shapeSchema(schema, options)) };
  }
  return content;
}

function firstContentSchema(content: JsonValue | undefined): JsonValue | undefined {
  if (!isJsonObject(content)) return undefined;
  for (const media of Object.values(content)) {
    if (isJsonObject(media) && media.schema !== undefined) return media.schema;
  }
  return undefined;
}

/**
 * Cloudflare writes required permissions as `x-cfPermissionsRequired: { enum: [...] }` (older
 * specs) and API token permission groups as `x-api-token-group: [...]` (newer specs).
 */
function readPermissions(raw: JsonObject): string[] {
  const found: string[] = [];
  const required = raw["x-cfPermissionsRequired"];
  const fromRequired = isJsonObject(required) ? required.enum : required;
  for (const list of [fromRequired, raw["x-api-token-group"]]) {
    if (!Array.isArray(list)) continue;
    for (const value of list) if (typeof value === "string") found.push(value);
  }
  return [...new Set(found)];
}

function readDeprecation(raw: JsonValue | undefined, limits: ProcessLimits) {
  if (!isJsonObject(raw)) return undefined;
  const notice: DeprecationNotice = {};
  if (typeof raw.id === "string") notice.id = raw.id;
  if (typeof raw.description === "string") {
    notice.description = truncateText(raw.description, limits.fieldDescription);
  }
  if (typeof raw.eol === "string") notice.eol = raw.eol;
  return notice;
}
