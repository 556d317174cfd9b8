/**
 * Public API of `@repo/openapi`: Cloudflare's OpenAPI spec turned into a compact, fully-resolved
 * form an agent can read and search. Every export here is public API: add names deliberately,
 * never `export *`.
 * @module
 */
export { applyErrata, ERRATA, type Erratum } from "./errata.ts";
export { isOpenApiSpecError, OpenApiSpecError, type OpenApiSpecErrorCode } from "./errors.ts";
export { DEFAULT_LIMITS, type ProcessLimits, type SchemaBounds, truncateText } from "./limits.ts";
export { createOperationMatcher, type OperationMatcher } from "./match.ts";
export { type ProcessSpecOptions, processSpec } from "./process.ts";
export { deriveProduct, normalizeProductKey } from "./product.ts";
export {
  type BuildSearchIndexOptions,
  buildSearchIndex,
  type EndpointCard,
  type SearchIndex,
  toCard,
} from "./search/build.ts";
export type { ApiDocLink } from "./search/doc-links.ts";
export { type FindOptions, findOperations, type RankedEndpoint } from "./search/find.ts";
export { PHRASE_SYNONYMS } from "./search/synonyms.ts";
export {
  PROCESSED_SPEC_FORMAT,
  parseProcessedSpec,
  type StoredProcessedSpec,
  serializeProcessedSpec,
} from "./serialize.ts";
export {
  DEFAULT_MAX_SPEC_BYTES,
  DEFAULT_OPENAPI_SPEC_URL,
  describeUrl,
  type FetchSpecOptions,
  fetchSpec,
  parseSpecText,
  resolveSpecSource,
  type SpecSource,
  type SpecSourceEnv,
} from "./source.ts";
export {
  type ArgumentCheck,
  checkEndpointArguments,
  type EndpointRequest,
  endpointRequest,
} from "./tools/arguments.ts";
export {
  buildEndpointTools,
  type EndpointTool,
  MAX_TOOL_DESCRIPTION_CHARS,
} from "./tools/endpoint-tools.ts";
export { endpointToolName, MAX_TOOL_NAME_LENGTH } from "./tools/names.ts";
export type {
  DeprecationNotice,
  HttpMethod,
  JsonObject,
  JsonValue,
  Operation,
  Parameter,
  ProcessedSpec,
  ProcessedSpecInfo,
  RequestBody,
  ResponseSummary,
  Schema,
} from "./types.ts";
export { HTTP_METHODS } from "./types.ts";
export { collectProducts, indexByPath } from "./views.ts";
