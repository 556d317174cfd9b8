/**
 * Public API of @repo/mcp-kit: everything an app needs to become an MCP server. Any new export
 * here becomes part of every app's contract; add it deliberately (and with a changeset).
 * In-process test helpers live in `@repo/mcp-kit/testing`.
 */

export {
  type AccountRef,
  type Permission,
  type Principal,
  sha256Hex,
  specPermission,
} from "@repo/auth";
export type { ApiQuery } from "@repo/cloudflare-api";
export { z } from "zod";
export {
  type ActiveAccountStore,
  kvActiveAccountStore,
  memoryActiveAccountStore,
} from "./accounts/active-account-store";
export { formatAccounts, resolveAccount } from "./accounts/resolve-account";
export type { CallApi, CallRequest, CallRequestInit } from "./api/call-api";
export {
  type Page,
  type PageRequest,
  type PageResultOptions,
  type Paging,
  pageResult,
  pageSummary,
  pagingInput,
} from "./api/paging";
export {
  type ConnectionOptionDefinition,
  type ConnectionOptions,
  type ConnectionOptionsResult,
  type ConnectionOptionsSchema,
  canonicalOptionName,
  DEFAULT_CONNECTION_OPTIONS,
  parseConnectionOptions,
  READ_ONLY_OPTION,
} from "./app/connection-options";
export {
  type Connection,
  createMcpApp,
  MCP_ROUTE,
  type McpApp,
  type McpAppOptions,
  type ToolSetLifetime,
} from "./app/create-app";
export type { KitEnv } from "./app/env";
export { TIME_BUDGET } from "./budget";
export { DEFAULT_MAX_BODY_BYTES, HttpError } from "./http/pipeline";
export { type CloudflareHintContext, cloudflareCodeHint } from "./tools/cloudflare-hints";
export {
  type DocsBackend,
  type DocsHit,
  type DocsToolOptions,
  registerDocsTool,
} from "./tools/docs-tool";
export { type ErrorHint, messageMatches } from "./tools/error-hints";
export { describeToolError } from "./tools/error-mapping";
export { ToolError } from "./tools/errors";
export { KIT_TOOL_NAMES, TOOL_VERBS, ToolNameError } from "./tools/naming";
export { AccountIdArgumentSchema, PERMISSION_META_KEY } from "./tools/registration";
export {
  boundJson,
  consoleToolLogger,
  DEFAULT_MAX_CHARS,
  errorResult,
  type JsonResultOptions,
  jsonResult,
  REDACTED,
  type ToolLogger,
  type ToolLogLine,
  textResult,
} from "./tools/results";
export type {
  AccountToolCall,
  RegistrationContext,
  ToolAnnotations,
  ToolCall,
  ToolDefinition,
  ToolOutput,
} from "./tools/types";
