/**
 * `@repo/auth/oauth`: OAuth for an MCP server Worker with Cloudflare as the upstream identity
 * provider (see gateway.ts). Loads workers-oauth-provider, so import it only from Worker code,
 * lazily (the kit does it on the first request that has OAuth configured).
 */
export { AUTHORIZE_PATH, CALLBACK_PATH } from "./authorize";
export {
  createOAuthGateway,
  type OAuthGateway,
  type OAuthGatewayOptions,
  REGISTER_PATH,
  TOKEN_PATH,
} from "./gateway";
