/**
 * The AI Gateway MCP server: read Cloudflare AI Gateway gateways and their request logs, search
 * prompts and responses, and analyze usage. Assembly lives in `@repo/mcp-kit`; this file only
 * names the server and registers its tool groups.
 */
import { d1DocsSearch } from "@repo/docs-search";
import { createMcpApp, type KitEnv, registerDocsTool } from "@repo/mcp-kit";
import packageJson from "../package.json";
import { NOT_FOUND_HINTS, URI_TOO_LONG_HINT } from "./api";
import { registerAnalyzeTool } from "./tools/analyze.tools";
import { registerBodyTools } from "./tools/bodies.tools";
import { registerGatewayTools } from "./tools/gateways.tools";
import { registerLogTools } from "./tools/logs.tools";
import { registerSearchTool } from "./tools/search.tools";

const INSTRUCTIONS = `Inspect Cloudflare AI Gateway: gateways, their request logs and usage.
- Start with ai_gateway_gateways_list to get a gateway_id.
- Time windows: pass start_date/end_date in ISO 8601 (UTC; a date alone is that whole day), or last_hours for a window ending now.
- Counts, error/cache rates, latency (p95 too), tokens, cost: ai_gateway_usage_analyze, for one gateway or, without gateway_id, the whole account (states its sample size).
- Individual requests: ai_gateway_logs_list (compact rows, pages of up to 50; with_prompts adds prompt previews), then ai_gateway_logs_get and ai_gateway_log_bodies_get.
- Words in what users asked, in system prompts or in answers (e.g. "refund"): ai_gateway_logs_search with in = user_prompt / system_prompt / response. It reads one body per log and part within max_requests (Cloudflare allows 1,200 API requests per 5 minutes per user) and says when that budget stopped it.
- A gateway with collect_logs false stores no logs: the tools say so.
- docs searches the AI Gateway documentation (logging, limits, providers).`;

/** Bindings of this server besides the kit's. */
interface AiGatewayEnv extends KitEnv {
  /** The docs index (packages/docs-search); without it the docs tool says how to load one. */
  DOCS_DB?: D1Database;
}

export default createMcpApp<AiGatewayEnv>({
  name: "ai-gateway",
  title: "Cloudflare AI Gateway",
  version: packageJson.version,
  instructions: INSTRUCTIONS,
  errorHints: [...NOT_FOUND_HINTS, URI_TOO_LONG_HINT],
  register(ctx, { env }) {
    registerGatewayTools(ctx);
    registerLogTools(ctx);
    registerBodyTools(ctx);
    registerSearchTool(ctx);
    registerAnalyzeTool(ctx);
    registerDocsTool(ctx, env.DOCS_DB ? d1DocsSearch(env.DOCS_DB) : undefined, {
      product: "ai-gateway",
    });
  },
});
