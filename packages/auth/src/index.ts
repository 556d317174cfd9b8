/**
 * Public API of @repo/auth: who is calling, and how that is established. Any new export here is a
 * change to every server; add it deliberately.
 */
export {
  tokenCacheKey,
  tokenCredentialKey,
  VerificationCache,
  type VerificationCacheOptions,
} from "./api-token/cache";
export {
  type TokenPrincipal,
  type TokenRejection,
  type TokenVerification,
  verifyApiToken,
} from "./api-token/verify";
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
  PERMISSION_SCOPES,
  type ScopeRule,
  scopeRule,
} from "./permissions/permission-table";
export {
  type Access,
  describePermission,
  evaluateNeed,
  type NeedVerdict,
  needScopes,
  type Permission,
  type PermissionLeaf,
  permissionLeaves,
  permissionProblem,
  type ScopeNeed,
  scopeGranted,
  scopeNeed,
  specPermission,
} from "./permissions/requirement";
export {
  BASELINE_SCOPES,
  type CatalogueScope,
  catalogueScope,
  MAX_REQUESTED_SCOPES,
  SCOPE_CATALOGUE,
  type ScopeTier,
  scopeTier,
} from "./permissions/scope-catalogue";
export {
  buildCloudflareCatalog,
  buildToolCatalog,
  isReadOnlyGrant,
  type ScopeCatalog,
  type ScopeDefinition,
  type ScopeTemplate,
  type ScopeTemplateId,
  supportedScopes,
  type ToolScopeSource,
  templateScopes,
} from "./permissions/server-catalog";
export type { AccountRef, Principal } from "./principal";
