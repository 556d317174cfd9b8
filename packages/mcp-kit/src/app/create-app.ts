/**
 * Assembles an MCP server Worker from an app's declaration. A request passes named steps in
 * order (see {@link createMcpApp}); on `/mcp`, after authentication, a fresh stateless MCP server
 * is built for it and given the app's tools, declared once per isolate and bound to the caller.
 */

import { McpServer } from "@modelcontextprotocol/server";
import {
  type Authenticator,
  type Credential,
  createApiTokenAuthenticator,
  VerificationCache,
  verifyApiToken,
} from "@repo/auth";
import type { OAuthGateway } from "@repo/auth/oauth";
import { CloudflareClient } from "@repo/cloudflare-api";
import { createMcpHandler } from "agents/mcp/server";
import { registerAccountTools } from "../accounts/account-tools";
import {
  type ActiveAccountStore,
  kvActiveAccountStore,
  memoryActiveAccountStore,
} from "../accounts/active-account-store";
import { TIME_BUDGET } from "../budget";
import {
  checkHost,
  checkOrigin,
  cors,
  DEFAULT_MAX_BODY_BYTES,
  type HttpContext,
  HttpError,
  limitBody,
  type Middleware,
  pipeline,
  renderError,
} from "../http/pipeline";
import type { CatalogSource } from "../oauth/tool-catalog";
import type { ErrorHint } from "../tools/error-hints";
import { checkToolName, checkToolNames, toolPrefixOf } from "../tools/naming";
import { type PreparedTool, prepareTools, serveTools } from "../tools/registration";
import { consoleToolLogger, type ToolLogger } from "../tools/results";
import type { RegistrationContext } from "../tools/types";
import {
  type ConnectionOptions,
  type ConnectionOptionsSchema,
  DEFAULT_CONNECTION_OPTIONS,
  parseConnectionOptions,
} from "./connection-options";
import type { KitEnv } from "./env";
import { createOAuthRoutes, oauthEnabled } from "./oauth-routes";

export const MCP_ROUTE = "/mcp";

const ACCOUNT_INSTRUCTIONS =
  "Account-scoped tools take an optional account_id. When the connection sees several accounts, call accounts_list, then pass account_id or call set_active_account once.";

type DefaultSchema = typeof DEFAULT_CONNECTION_OPTIONS;

/** What `register` learns about the connection: never the raw request. */
export interface Connection<
  Env extends KitEnv = KitEnv,
  Schema extends ConnectionOptionsSchema = DefaultSchema,
> {
  env: Env;
  /** The options the client chose in the URL, parsed strictly (connection-options.ts). */
  options: ConnectionOptions<Schema>;
}

/** What a tool set depends on that may change while the isolate lives (see `register`). */
export interface ToolSetLifetime {
  /** Whether the declared tools are still the right ones; false runs `register` again. */
  current(): boolean | Promise<boolean>;
}

export interface McpAppOptions<
  Env extends KitEnv = KitEnv,
  Schema extends ConnectionOptionsSchema = DefaultSchema,
