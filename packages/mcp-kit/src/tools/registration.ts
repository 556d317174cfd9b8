/**
 * The registration context: the only way apps add tools to a server. Each declaration is prepared
 * once per isolate here ({@link prepareTools}) and each handler wrapped, so account selection, the
 * time budget, error mapping, redaction and logging apply to every tool without any tool repeating
 * them; a request's server then only receives the prepared tools ({@link serveTools}).
 */

import type {
  CallToolResult,
  McpServer,
  ServerContext,
  StandardSchemaWithJSON,
} from "@modelcontextprotocol/server";
import { type Credential, describePermission, permissionProblem } from "@repo/auth";
import type { CloudflareClient } from "@repo/cloudflare-api";
import { z } from "zod";
import type { ActiveAccountStore } from "../accounts/active-account-store";
import { resolveAccount } from "../accounts/resolve-account";
import { createCallApi, DEFAULT_MAX_API_REQUESTS } from "../api/call-api";
import { TIME_BUDGET } from "../budget";
import { assertScopes, grantCovers, type ToolNeed, toolNeed } from "../oauth/scope-gate";
import { withoutDialectStamp } from "./compact-schema";
import type { ErrorHint } from "./error-hints";
import { describeToolError, ToolTimeoutError } from "./error-mapping";
import { errorResult, Redactor, type ToolLogger } from "./results";
import type {
  AccountToolCall,
  RegistrationContext,
  ToolAnnotations,
  ToolCall,
  ToolDefinition,
} from "./types";

/** `tools/list` `_meta` key naming the Cloudflare token permission a tool needs (docs generators read it). */
export const PERMISSION_META_KEY = "cloudflare/permission";

export interface CallEnvironment {
  serverName: string;
  credential: Credential;
  /** The caller's API client; each call gets its own bound view of it (`call.api`). */
  client: CloudflareClient;
  /** Hints of the app, after each tool's own. */
  errorHints: readonly ErrorHint[];
  /** Value of the request's `cf-account-id` header, if any. */
  accountHeader: string | undefined;
  activeAccounts: ActiveAccountStore;
  log: ToolLogger;
  budgetMs: number;
}

export const AccountIdArgumentSchema = z
  .string()
  .min(1)
  .optional()
  .describe(
    "Cloudflare account id to act on. Omit it when the credential sees a single account or an active account is set (set_active_account); accounts_list shows the choices.",
  );

/**
 * A tool declaration made ready to serve: its `tools/list` entry (schema compacted, permission
 * described), its OAuth need from the permission table, and how a call reaches its handler. Built
 * once per isolate and connection options ({@link prepareTools}); every request then only hands
 * these to its own `McpServer` ({@link serveTools}).
 */
export interface PreparedTool {
  readonly definition: AnyToolDefinition;
  readonly config: ToolConfig;
  readonly need: ToolNeed | undefined;
  readonly permission: string | undefined;
  readonly invoke: Invoke;
}

type InputSchema = StandardSchemaWithJSON<Record<string, unknown>, Record<string, unknown>>;

/** A tool's `tools/list` entry, as `McpServer.registerTool` takes it. */
interface ToolConfig {
  title: string;
  description: string;
  inputSchema: InputSchema;
  annotations: Required<ToolAnnotations>;
  _meta?: Record<string, unknown>;
}

/**
 * Runs an app's registration against a context that prepares each declaration. `accept` sees
 * every declaration first: it may refuse one by throwing (the naming rule) or leave it out by
 * returning false (a write tool on a read-only connection).
 */
export async function prepareTools(
  register: (context: RegistrationContext) => void | Promise<void>,
  accept: (definition: AnyToolDefinition) => boolean = () => true,
): Promise<PreparedTool[]> {
  const tools: PreparedTool[] = [];
  await register({
    tool(definition) {
      if (!accept(definition)) return;
      tools.push(
        prepare(definition, definition.input, async (input, base) =>
          definition.handler(input as Parameters<typeof definition.handler>[0], base),
        ),
      );
    },
    accountTool(definition) {
      if (!accept(definition)) return;
      const shape = { ...definition.input, account_id: AccountIdArgumentSchema };
      tools.push(
        prepare(definition, shape, async (input, base, state, environment) => {
          const { account_id: argument, ...rest } = input as { account_id?: string };
          const account = resolveAccount(environment.credential.principal.accounts, {
            argument,
            header: environment.accountHeader,
            active: await activeAccount(environment, argument),
          });
          state.accountId = account.id;
          const call: AccountToolCall = { ...base, accountId: account.id, account };
          return definition.handler(rest as Parameters<typeof definition.handler>[0], call);
        }),
      );
    },
  });
  return tools;
}

/**
 * Offers prepared tools on a request's server, bound to its caller. A tool the caller's OAuth
 * grant does not cover is not offered at all (tools/list shows what this connection can do); API
 * tokens see every tool.
 */
export function serveTools(
  server: McpServer,
  tools: readonly PreparedTool[],
  environment: CallEnvironment,
): void {
  const { principal } = environment.credential;
  for (const tool of tools) {
    if (tool.need && !grantCovers(principal, tool.need)) continue;
    server.registerTool(
      tool.definition.name,
      tool.config,
      async (input: Record<string, unknown>, context: ServerContext) =>
        runTool(tool, environment, input, context.mcpReq.signal),
    );
  }
}

