/**
 * The app's OAuth side, when configured: the gateway from `@repo/auth/oauth` (discovery,
 * registration, consent, tokens, and `/mcp` as the protected resource), with the scope catalog
 * read from the app's own tool declarations.
 */
import {
  type Credential,
  readOAuthSettings,
  type ScopeCatalog,
  type TokenVerification,
} from "@repo/auth";
import type { OAuthGateway } from "@repo/auth/oauth";
import type { CloudflareClient } from "@repo/cloudflare-api";
import { HttpError, renderError } from "../http/pipeline";
import { type CatalogSource, toolScopeCatalog } from "../oauth/tool-catalog";
import type { RegistrationContext } from "../tools/types";
import type { KitEnv } from "./env";

export interface OAuthRoutesOptions<Env extends KitEnv> {
  name: string;
  title: string;
  mcpRoute: string;
  /** Registers the tools of a default connection (for the scope catalog). */
  register(context: RegistrationContext, env: Env): void | Promise<void>;
  /** Where the consent page's scopes come from (see McpAppOptions.oauth). */
  scopes?: CatalogSource;
  clientFor(env: Env, token: string): CloudflareClient;
  /** Verifies an API token sent to `/mcp` (cached: the kit's own token check). */
  verifyApiToken(token: string, env: Env): Promise<TokenVerification>;
  serveMcp(
    request: Request,
    env: Env,
    ctx: ExecutionContext,
    credential: Credential,
  ): Promise<Response>;
  upstreamFetch?: typeof fetch;
}

/**
 * Whether `env` turns OAuth on.
 * @throws HttpError 500 for a half-configured OAuth (say, a short cookie secret): it must not
 *   silently fall back to tokens only.
 */
export function oauthEnabled(env: KitEnv): boolean {
  try {
    return readOAuthSettings(env) !== undefined;
  } catch (error) {
    throw new HttpError(500, `Server misconfigured: ${(error as Error).message}`);
  }
}

export function createOAuthRoutes<Env extends KitEnv>(options: OAuthRoutesOptions<Env>) {
  let catalog: Promise<ScopeCatalog> | undefined;
  const catalogFor = (env: Env) =>
    (catalog ??= toolScopeCatalog((context) => options.register(context, env), options.scopes));

  // Loaded on the first OAuth request: workers-oauth-provider needs the Workers runtime, and Node
  // code that imports the kit (tool unit tests) must not load it.
  let gateway: Promise<OAuthGateway<Env>> | undefined;
  const gatewayFor = (env: Env) =>
    (gateway ??= Promise.all([import("@repo/auth/oauth"), catalogFor(env)])
      .then(([{ createOAuthGateway }, scopes]) =>
        createOAuthGateway<Env>({
          realm: `cloudflare-${options.name}`,
          title: options.title,
          mcpRoute: options.mcpRoute,
          catalog: () => scopes,
          verifyApiToken: options.verifyApiToken,
          apiClient: (token, env) => options.clientFor(env, token),
          serveMcp: options.serveMcp,
          serveOther: (request) =>
            renderError(
              new HttpError(
                404,
                `Nothing at ${new URL(request.url).pathname}. The MCP endpoint is ${options.mcpRoute}.`,
              ),
            ),
          ...(options.upstreamFetch ? { upstreamFetch: options.upstreamFetch } : {}),
        }),
      )
      .catch((error: unknown) => {
        gateway = undefined;
        catalog = undefined;
        throw error;
      }));

  return {
    /** The gateway, loaded on first use; the kit keeps it, so `/mcp` requests skip this file. */
    gateway: gatewayFor,
  };
}
