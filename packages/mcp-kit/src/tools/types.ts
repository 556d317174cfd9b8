/**
 * The contract between an app and the kit: how a tool is declared and what its handler receives.
 * Apps never touch the raw `McpServer`; they declare tools through a {@link RegistrationContext}
 * so that auth, account selection, error mapping, redaction and output bounds cannot be skipped.
 */

import type { CallToolResult, StandardSchemaWithJSON } from "@modelcontextprotocol/server";
import type { AccountRef, Permission, Principal } from "@repo/auth";
import type { z } from "zod";
import type { CallApi } from "../api/call-api";
import type { ErrorHint } from "./error-hints";

/** MCP tool annotations. All three hints are required so that every tool states them on purpose. */
export interface ToolAnnotations {
  /** The tool does not change anything. */
  readOnlyHint: boolean;
  /** The tool may delete or overwrite data that cannot be recovered. */
  destructiveHint: boolean;
  /** Calling it twice with the same arguments has the same effect as calling it once. */
  idempotentHint: boolean;
  /** The tool reaches outside this server (always true for Cloudflare API tools). Default: true. */
  openWorldHint?: boolean;
}

/** What every handler receives besides its parsed input. */
export interface ToolCall {
  /**
   * The Cloudflare API as the caller, bound to this call: its abort signal and deadline, its
   * account (`{account_id}` in paths) and its request budget. See {@link CallApi}.
   */
  api: CallApi;
  /** Who is calling. Never contains a token. */
  principal: Principal;
  /**
   * Marks a string as secret for the rest of this call: it is replaced by `[redacted]` in the
   * result, in error messages and in log lines. Use it for every secret value a tool accepts.
   */
  redact(secret: string): void;
  /** Aborted when the client goes away or the call exceeds its time budget. */
  signal: AbortSignal;
  /**
   * The account an `account_id` argument (or else the `cf-account-id` header, else the active
   * account, else the only account) names, or `undefined` when nothing names one. For tools that
   * work with or without an account; account-scoped tools get `accountId` resolved already.
   * @throws ToolError listing the accounts when the argument names an account the caller lacks.
   */
  selectAccount(argument?: string): Promise<AccountRef | undefined>;
}

/** What an account-scoped handler receives: the account is already resolved and checked. */
export interface AccountToolCall extends ToolCall {
  accountId: string;
  account: AccountRef;
}

/** Result of a tool; build it with `jsonResult` / `textResult`, or throw a `ToolError`. */
export type ToolOutput = CallToolResult;

export interface ToolDefinition<Shape extends z.ZodRawShape, Call extends ToolCall> {
  /** `<server>_<noun>_<verb>`, e.g. `secrets_store_secrets_list`; checked at registration (naming.ts). */
  name: string;
  /** Short human title. */
  title: string;
  /** Written for a model: what it does, when to use it, what it returns, what to call next. */
  description: string;
  /** Input fields; every field carries `.describe()`. */
  input: Shape;
  /**
   * Replaces the schema built from `input`, for tools generated from JSON Schema (the api
   * server's per-endpoint tools). The handler then receives what this schema's `validate` returns.
   * For `accountTool`, it must accept an optional `account_id` string itself.
   */
  inputSchema?: StandardSchemaWithJSON;
  annotations: ToolAnnotations;
  /**
   * What the tool needs, as data: Cloudflare permission names (`"Secrets Store Edit"`; the one
   * table in `@repo/auth` maps each to its OAuth scope), or `{ permission, scope }` for a product
   * the table lacks, combined with `{ allOf: [...] }` / `{ anyOf: [...] }`. Checked when the tool is
   * registered (an unknown name throws). An OAuth grant that does not cover it hides the tool;
   * API tokens see every tool, and errors name the permission when the API answers 10000.
   */
  permission?: Permission;
  /**
   * Names of input fields that hold secret values, matched at any depth (`["value"]` also covers
   * `secrets[].value`). The kit scrubs them from results, errors and logs before the handler runs,
   * so a forgotten `call.redact()` cannot leak them.
   */
  secretFields?: readonly string[];
  /**
   * Next steps for Cloudflare API errors this tool can meet, by code, status or predicate, e.g.
   * `[{ code: 1003, hint: "Delete a store first." }]`. They win over the app's and the kit's.
   */
  errorHints?: readonly ErrorHint<z.infer<z.ZodObject<Shape>>>[];
  /** Most Cloudflare API requests one call may send. Default 1,200 (Cloudflare's 5-minute allowance). */
  maxApiRequests?: number;
  handler(input: z.infer<z.ZodObject<Shape>>, call: Call): Promise<ToolOutput>;
}

/** The only way an app adds tools. */
export interface RegistrationContext {
  /** A tool that is not tied to one account. */
  tool<Shape extends z.ZodRawShape>(definition: ToolDefinition<Shape, ToolCall>): void;
  /**
   * A tool that acts on one account. The kit adds an optional `account_id` argument and resolves
   * the account: pinned when the credential sees one account, else the argument, else the
   * `cf-account-id` header, else the caller's active account; otherwise the call fails with the
   * list of available accounts.
   */
  accountTool<Shape extends z.ZodRawShape>(
    definition: ToolDefinition<Shape, AccountToolCall>,
  ): void;
}
