/**
 * Public API of @repo/mcp-kit: everything an app needs to become an MCP server. Any new export
 * here becomes part of every app's contract; add it deliberately (and with a changeset).
 */

export type { AccountRef, Principal } from "@repo/auth";
export { z } from "zod";
export {
  type ActiveAccountStore,
  kvActiveAccountStore,
  memoryActiveAccountStore,
} from "./accounts/active-account-store";
export { formatAccounts, resolveAccount } from "./accounts/resolve-account";
export {
  type ConnectionOptionDefinition,
  type ConnectionOptions,
  type ConnectionOptionsResult,
  type ConnectionOptionsSchema,
  canonicalOptionName,
  parseConnectionOptions,
  READ_ONLY_OPTION,
} from "./app/connection-options";
export { createMcpApp, MCP_ROUTE, type McpApp, type McpAppOptions } from "./app/create-app";
export { DEFAULT_API_BASE_URL, type KitEnv } from "./app/env";
export { jsonRpcErrorResponse } from "./app/responses";
export { DEFAULT_MAX_BODY_BYTES } from "./http/body-limit";
export {
  type DocsBackend,
  type DocsHit,
  type DocsToolOptions,
  registerDocsTool,
} from "./tools/docs-tool";
export { describeToolError } from "./tools/error-mapping";
export { ToolError } from "./tools/errors";
export { consoleToolLogger, type ToolLogger, type ToolLogLine } from "./tools/log";
export { REDACTED } from "./tools/redaction";
export {
  AccountIdArgumentSchema,
  DEFAULT_TOOL_BUDGET_MS,
  PERMISSION_META_KEY,
} from "./tools/registration";
export {
  DEFAULT_MAX_CHARS,
  errorResult,
  type JsonResultOptions,
  jsonResult,
  textResult,
} from "./tools/results";
export { boundJson } from "./tools/truncate";
export type {
  AccountToolCall,
  RegistrationContext,
  ToolAnnotations,
  ToolCall,
  ToolDefinition,
  ToolOutput,
} from "./tools/types";
