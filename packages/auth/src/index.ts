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
export type { AccountRef, Principal } from "./principal";
