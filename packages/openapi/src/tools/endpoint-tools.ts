/**
 * Per-endpoint tools (the api server's `?codemode=false` mode): one tool per operation, with an
 * input schema made of the operation's path and query parameters plus `body`. Built once per spec;
 * the schemas reference the spec's own objects, so the tool list costs little memory beyond it.
 * @module
 */
import type { JsonObject, Operation, Parameter, ProcessedSpec, Schema } from "../types.ts";
import { endpointToolName } from "./names.ts";

/** Everything needed to list and call one endpoint as a tool. */
export interface EndpointTool {
  name: string;
  title: string;
  description: string;
  /** JSON Schema of the tool's arguments (an object schema). */
  inputSchema: JsonObject;
  operation: Operation;
  /** Argument names that fill the path template, in path order. */
  pathParameters: string[];
  /** Argument name -> query parameter name. */
  queryParameters: Record<string, string>;
  /** The operation's path has `{account_id}`. */
  accountScoped: boolean;
  annotations: { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean };
}

export const MAX_TOOL_DESCRIPTION_CHARS = 1_000;

export function buildEndpointTools(spec: Pick<ProcessedSpec, "operations">): EndpointTool[] {
  const used = new Set<string>();
  return spec.operations.map((operation) => {
    let name = endpointToolName(operation);
    for (let n = 2; used.has(name); n++) name = `${endpointToolName(operation).slice(0, 60)}_${n}`;
    used.add(name);
    return endpointTool(operation, name);
  });
}

function endpointTool(operation: Operation, name: string): EndpointTool {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  const pathParameters: string[] = [];
  const queryParameters: Record<string, string> = {};
  const accountScoped = /\{account_id\}/.test(operation.path);

  for (const parameter of operation.parameters) {
    if (parameter.in === "path") {
      properties[parameter.name] = parameterSchema(parameter, accountScoped);
      pathParameters.push(parameter.name);
      if (!(accountScoped && parameter.name === "account_id")) required.push(parameter.name);
    }
  }
  // Path parameters the spec forgot to declare still have to be filled.
  for (const match of operation.path.matchAll(/\{([^}]+)\}/g)) {
    const parameterName = match[1] as string;
    if (pathParameters.includes(parameterName)) continue;
    pathParameters.push(parameterName);
    properties[parameterName] = { type: "string", description: `Path parameter ${parameterName}.` };
    if (!(accountScoped && parameterName === "account_id")) required.push(parameterName);
  }
  for (const parameter of operation.parameters) {
    if (parameter.in !== "query") continue;
    const argument = parameter.name in properties ? `query_${parameter.name}` : parameter.name;
    properties[argument] = parameterSchema(parameter, false);
    queryParameters[argument] = parameter.name;
    if (parameter.required) required.push(argument);
  }
  const body = bodySchema(operation);
  if (body) {
    properties.body = body.schema;
    if (body.required) required.push("body");
  }

  const method = operation.method;
  return {
    name,
    title: operation.summary ?? `${method} ${operation.path}`,
    description: describe(operation),
    inputSchema: {
      type: "object",
      properties: properties as JsonObject,
      ...(required.length > 0 ? { required } : {}),
      additionalProperties: false,
    },
    operation,
    pathParameters,
    queryParameters,
    accountScoped,
    annotations: {
      readOnlyHint: method === "GET",
      destructiveHint: method === "DELETE" || method === "PUT",
      idempotentHint: method !== "POST" && method !== "PATCH",
    },
  };
}

function parameterSchema(parameter: Parameter, accountDefault: boolean): Schema {
  const schema: JsonObject =
    parameter.schema && typeof parameter.schema === "object" && !Array.isArray(parameter.schema)
      ? { ...parameter.schema }
      : { type: "string" };
  const description =
    parameter.description ??
    (typeof schema.description === "string" ? schema.description : undefined);
  if (accountDefault && parameter.name === "account_id") {
    schema.description =
      "Account id. Omit it to use the only or the active account (accounts_list, set_active_account).";
  } else if (description) {
    schema.description = description;
  }
  return schema;
}

function bodySchema(operation: Operation): { schema: Schema; required: boolean } | undefined {
  const requestBody = operation.requestBody;
  if (!requestBody) return undefined;
  const json = requestBody.content["application/json"];
  if (json) {
    const schema = json.schema && typeof json.schema === "object" ? json.schema : {};
    return {
      schema: withDescription(schema, requestBody.description ?? "JSON request body."),
      required: requestBody.required,
    };
  }
  const types = Object.keys(requestBody.content).join(", ");
  return {
    schema: {
      description: `This endpoint takes ${types}, which per-endpoint tools cannot send. Use the Code Mode server (without ?codemode=false) and its execute tool for it.`,
    },
    required: false,
  };
}

function withDescription(schema: Schema, description: string): Schema {
  if (
    schema &&
    typeof schema === "object" &&
    !Array.isArray(schema) &&
    !("description" in schema)
  ) {
    return { ...schema, description };
  }
  return schema;
}

function describe(operation: Operation): string {
  const parts = [`${operation.method} ${operation.path}`];
  if (operation.summary) parts.push(operation.summary);
  if (operation.description && operation.description !== operation.summary) {
    parts.push(operation.description);
  }
  if (operation.permissions?.length)
    parts.push(`Token permission: ${operation.permissions.join(" or ")}.`);
  if (operation.deprecated) parts.push("Deprecated.");
  const text = parts.join("\n");
  return text.length > MAX_TOOL_DESCRIPTION_CHARS
    ? `${text.slice(0, MAX_TOOL_DESCRIPTION_CHARS - 1)}…`
    : text;
}
