/**
 * The api MCP server: the whole Cloudflare API in three tools (Code Mode) — `search` the OpenAPI
 * spec and `execute` API calls as JavaScript in Dynamic Workers, and `docs` search — or, with
 * `?codemode=false`, one tool per operation. `?readonly` allows only GET requests (see flags.ts).
 */
import { d1DocsSearch } from "@repo/docs-search";
import { type Connection, createMcpApp, HttpError, registerDocsTool } from "@repo/mcp-kit";
import packageJson from "../package.json";
import { registerEndpointTools } from "./endpoints/register.ts";
import type { ApiEnv } from "./env.ts";
import { API_CONNECTION_OPTIONS } from "./flags.ts";
import { type LoadedSpec, loadSpec } from "./spec/loaded-spec.ts";
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

type ApiConnection = Connection<ApiEnv, typeof API_CONNECTION_OPTIONS>;

function instructions({ options }: ApiConnection): string {
  return `${options.codemode ? CODE_MODE_INSTRUCTIONS : ENDPOINT_INSTRUCTIONS}\n${options.readonly ? READ_ONLY_MODE : WRITABLE_MODE}`;
}

/** The spec endpoint tools are made from; 503 while the server has none. */
function currentSpec(env: ApiEnv): Promise<LoadedSpec> {
  return loadSpec(env.SPEC_STORE, Date.now(), env.DOCS_DB).catch((error: unknown) => {
    throw new HttpError(503, error instanceof Error ? error.message : String(error));
  });
}

const app = createMcpApp<ApiEnv, typeof API_CONNECTION_OPTIONS>({
  name: "api",
  title: "Cloudflare API",
  version: packageJson.version,
  instructions,
  connectionOptions: API_CONNECTION_OPTIONS,
  // Code Mode's search/execute are named by convention, endpoint tools by their operationId.
  toolPrefix: false,
  // It reaches every product: the consent page offers Cloudflare's whole scope catalogue.
  oauth: { scopes: "cloudflare" },
  async register(context, { env, options }) {
    if (!options.codemode) {
      const spec = await currentSpec(env);
      registerEndpointTools(context, spec, { readOnly: options.readonly });
      // Endpoint tools follow the spec, which a cron refresh may replace while the isolate lives.
      return { current: async () => (await currentSpec(env)).version === spec.version };
    }
    registerSearchTool(context, env);
    registerExecuteTool(context, env, { readOnly: options.readonly });
    registerDocsTool(context, env.DOCS_DB ? d1DocsSearch(env.DOCS_DB) : undefined);
  },
});

export default {
  fetch: app.fetch,

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