/**
 * The credential's active account, read from storage only when it can decide (see
 * resolveAccount): a single account, an `account_id` argument or a `cf-account-id` header decide
 * without it, and most calls would otherwise wait on a storage read for nothing.
 */
async function activeAccount(
  environment: CallEnvironment,
  argument: string | undefined,
): Promise<string | undefined> {
  const { accounts, credentialKey } = environment.credential.principal;
  if (accounts.length === 1 || argument || environment.accountHeader) return undefined;
  return environment.activeAccounts.get(credentialKey);
}

// biome-ignore lint/suspicious/noExplicitAny: a definition's input and call types are erased here; `invoke` keeps them.
export type AnyToolDefinition = ToolDefinition<any, any>;

interface CallState {
  accountId?: string;
}

type Invoke = (
  input: Record<string, unknown>,
  base: ToolCall,
  state: CallState,
  environment: CallEnvironment,
) => Promise<CallToolResult>;

function prepare(
  definition: AnyToolDefinition,
  shape: z.ZodRawShape,
  invoke: Invoke,
): PreparedTool {
  const permission = definition.permission ? describePermission(definition.permission) : undefined;
  const config: ToolConfig = {
    title: definition.title,
    description: definition.description,
    inputSchema: withoutDialectStamp((definition.inputSchema ?? z.object(shape)) as InputSchema),
    // The title is not repeated in annotations: tools/list is paid for in tokens by every client.
    annotations: {
      readOnlyHint: definition.annotations.readOnlyHint,
      destructiveHint: definition.annotations.destructiveHint,
      idempotentHint: definition.annotations.idempotentHint,
      openWorldHint: definition.annotations.openWorldHint ?? true,
    },
    ...(permission ? { _meta: { [PERMISSION_META_KEY]: permission } } : {}),
  };
  return { definition, config, need: checkedNeed(definition), permission, invoke };
}

/** The tool's OAuth need; a permission the table does not know is a bug in the tool: it throws. */
function checkedNeed(definition: AnyToolDefinition): ToolNeed | undefined {
  if (!definition.permission) return undefined;
  const problem = permissionProblem(definition.permission);
  if (problem) throw new Error(`Tool ${definition.name} declares ${problem}.`);
  return toolNeed(definition.permission, definition.annotations.readOnlyHint);
}

async function runTool(
  tool: PreparedTool,
  environment: CallEnvironment,
  input: Record<string, unknown>,
  clientSignal: AbortSignal,
): Promise<CallToolResult> {
  const { definition, need, permission, invoke } = tool;
  const started = Date.now();
  const redactor = new Redactor();
  for (const secret of collectSecretFields(input, definition.secretFields ?? []))
    redactor.add(secret);
  const budget = new AbortController();
  const signal = AbortSignal.any([clientSignal, budget.signal]);
  const state: CallState = {};
  const base: ToolCall = {
    api: createCallApi({
      client: environment.client,
      signal,
      // Stop retrying early enough that the API's own error, not a timeout, reaches the model.
      deadline: started + environment.budgetMs - TIME_BUDGET.answerMarginMs,
      accountId: () => state.accountId,
      maxRequests: definition.maxApiRequests ?? DEFAULT_MAX_API_REQUESTS,
    }),
    principal: environment.credential.principal,
    redact: (secret) => redactor.add(secret),
    signal,
    selectAccount: async (argument) => {
      const accounts = environment.credential.principal.accounts;
      const choice = {
        argument,
        header: environment.accountHeader,
        active: await activeAccount(environment, argument),
      };
      if (accounts.length !== 1 && !choice.argument && !choice.header) {
        if (!accounts.some((account) => account.id === choice.active)) return undefined;
      }
      const account = resolveAccount(accounts, choice);
      state.accountId = account.id;
      return account;
    },
  };
  const logBase = { server: environment.serverName, tool: definition.name };
  try {
    if (need) assertScopes(definition.name, base.principal, need);
    const result = await withBudget(
      invoke(input, base, state, environment),
      environment.budgetMs,
      budget,
    );
    environment.log({
      ...logBase,
      outcome: "ok",
      durationMs: Date.now() - started,
      ...(state.accountId ? { accountId: state.accountId } : {}),
    });
    return redactor.deep(result);
  } catch (error) {
    const described = describeToolError(error, {
      toolName: definition.name,
      ...(permission ? { permission } : {}),
      hints: [...(definition.errorHints ?? []), ...environment.errorHints],
      input,
      ...(state.accountId ? { accountId: state.accountId } : {}),
    });
    environment.log({
      ...logBase,
      outcome: "error",
      durationMs: Date.now() - started,
      errorKind: described.kind,
      ...(described.code !== undefined ? { code: described.code } : {}),
      ...(state.accountId ? { accountId: state.accountId } : {}),
    });
    return errorResult(redactor.text(described.text));
  }
}

async function withBudget<T>(
  work: Promise<T>,
  budgetMs: number,
  budget: AbortController,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      budget.abort();
      reject(new ToolTimeoutError(budgetMs));
    }, budgetMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** Every string found under a property named in `fields`, at any depth of the input. */
export function collectSecretFields(value: unknown, fields: readonly string[]): string[] {
  if (fields.length === 0) return [];
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        if (fields.includes(key) && typeof child === "string") found.push(child);
        else visit(child);
      }
    }
  };
  visit(value);
  return found;
}
