/**
 * The My Product MCP server. Assembly (transport, auth, account selection, error mapping, output
 * bounds) lives in `@repo/mcp-kit`; this file only names the server and registers its tool groups.
 */
import { createMcpApp } from "@repo/mcp-kit";
import packageJson from "../package.json";
import { registerItemTools } from "./tools/items.tools";

const INSTRUCTIONS = `Read Cloudflare My Product in the user's accounts.
- my_product_items_list lists the account's items; page through with page and per_page.`;

export default createMcpApp({
  name: "my-product",
  title: "Cloudflare My Product",
  version: packageJson.version,
  instructions: INSTRUCTIONS,
  register(ctx) {
    registerItemTools(ctx);
  },
});
