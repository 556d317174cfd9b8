/**
 * The My Product MCP server. Assembly (transport, auth, account selection, error mapping, output
 * bounds) lives in `@repo/mcp-kit`; this file only names the server and registers its tool groups.
 */
import { d1DocsSearch } from "@repo/docs-search";
import { createMcpApp, type KitEnv, registerDocsTool } from "@repo/mcp-kit";
import packageJson from "../package.json";
import { registerItemTools } from "./tools/items.tools";

const INSTRUCTIONS = `Read Cloudflare My Product in the user's accounts.
- my_product_items_list lists the account's items; page through with page and per_page.
- docs searches the product's documentation.`;

/**
 * The docs product the `docs` tool searches: the path segment of
 * developers.cloudflare.com/<product>/ (change it when the product's docs live elsewhere).
 */
const DOCS_PRODUCT = "my-product";

/** Bindings of this server besides the kit's. */
interface Env extends KitEnv {
  /** The docs index (packages/docs-search); without it the docs tool says how to load one. */
  DOCS_DB?: D1Database;
}

export default createMcpApp<Env>({
  name: "my-product",
  title: "Cloudflare My Product",
  version: packageJson.version,
  instructions: INSTRUCTIONS,
  register(ctx, { env }) {
    registerItemTools(ctx);
    registerDocsTool(ctx, env.DOCS_DB ? d1DocsSearch(env.DOCS_DB) : undefined, {
      product: DOCS_PRODUCT,
    });
  },
});
