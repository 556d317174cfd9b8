/**
 * The AI Gateway MCP server: read Cloudflare AI Gateway gateways and their request logs, search
 * prompts and responses, and analyze usage. Assembly lives in `@repo/mcp-kit`; this file only
 * names the server and registers its tool groups.
 */
import { createMcpApp } from "@repo/mcp-kit";
import packageJson from "../package.json";
import { registerAnalyzeTool } from "./tools/analyze.tools";
import { registerBodyTools } from "./tools/bodies.tools";
import { registerGatewayTools } from "./tools/gateways.tools";
import { registerLogTools } from "./tools/logs.tools";
import { registerSearchTool } from "./tools/search.tools";

const INSTRUCTIONS = `Inspect Cloudflare AI Gateway: gateways, their request logs and usage.
- Start with ai_gateway_list_gateways to get a gateway_id.
- Time windows: pass start_date/end_date in ISO 8601 (UTC), or last_hours for a window ending now.
- Counts, error/cache rates, latency, tokens, cost: ai_gateway_analyze_usage (states its sample size).
- Individual requests: ai_gateway_list_logs (compact rows, pages of up to 50; with_prompts adds prompt previews), then ai_gateway_get_log and ai_gateway_get_log_bodies.
- Words in prompts or answers (e.g. "refund"): ai_gateway_search_logs; the API's own search covers metadata only.
- When the credential sees several accounts, pass account_id or call set_active_account once.`;

export default createMcpApp({
  name: "ai-gateway",
  title: "Cloudflare AI Gateway",
  version: packageJson.version,
  instructions: INSTRUCTIONS,
  register(ctx) {
    registerGatewayTools(ctx);
    registerLogTools(ctx);
    registerBodyTools(ctx);
    registerSearchTool(ctx);
    registerAnalyzeTool(ctx);
  },
});
