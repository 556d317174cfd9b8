/**
 * The emulator's OAuth upstream (Cloudflare's dash.cloudflare.com/oauth2 stand-in): one seeded
 * OAuth app that every local MCP server uses as its upstream client. Public development values,
 * like the seeded API tokens. Plain data, importable as `@repo/emulator/seed/oauth`.
 */
import { SCOPE_CATALOGUE } from "@repo/auth/scopes";

export const OAUTH_CLIENT = {
  id: "cfemu_oauth_client",
  secret: "cfemu_oauth_client_secret",
  name: "Cloudflare MCP servers (local)",
} as const;

/** Signs each local server's remembered-consent cookie (32+ characters; development only). */
export const DEV_OAUTH_COOKIE_SECRET = "cfemu-dev-cookie-secret-0123456789abcdef";

/** Default lifetime of an emulator OAuth access token; `POST /__emulator/oauth/settings` changes it. */
export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 3600;

/**
 * Cloudflare OAuth scopes the emulator knows (Cloudflare's whole catalogue, as servers offer it),
 * and the permission groups each one grants on the emulator's own routes; the others grant none.
 */
export const SCOPE_PERMISSIONS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(SCOPE_CATALOGUE.map((scope) => [scope.name, []])),
  offline_access: [],
  "user:read": ["User Details Read"],
  "account:read": ["Memberships Read", "Account Settings Read"],
  "secrets_store:read": ["Secrets Store Read"],
  "secrets_store:write": ["Secrets Store Edit"],
  "aig:read": ["AI Gateway Read"],
  "aig:write": ["AI Gateway Edit"],
  "workers:read": ["Workers Scripts Read"],
  "workers:write": ["Workers Scripts Edit"],
  "workers_scripts:write": ["Workers Scripts Edit"],
  "workers_builds:read": ["Workers Builds Configuration Read"],
  "workers_builds:write": ["Workers Builds Configuration Edit"],
};

/** The emulator's upstream paths, under its origin (what servers set as their upstream URLs). */
export const OAUTH_AUTHORIZE_PATH = "/oauth2/auth";
export const OAUTH_TOKEN_PATH = "/oauth2/token";
