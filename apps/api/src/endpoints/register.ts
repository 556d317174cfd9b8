/**
 * `?codemode=false`: one tool per API operation, generated once per spec version (see
 * LoadedSpec.tools). Each tool's schema is served as JSON Schema as is; `tools/call` checks only
 * the arguments of the tool called (a light check, see checkEndpointArguments).
 */
import type { StandardSchemaWithJSON } from "@modelcontextprotocol/server";
import type { AccountToolCall, RegistrationContext, ToolCall, ToolDefinition } from "@repo/mcp-kit";
import { jsonResult, specPermission } from "@repo/mcp-kit";
import { checkEndpointArguments, type EndpointTool, endpointRequest } from "@repo/openapi";
import type { LoadedSpec } from "../spec/loaded-spec.ts";

export function registerEndpointTools(
  context: RegistrationContext,
  loaded: LoadedSpec,
  options: { readOnly: boolean },
): number {
  let count = 0;
  for (const tool of loaded.tools) {
    if (options.readOnly && tool.operation.method !== "GET") continue;
    if (tool.accountScoped) context.accountTool(definition<AccountToolCall>(tool));
    else context.tool(definition<ToolCall>(tool));
    count++;
  }
  return count;
}

/** Per-endpoint tools have no zod shape: `inputSchema` carries their JSON Schema. */
type NoShape = Record<string, never>;

function definition<Call extends ToolCall>(tool: EndpointTool): ToolDefinition<NoShape, Call> {
  // Any one of the operation's permissions suffices; OAuth grants that cover none hide the tool.
  const permission = specPermission(tool.operation.permissions);
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    input: {},
    inputSchema: argumentSchema(tool),
    annotations: tool.annotations,
    ...(permission ? { permission } : {}),
    async handler(args, call) {
      const accountId = "accountId" in call ? (call.accountId as string) : undefined;
      const request = endpointRequest(tool, args as Record<string, unknown>, accountId);
      const response = await call.api.request<unknown>({
        method: request.method as "GET",
        path: request.path,
        query: request.query,
        ...(request.body !== undefined ? { body: { json: request.body } } : {}),
      });
      const data = {
        result: response.result,
        ...(response.resultInfo ? { result_info: response.resultInfo.raw } : {}),
        ...(response.messages.length > 0 ? { messages: response.messages } : {}),
      };
      return jsonResult(data, {
        summary: `${request.method} ${request.path} -> ${response.status}`,
        moreHint: "Narrow the request: filters, per_page, or a more specific endpoint.",
      });
    },
  };
}

/** A Standard Schema over the tool's JSON Schema whose check runs only when the tool is called. */
function argumentSchema(
  tool: EndpointTool,
): StandardSchemaWithJSON<Record<string, unknown>, Record<string, unknown>> {
  return {
    "~standard": {
      version: 1,
      vendor: "cloudflare-openapi",
      jsonSchema: {
        input: () => tool.inputSchema,
        output: () => tool.inputSchema,
      },
      validate(value: unknown) {
        const check = checkEndpointArguments(tool, value);
        return check.ok
          ? { value: check.value }
          : { issues: check.issues.map((message) => ({ message })) };
      },
    },
  } as StandardSchemaWithJSON<Record<string, unknown>, Record<string, unknown>>;
}
