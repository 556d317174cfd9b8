/**
 * Public API of @repo/auth: who is calling, and how that is established. Any new export here is a
 * change to every server; add it deliberately.
 */
export { tokenCacheKey, VerificationCache, type VerificationCacheOptions } from "./api-token/cache";
export { type TokenRejection, type TokenVerification, verifyApiToken } from "./api-token/verify";
export {
  type ApiTokenAuthenticatorOptions,
  type Authenticator,
  type AuthOutcome,
  type Credential,
  createApiTokenAuthenticator,
} from "./authenticator";
export {
  type BearerExtraction,
  type ChallengeOptions,
  challengeResponse,
  extractBearer,
} from "./bearer";
export { sha256Hex } from "./hash";
// The OAuth gateway (workers-oauth-provider, which needs the Workers runtime) is a separate entry,
// `@repo/auth/oauth`, so that Node code importing this one (tests, tools) never loads it.
export {
  DEFAULT_CLOUDFLARE_AUTHORIZE_URL,
  DEFAULT_CLOUDFLARE_TOKEN_URL,
  type OAuthEnv,
  readOAuthSettings,
} from "./oauth/config";
export type { OAuthGrantProps } from "./oauth/grant-props";
export { REDIRECT_URI_RULE, redirectUriProblem } from "./oauth/redirect-uris";
export {
  BASELINE_SCOPES,
  buildScopeCatalog,
  type CatalogOverrides,
  isReadOnlyGrant,
  permissionScopes,
  type ScopeCatalog,
  type ScopeDefinition,
  type ScopeTemplate,
  type ScopeTemplateId,
  scopeGranted,
  supportedScopes,
  type ToolScopeSource,
  templateScopes,
} from "./oauth/scopes";
export type { AccountRef, Principal } from "./principal";
