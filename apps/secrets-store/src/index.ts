/**
 * The Secrets Store MCP server: manage Cloudflare Secrets Store stores and secrets. Secret values
 * are write-only: tools accept them and never return them. Assembly lives in `@repo/mcp-kit`;
 * this file only names the server and registers its tool groups.
 */
import { d1DocsSearch } from "@repo/docs-search";
import { createMcpApp, type KitEnv, registerDocsTool } from "@repo/mcp-kit";
import packageJson from "../package.json";
import { NOT_FOUND_HINTS } from "./hints";
import { registerQuotaTools } from "./tools/quota.tools";
import { registerRotateTool } from "./tools/rotate.tools";
import { registerSecretTools } from "./tools/secrets.tools";
import { registerStoreTools } from "./tools/stores.tools";

const INSTRUCTIONS = `Manage Cloudflare Secrets Store: account-level stores holding secrets that Workers, AI Gateway and other services read at runtime.
- Start with secrets_store_stores_list to get the store_id (an account usually has exactly one store; reuse it rather than creating another).
- Secret values are write-only: you can set them (create, update, rotate) but no tool can read them back. Never repeat a value in comments or names.
- To change a value use secrets_store_secrets_rotate: it deletes and recreates the secret (new id, brief gap). secrets_store_secrets_update changes scopes and comment in place (same id); Cloudflare's API refuses a new value there.
- Deleting secrets, or a store with force, is permanent: confirm with the user first. secrets_store_stores_delete counts the store's secrets first and refuses a non-empty store without force.
- docs searches the Secrets Store documentation (limits, scopes, bindings).`;

/** Bindings of this server besides the kit's. */
interface SecretsStoreEnv extends KitEnv {
  /** The docs index (packages/docs-search); without it the docs tool says how to load one. */
  DOCS_DB?: D1Database;
}

export default createMcpApp<SecretsStoreEnv>({
  name: "secrets-store",
  title: "Cloudflare Secrets Store",
  version: packageJson.version,
  instructions: INSTRUCTIONS,
  errorHints: NOT_FOUND_HINTS,
  register(ctx, { env }) {
    registerStoreTools(ctx);
    registerSecretTools(ctx);
    registerRotateTool(ctx);
    registerQuotaTools(ctx);
    registerDocsTool(ctx, env.DOCS_DB ? d1DocsSearch(env.DOCS_DB) : undefined, {
      product: "secrets-store",
    });
  },
});
