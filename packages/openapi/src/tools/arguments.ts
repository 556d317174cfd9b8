/**
 * Checking and mapping the arguments of a per-endpoint tool. The check is deliberately light
 * (shape, required, unknown and primitive types): the API validates bodies itself and says what is
 * wrong, and compiling full validators for 1,500 schemas is what this design avoids.
 * @module
 */
import type { EndpointTool } from "./endpoint-tools.ts";

export interface EndpointRequest {
  method: EndpointTool["operation"]["method"];
  /** The path with every parameter filled and URL-encoded. */
  path: string;
  query: Record<string, string | number | boolean | Array<string | number>>;
  body?: unknown;
}

export type ArgumentCheck =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; issues: string[] };

export function checkEndpointArguments(tool: EndpointTool, args: unknown): ArgumentCheck {
  if (args === undefined || args === null) args = {};
  if (typeof args !== "object" || Array.isArray(args)) {
    return { ok: false, issues: ["Arguments must be an object."] };
  }
  const record = args as Record<string, unknown>;
  const properties = (tool.inputSchema.properties ?? {}) as Record<string, unknown>;
  const required = (tool.inputSchema.required ?? []) as string[];
  const issues: string[] = [];
  for (const name of required) {
    if (record[name] === undefined) issues.push(`Missing required argument "${name}".`);
  }
  for (const [name, value] of Object.entries(record)) {
    if (!(name in properties)) {
      issues.push(
        `Unknown argument "${name}"; this tool takes: ${Object.keys(properties).join(", ") || "nothing"}.`,
      );
      continue;
    }
    if (tool.pathParameters.includes(name) && !isPathValue(value)) {
      issues.push(`Argument "${name}" must be a non-empty string or a number.`);
    }
    if (name in tool.queryParameters && !isQueryValue(value)) {
      issues.push(
        `Argument "${name}" must be a string, number, boolean or an array of strings/numbers.`,
      );
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: record };
}

/**
 * The HTTP request for checked arguments. `accountId` fills `{account_id}` when the arguments do
 * not.
 */
export function endpointRequest(
  tool: EndpointTool,
  args: Record<string, unknown>,
  accountId?: string,
): EndpointRequest {
  const path = tool.operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = args[name] ?? (name === "account_id" ? accountId : undefined);
    if (!isPathValue(value)) throw new TypeError(`Path parameter "${name}" has no value.`);
    return encodeURIComponent(String(value));
  });
  const query: EndpointRequest["query"] = {};
  for (const [argument, parameter] of Object.entries(tool.queryParameters)) {
    const value = args[argument];
    if (isQueryValue(value)) query[parameter] = value;
  }
  return {
    method: tool.operation.method,
    path,
    query,
    ...(args.body !== undefined ? { body: args.body } : {}),
  };
}

function isPathValue(value: unknown): value is string | number {
  return (
    (typeof value === "string" && value !== "") ||
    (typeof value === "number" && Number.isFinite(value))
  );
}

function isQueryValue(value: unknown): value is EndpointRequest["query"][string] {
  if (Array.isArray(value))
    return value.every((item) => typeof item === "string" || typeof item === "number");
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
