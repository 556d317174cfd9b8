/**
 * The api MCP server: the whole Cloudflare API in three tools (Code Mode) — `search` the OpenAPI
 * spec and `execute` API calls as JavaScript in Dynamic Workers, and `docs` search — or, with
 * `?codemode=false`, one tool per operation. `?readonly` allows only GET requests (see flags.ts).
 */
import { d1DocsSearch } from "@repo/docs-search";
import { createMcpApp, jsonRpcErrorResponse, MCP_ROUTE, registerDocsTool } from "@repo/mcp-kit";
import packageJson from "../package.json";
import { registerEndpointTools } from "./endpoints/register.ts";
import type { ApiEnv } from "./env.ts";
import { connectionOptions, readConnectionOptions } from "./flags.ts";
import { API_SCOPE_TEMPLATES } from "./oauth-scopes.ts";
import { currentSpec, loadSpec } from "./spec/loaded-spec.ts";
import { refreshSpecFromUrl } from "./spec/refresh.ts";
import { registerExecuteTool } from "./tools/execute.tools.ts";
import { registerSearchTool } from "./tools/search.tools.ts";

const CODE_MODE_INSTRUCTIONS = `The whole Cloudflare API (every product) through code.
- search: run JavaScript over the OpenAPI spec to find endpoints; spec.find("what you want") ranks them.
- execute: run JavaScript that calls cloudflare.request({ method, path, body }) with accountId in scope; return only what you need.
- docs: search Cloudflare's documentation for concepts, limits and how-tos.
Typical flow: search for the endpoint, read its parameters and requestBody, then execute. Confirm destructive calls (DELETE, overwrites) with the user first.
(Connected with ?codemode=false, this server instead offers one tool per endpoint, named after its operationId.)`;

const ENDPOINT_INSTRUCTIONS =
  "The whole Cloudflare API (every product), one tool per endpoint, named after its operationId; each tool's description says what it needs. Confirm destructive calls (DELETE, overwrites) with the user first.";

const READ_ONLY_MODE =
  "Mode: READ-ONLY connection. Only GET requests reach the API; anything else fails before it is sent. To make changes the user must reconnect without ?readonly.";
const WRITABLE_MODE =
  "Mode: read-write connection: requests can change and delete resources. Connect with ?readonly=true for a connection that can only read.";

function instructions(request: Request): string {
  const options = connectionOptions(request);
  return `${options.codemode ? CODE_MODE_INSTRUCTIONS : ENDPOINT_INSTRUCTIONS}\n${options.readonly ? READ_ONLY_MODE : WRITABLE_MODE}`;
}

const app = createMcpApp<ApiEnv>({
  name: "api",
  title: "Cloudflare API",
  version: packageJson.version,
  instructions,
  oauth: { scopeTemplates: API_SCOPE_TEMPLATES },
  register(context, env, request) {
    const options = connectionOptions(request);
    if (!options.codemode) {
      // fetch() below loads the spec before the MCP server is built.
      const loaded = currentSpec();
      if (loaded) registerEndpointTools(context, loaded, { readOnly: options.readonly });
      return;
    }
    registerSearchTool(context, env);
    registerExecuteTool(context, env, { readOnly: options.readonly });
    registerDocsTool(context, env.DOCS_DB ? d1DocsSearch(env.DOCS_DB) : undefined);
  },
});

export default {
  async fetch(request: Request, env: ApiEnv, ctx: ExecutionContext): Promise<Response> {
    if (new URL(request.url).pathname !== MCP_ROUTE) return app.fetch(request, env, ctx);
    const options = readConnectionOptions(request);
    if (!options.ok) return jsonRpcErrorResponse(400, options.message);
    if (!options.options.codemode) {
      try {
        await loadSpec(env.SPEC_STORE);
      } catch (error) {
        return jsonRpcErrorResponse(503, error instanceof Error ? error.message : String(error));
      }
    }
    return app.fetch(request, env, ctx);
  },

  async scheduled(_controller: ScheduledController, env: ApiEnv): Promise<void> {
    const outcome = await refreshSpecFromUrl(env);
    console.log(
      JSON.stringify({
        event: "spec_refresh",
        version: outcome.pointer.version,
        operations: outcome.pointer.operations,
        changed: outcome.changed,
        seconds: outcome.seconds,
      }),
    );
  },
} satisfies ExportedHandler<ApiEnv>;