> {
  /** Short product name, e.g. "secrets-store"; used in the server name and User-Agent. */
  name: string;
  /** Human title, e.g. "Cloudflare Secrets Store". */
  title: string;
  version: string;
  /**
   * Server instructions for the model: what this server is for and how its tools fit together. A
   * function sees the connection, so the text can state its mode (read-only...).
   */
  instructions: string | ((connection: Connection<Env, Schema>) => string);
  /**
   * Options a client may set in the URL (`/mcp?readonly=true`). Default: `readonly` only. An
   * unknown or unclear option is refused with 400 before authentication. With `readonly` on, the
   * kit leaves out every tool that can change anything at Cloudflare (`readOnlyHint: false`).
   */
  connectionOptions?: Schema;
  /**
   * Adds the app's tools through a context whose calls are bound to each caller. It may be async
   * (load what the tool set depends on); nothing it loads runs before authentication. Throw
   * `HttpError` to refuse the connection (e.g. 503 while data is missing). The kit runs it once
   * per isolate for each set of connection options (and bindings object), and serves every
   * request from the tools it declared. A tool set that follows data which changes
   * while the isolate lives returns a {@link ToolSetLifetime}: when it says the tools are no longer
   * current, the next request runs `register` again.
   */
  register(
    context: RegistrationContext,
    connection: Connection<Env, Schema>,
    // biome-ignore lint/suspicious/noConfusingVoidType: most registrations return nothing, sync or async.
  ): void | ToolSetLifetime | Promise<void | ToolSetLifetime>;
  /**
   * Prefix of every tool name (`<prefix>_<noun>_<verb>`, see naming.ts). Default: `name` in
   * snake_case. `false` turns the check off, for servers whose tool names follow another
   * convention (the api server: Code Mode's `search`/`execute`, and operationIds).
   */
  toolPrefix?: string | false;
  /** Next steps for Cloudflare errors that any tool of this app can meet (after each tool's own). */
  errorHints?: readonly ErrorHint[];
  /**
   * Replaces API-token authentication when OAuth is off. (With OAuth on, API tokens are still
   * accepted on `/mcp`, verified the built-in way.)
   */
  authenticator?: (env: Env) => Authenticator;
  /**
   * The OAuth scopes the consent page offers. `"tools"` (default): those this server's tools need,
   * in templates read-only (scopes of read-only tools), default (plus writes no destructive tool
   * uses) and full. `"cloudflare"`: Cloudflare's whole catalogue by product, for a server that
   * reaches every product.
   */
  oauth?: { scopes?: CatalogSource };
  /** How the Cloudflare API is reached. Default: the global `fetch`. */
  fetch?: typeof fetch;
  log?: ToolLogger;
  /** Time budget of one tool call (budget.ts). Default 25 s; tests shorten it. */
  toolBudgetMs?: number;
  /** Largest request body accepted. Default 1 MiB. */
  maxBodyBytes?: number;
}

/** A connection's tools and instructions, ready for any request. */
interface ToolSet {
  tools: PreparedTool[];
  instructions: string;
  lifetime?: ToolSetLifetime;
}

/**
 * Per bindings object: whether OAuth is on, the active-account store and the tool set of each
 * connection options.
 */
interface IsolateState {
  oauth?: boolean;
  activeAccounts: ActiveAccountStore;
  toolSets: Map<string, Promise<ToolSet>>;
}

export interface McpApp<Env extends KitEnv = KitEnv> {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response>;
}

/**
 * The steps, in order: `health` and `serverInfo` answer anyone; `checkHost` refuses foreign
 * hostnames; `oauthEndpoints` hands every other path than `/mcp` to OAuth (or 404); on `/mcp`,
 * `checkOrigin`, `cors`, `limitBody` and `readConnectionOptions` run before `authenticate`, which
 * serves MCP for the caller.
 */
export function createMcpApp<
  Env extends KitEnv = KitEnv,
  Schema extends ConnectionOptionsSchema = DefaultSchema,
