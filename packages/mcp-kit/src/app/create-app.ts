/**
 * Assembles an MCP server Worker from an app's declaration: HTTP guards (Host/Origin, body cap,
 * CORS), authentication, then a fresh stateless MCP server per request whose tools are bound to
 * the caller. Everything an app does goes through {@link McpAppOptions.register}.
 */

import { McpServer } from "@modelcontextprotocol/server";
import {
  type Authenticator,
  type Credential,
  createApiTokenAuthenticator,
  VerificationCache,
} from "@repo/auth";
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
  /** Server instructions for the model: what this server is for and how its tools fit together. */
  instructions: string;
  /**
   * Adds the app's tools. Called for every request with a context bound to that caller; `request`
   * lets a server shape its tool set from the URL (for example `?readonly=true`).
   */
  register(context: RegistrationContext, env: Env, request: Request): void;
  /** Replaces API-token authentication (the seam OAuth plugs into). */
  authenticator?: (env: Env) => Authenticator;
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
      { instructions: `${options.instructions}\n\n${ACCOUNT_INSTRUCTIONS}` },
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

  return {
    async fetch(request, env, ctx) {
      const url = new URL(request.url);
      if (url.pathname === "/" && request.method === "GET") return infoResponse(options);
      if (url.pathname === "/health") return new Response("ok");
      if (url.pathname !== MCP_ROUTE) return notFoundResponse(url.pathname);

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

      const auth = await authenticatorFor(env).authenticate(limited.request);
      if (!auth.ok) return withCors(auth.response, origin);

      const handler = createMcpHandler(() => buildServer(auth.credential, limited.request, env), {
        route: MCP_ROUTE,
        corsOptions: false,
        allowedHostnames: [url.hostname],
        allowedOriginHostnames: "*",
      });
      return withCors(await handler(limited.request, env, ctx), origin);
    },
  };
}

function infoResponse(options: McpAppOptions<never>): Response {
  return Response.json({
    name: `cloudflare-${options.name}`,
    title: options.title,
    version: options.version,
    mcp_endpoint: MCP_ROUTE,
    transport: "streamable-http",
    authentication: "Authorization: Bearer <Cloudflare API token>",
  });
}
