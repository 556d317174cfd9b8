/**
 * Assembles an MCP server Worker from an app's declaration: HTTP guards (Host/Origin, body cap,
 * CORS), authentication, then a fresh stateless MCP server per request whose tools are bound to
 * the caller. Everything an app does goes through {@link McpAppOptions.register}.
 */

import { McpServer } from "@modelcontextprotocol/server";
import {
  type Authenticator,
  type CatalogOverrides,
  type Credential,
  createApiTokenAuthenticator,
  readOAuthSettings,
  type ScopeCatalog,
  tokenCacheKey,
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
import { DEFAULT_MAX_BODY_BYTES, limitRequestBody } from "../http/body-limit";
import { preflightResponse, withCors } from "../http/cors";
import {
  type HostPolicy,
  isAllowedHost,
  isAllowedOrigin,
  parseHostList,
} from "../http/host-origin";
import { toolScopeCatalog } from "../oauth/tool-catalog";
import { consoleToolLogger, type ToolLogger } from "../tools/log";
import { createRegistrationContext, DEFAULT_TOOL_BUDGET_MS } from "../tools/registration";
import type { RegistrationContext } from "../tools/types";
import { DEFAULT_API_BASE_URL, type KitEnv } from "./env";
import { jsonRpcErrorResponse, notFoundResponse } from "./responses";

export const MCP_ROUTE = "/mcp";

const ACCOUNT_INSTRUCTIONS =
  "Account-scoped tools take an optional account_id. When the connection sees several accounts, call accounts_list, then pass account_id or call set_active_account once.";

export interface McpAppOptions<Env extends KitEnv = KitEnv> {
  /** Short product name, e.g. "secrets-store"; used in the server name and User-Agent. */
  name: string;
  /** Human title, e.g. "Cloudflare Secrets Store". */
  title: string;
  version: string;
  /**
   * Server instructions for the model: what this server is for and how its tools fit together. A
   * function receives the request, so the text can state the connection's mode (read-only...).
   */
  instructions: string | ((request: Request) => string);
  /**
   * Adds the app's tools. Called for every request with a context bound to that caller; `request`
   * lets a server shape its tool set from the URL (for example `?readonly=true`).
   */
  register(context: RegistrationContext, env: Env, request: Request): void;
  /**
   * Replaces API-token authentication when OAuth is off. (With OAuth on, API tokens are still
   * accepted on `/mcp`, verified the built-in way.)
   */
  authenticator?: (env: Env) => Authenticator;
  /**
   * OAuth scope templates. By default they are derived from the tools: read-only = scopes of
   * read-only tools, default = also non-destructive writes, full = every tool's scopes.
   */
  oauth?: { scopeTemplates?: CatalogOverrides["templates"] };
  /** How the Cloudflare API is reached. Default: the global `fetch`. */
  fetch?: typeof fetch;
  log?: ToolLogger;
  /** Time budget of one tool call. Default 25 s. */
  toolBudgetMs?: number;
  /** Largest request body accepted. Default 1 MiB. */
  maxBodyBytes?: number;
}

export interface McpApp<Env extends KitEnv = KitEnv> {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response>;
}

export function createMcpApp<Env extends KitEnv = KitEnv>(
  options: McpAppOptions<Env>,
): McpApp<Env> {
  const userAgent = `cloudflare-mcp-${options.name}/${options.version}`;
  const verificationCache = new VerificationCache();
  const fallbackAccountStore = memoryActiveAccountStore();

  const clientFor = (env: Env, token: string) =>
    new CloudflareClient({
      token,
      userAgent,
      baseUrl: env.CLOUDFLARE_API_BASE_URL || DEFAULT_API_BASE_URL,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });

  const authenticatorFor =
    options.authenticator ??
    ((env: Env) =>
      createApiTokenAuthenticator({
        realm: `cloudflare-${options.name}`,
        createClient: (token) => clientFor(env, token),
        cache: verificationCache,
      }));

  const buildServer = (credential: Credential, request: Request, env: Env) => {
    const server = new McpServer(
      { name: `cloudflare-${options.name}`, title: options.title, version: options.version },
      {
        instructions: `${typeof options.instructions === "function" ? options.instructions(request) : options.instructions}\n\n${ACCOUNT_INSTRUCTIONS}`,
      },
    );
    const activeAccounts: ActiveAccountStore = env.MCP_STATE
      ? kvActiveAccountStore(env.MCP_STATE)
      : fallbackAccountStore;
    const context = createRegistrationContext(server, {
      serverName: options.name,
      credential,
      api: clientFor(env, credential.token),
      accountHeader: request.headers.get("cf-account-id") ?? undefined,
      activeAccounts,
      log: options.log ?? consoleToolLogger,
      budgetMs: options.toolBudgetMs ?? DEFAULT_TOOL_BUDGET_MS,
    });
    registerAccountTools(context, activeAccounts);
    options.register(context, env, request);
    return server;
  };

  const serveMcp = async (
    request: Request,
    env: Env,
    ctx: ExecutionContext,
    credential: Credential,
  ): Promise<Response> => {
    const handler = createMcpHandler(() => buildServer(credential, request, env), {
      route: MCP_ROUTE,
      corsOptions: false,
      allowedHostnames: [new URL(request.url).hostname],
      allowedOriginHostnames: "*",
    });
    return handler(request, env, ctx);
  };

  let catalog: ScopeCatalog | undefined;
  // Loaded on the first request with OAuth configured: workers-oauth-provider needs the Workers
  // runtime, and Node code that imports the kit (tool unit tests) must not load it.
  let gateway: Promise<OAuthGateway<Env>> | undefined;
  const oauthGateway = () =>
    (gateway ??= import("@repo/auth/oauth").then(({ createOAuthGateway }) =>
      createOAuthGateway<Env>({
        realm: `cloudflare-${options.name}`,
        title: options.title,
        mcpRoute: MCP_ROUTE,
        catalog: (env) => {
          catalog ??= toolScopeCatalog(
            (context) =>
              options.register(context, env, new Request(`http://localhost${MCP_ROUTE}`)),
            options.oauth?.scopeTemplates ? { templates: options.oauth.scopeTemplates } : {},
          );
          return catalog;
        },
        async verifyApiToken(token, env) {
          const key = await tokenCacheKey(token);
          let verification = verificationCache.get(key);
          if (!verification) {
            verification = await verifyApiToken(clientFor(env, token));
            verificationCache.set(key, verification);
          }
          return verification;
        },
        apiClient: (token, env) => clientFor(env, token),
        serveMcp,
        serveOther: (request) => notFoundResponse(new URL(request.url).pathname),
        ...(options.fetch ? { upstreamFetch: options.fetch } : {}),
      }),
    ));
  const oauthEnabled = (env: Env) => readOAuthSettings(env) !== undefined;

  return {
    async fetch(request, env, ctx) {
      const url = new URL(request.url);
      if (url.pathname === "/health") return new Response("ok");
      let oauth: boolean;
      try {
        oauth = oauthEnabled(env);
      } catch (error) {
        // A half-configured OAuth (say, a short cookie secret) must not silently fall back.
        return jsonRpcErrorResponse(500, `Server misconfigured: ${(error as Error).message}`);
      }
      if (url.pathname === "/" && request.method === "GET") return infoResponse(options, oauth);
      if (url.pathname !== MCP_ROUTE && !oauth) return notFoundResponse(url.pathname);

      const policy: HostPolicy = {
        allowedHosts: parseHostList(env.MCP_ALLOWED_HOSTS),
        allowedOrigins: parseHostList(env.MCP_ALLOWED_ORIGINS),
      };
      // workerd always sets Host on real traffic; fall back to the URL for in-process callers.
      const host = request.headers.get("host") ?? url.host;
      const origin = request.headers.get("origin");
      if (!isAllowedHost(host, policy)) {
        return jsonRpcErrorResponse(
          403,
          `Host "${host ?? ""}" is not allowed. Operators: add it to MCP_ALLOWED_HOSTS.`,
        );
      }
      // OAuth endpoints (metadata, registration, token, consent) have their own CORS and CSRF rules.
      if (url.pathname !== MCP_ROUTE) return (await oauthGateway()).fetch(request, env, ctx);
      if (!isAllowedOrigin(origin, host, policy)) {
        return jsonRpcErrorResponse(
          403,
          `Origin "${origin}" is not allowed. Operators: add its hostname to MCP_ALLOWED_ORIGINS.`,
        );
      }
      if (request.method === "OPTIONS") return preflightResponse(origin);

      const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
      const limited = await limitRequestBody(request, maxBytes);
      if (!limited.ok) {
        return withCors(
          jsonRpcErrorResponse(413, `Request body is larger than the ${maxBytes}-byte limit.`),
          origin,
        );
      }
      if (oauth) {
        return withCors(await (await oauthGateway()).fetch(limited.request, env, ctx), origin);
      }

      const auth = await authenticatorFor(env).authenticate(limited.request);
      if (!auth.ok) return withCors(auth.response, origin);
      return withCors(await serveMcp(limited.request, env, ctx, auth.credential), origin);
    },
  };
}

function infoResponse(options: McpAppOptions<never>, oauth: boolean): Response {
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