>(options: McpAppOptions<Env, Schema>): McpApp<Env> {
  const schema = (options.connectionOptions ?? DEFAULT_CONNECTION_OPTIONS) as Schema;
  /** @throws HttpError 400 naming what is wrong with the URL's options. */
  const connectionOf = (url: URL, env: Env): Connection<Env, Schema> => {
    const parsed = parseConnectionOptions(url, schema);
    if (!parsed.ok) throw new HttpError(400, parsed.message);
    return { env, options: parsed.options };
  };
  const userAgent = `cloudflare-mcp-${options.name}/${options.version}`;
  const verificationCache = new VerificationCache();
  const fallbackAccountStore = memoryActiveAccountStore();
  const prefix = options.toolPrefix ?? toolPrefixOf(options.name);

  const clientFor = (env: Env, token: string) =>
    new CloudflareClient({
      token,
      userAgent,
      ...(env.CLOUDFLARE_API_BASE_URL ? { baseUrl: env.CLOUDFLARE_API_BASE_URL } : {}),
      timeoutMs: TIME_BUDGET.apiAttemptMs,
      retry: { maxElapsedMs: TIME_BUDGET.apiRetryWindowMs },
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });

  /**
   * What a request's server needs, prepared once per isolate: per bindings object (the runtime
   * passes the same `env` to every request while the bindings are unchanged) and per connection
   * options. Requests then only hand ready tools to their own stateless `McpServer`.
   */
  const isolates = new WeakMap<Env, IsolateState>();
  const isolateOf = (env: Env): IsolateState => {
    let state = isolates.get(env);
    if (!state) {
      state = {
        activeAccounts: env.MCP_STATE ? kvActiveAccountStore(env.MCP_STATE) : fallbackAccountStore,
        toolSets: new Map(),
      };
      isolates.set(env, state);
    }
    return state;
  };

  const prepareToolSet = async (
    connection: Connection<Env, Schema>,
    activeAccounts: ActiveAccountStore,
  ): Promise<ToolSet> => {
    const readOnly = (connection.options as { readonly?: boolean }).readonly === true;
    const names: string[] = [];
    let lifetime: ToolSetLifetime | undefined;
    const tools = await prepareTools(
      async (context) => {
        registerAccountTools(context, activeAccounts);
        lifetime = (await options.register(context, connection)) ?? undefined;
      },
      (definition) => {
        if (prefix !== false) checkToolName(definition.name, prefix);
        names.push(definition.name);
        // Read-only fails closed in every server: tools that can change anything at Cloudflare are
        // not even listed (choosing the active account only changes this server's own state).
        const { readOnlyHint, openWorldHint } = definition.annotations;
        return !readOnly || readOnlyHint || openWorldHint === false;
      },
    );
    if (prefix !== false) checkToolNames(names, prefix);
    const instructions =
      typeof options.instructions === "function"
        ? options.instructions(connection)
        : options.instructions;
    return {
      tools,
      instructions: `${instructions}\n\n${ACCOUNT_INSTRUCTIONS}`,
      ...(lifetime ? { lifetime } : {}),
    };
  };

  /**
   * The connection's tool set, prepared on first use and again when its lifetime says it is no
   * longer current; a failed preparation is tried again by the next request.
   */
  const toolSetFor = async (
    connection: Connection<Env, Schema>,
    isolate: IsolateState,
  ): Promise<ToolSet> => {
    const key = JSON.stringify(connection.options);
    const prepared = isolate.toolSets.get(key);
    if (prepared) {
      const toolSet = await prepared;
      if (!toolSet.lifetime || (await toolSet.lifetime.current())) return toolSet;
    }
    const ready = prepareToolSet(connection, isolate.activeAccounts);
    isolate.toolSets.set(key, ready);
    ready.catch(() => {
      if (isolate.toolSets.get(key) === ready) isolate.toolSets.delete(key);
    });
    return ready;
  };

  const buildServer = async (
    credential: Credential,
    request: Request,
    env: Env,
  ): Promise<McpServer> => {
    const isolate = isolateOf(env);
    const toolSet = await toolSetFor(connectionOf(new URL(request.url), env), isolate);
    const server = new McpServer(
      { name: `cloudflare-${options.name}`, title: options.title, version: options.version },
      { instructions: toolSet.instructions },
    );
    serveTools(server, toolSet.tools, {
      serverName: options.name,
      credential,
      client: clientFor(env, credential.token),
      errorHints: options.errorHints ?? [],
      accountHeader: request.headers.get("cf-account-id") ?? undefined,
      activeAccounts: isolate.activeAccounts,
      log: options.log ?? consoleToolLogger,
      budgetMs: options.toolBudgetMs ?? TIME_BUDGET.toolCallMs,
    });
    return server;
  };

  const serveMcp = async (
    request: Request,
    env: Env,
    ctx: ExecutionContext,
    credential: Credential,
  ): Promise<Response> => {
    try {
      const server = await buildServer(credential, request, env);
      const handler = createMcpHandler(() => server, {
        route: MCP_ROUTE,
        // checkHost, checkOrigin and cors ran before this (trusted upstream middleware).
        corsOptions: false,
        allowedHostnames: [new URL(request.url).hostname],
        allowedOriginHostnames: "*",
      });
      return await handler(request, env, ctx);
    } catch (error) {
      return renderError(error);
    }
  };

  const oauth = createOAuthRoutes<Env>({
    name: options.name,
    title: options.title,
    mcpRoute: MCP_ROUTE,
    // The scope catalog lists every tool a default connection has.
    register: async (context, env) => {
      await options.register(context, connectionOf(new URL(`http://localhost${MCP_ROUTE}`), env));
    },
    ...(options.oauth?.scopes ? { scopes: options.oauth.scopes } : {}),
    clientFor,
    verifyApiToken: (token, env) =>
      verificationCache.verify(token, () => verifyApiToken(clientFor(env, token))),
    serveMcp,
    ...(options.fetch ? { upstreamFetch: options.fetch } : {}),
  });

  /** Whether OAuth is on, read from the bindings once per bindings object. */
  const oauthOn = (env: Env): boolean => {
    const isolate = isolateOf(env);
    isolate.oauth ??= oauthEnabled(env);
    return isolate.oauth;
  };

  /** The OAuth gateway, kept once loaded (the first OAuth request loads it). */
  let gateway: OAuthGateway<Env> | undefined;
  const oauthFetch = async (http: HttpContext<Env>): Promise<Response> => {
    gateway ??= await oauth.gateway(http.env);
    return gateway.fetch(http.request, http.env, http.ctx);
  };

  const authenticatorFor =
    options.authenticator ??
    ((env: Env) =>
      createApiTokenAuthenticator({
        realm: `cloudflare-${options.name}`,
        createClient: (token) => clientFor(env, token),
        cache: verificationCache,
      }));

  const health: Middleware<Env> = async function health(http, next) {
    return http.url.pathname === "/health" ? new Response("ok") : next();
  };

  const serverInfo: Middleware<Env> = async function serverInfo(http, next) {
    if (http.url.pathname !== "/" || http.request.method !== "GET") return next();
    return infoResponse(options, oauthOn(http.env));
  };

  const oauthEndpoints: Middleware<Env> = async function oauthEndpoints(http, next) {
    if (http.url.pathname === MCP_ROUTE) return next();
    if (!oauthOn(http.env)) {
      throw new HttpError(
        404,
        `Nothing at ${http.url.pathname}. The MCP endpoint is ${MCP_ROUTE}.`,
      );
    }
    // OAuth endpoints (metadata, registration, token, consent) have their own CORS and CSRF rules.
    return oauthFetch(http);
  };

  const readConnectionOptions: Middleware<Env> = async function readConnectionOptions(http, next) {
    connectionOf(http.url, http.env);
    return next();
  };

  const authenticate: Middleware<Env> = async function authenticate(http) {
    if (oauthOn(http.env)) return oauthFetch(http);
    const auth = await authenticatorFor(http.env).authenticate(http.request);
    if (!auth.ok) return auth.response;
    return serveMcp(http.request, http.env, http.ctx, auth.credential);
  };

  return {
    fetch: pipeline<Env>([
      health,
      serverInfo,
      checkHost(),
      oauthEndpoints,
      checkOrigin(),
      cors(),
      limitBody(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES),
      readConnectionOptions,
      authenticate,
    ]),
  };
}

function infoResponse(
  options: { name: string; title: string; version: string },
  oauth: boolean,
): Response {
  return Response.json({
    name: `cloudflare-${options.name}`,
    title: options.title,
    version: options.version,
    mcp_endpoint: MCP_ROUTE,
    transport: "streamable-http",
    authentication: oauth
      ? "OAuth 2.1 (discover at /.well-known/oauth-protected-resource/mcp), or Authorization: Bearer <Cloudflare API token>"
      : "Authorization: Bearer <Cloudflare API token>",
  });
}
