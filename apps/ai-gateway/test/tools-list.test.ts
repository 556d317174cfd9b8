// Scope: the MCP handshake and the tool catalogue (the kit's shared contract).
import { USER_TOKEN } from "@repo/emulator/identities";
import { describeToolCatalogue, testApp } from "@repo/mcp-kit/testing";
import packageJson from "../package.json";
import app from "../src/index";

const READ = { readOnlyHint: true, destructiveHint: false, permission: "AI Gateway Read" };

describeToolCatalogue({
  connect: testApp(app).connect,
  token: USER_TOKEN.value,
  server: { name: "cloudflare-ai-gateway", version: packageJson.version },
  instructionsMention: "ai_gateway_usage_analyze",
  tools: {
    ai_gateway_gateways_list: READ,
    ai_gateway_gateways_get: READ,
    ai_gateway_logs_list: READ,
    ai_gateway_logs_get: READ,
    ai_gateway_log_bodies_get: READ,
    ai_gateway_logs_search: READ,
    ai_gateway_usage_analyze: READ,
    docs: { readOnlyHint: true, destructiveHint: false, accountScoped: false },
  },
});
