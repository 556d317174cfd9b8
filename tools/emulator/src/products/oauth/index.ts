/**
 * OAuth upstream product: Cloudflare's `dash.cloudflare.com/oauth2/{auth,token}` stand-in. It owns
 * tables and pages outside `/client/v4` (see pages.ts); its access tokens are API tokens of the
 * identity product, so it serves no v4 routes itself.
 */
import type { Product } from "../../product";
import { OAUTH_SCHEMA, OAUTH_TABLES, seedOAuth } from "./schema";

export const oauthProduct: Product = {
  name: "oauth",
  schema: OAUTH_SCHEMA,
  tables: OAUTH_TABLES,
  seed: seedOAuth,
  routes: [],
};

export { handleOAuthRequest } from "./pages";
