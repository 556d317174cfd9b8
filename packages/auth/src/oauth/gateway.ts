/**
 * OAuth for one MCP server Worker, with Cloudflare as the upstream identity provider. This server is
 * the authorization server for its MCP clients (workers-oauth-provider: metadata, dynamic
 * registration, PKCE S256, resource-bound tokens, rotating refresh tokens) and the protected
 * resource at `/mcp`. Cloudflare API tokens keep working on the same `/mcp` as external tokens.
 *
 * One deployment serves OAuth on every hostname it answers on, each with its own resource
 * identifier and issuer (the URL the client used: loopback in development, workers.dev or a custom
 * domain when deployed). workers-oauth-provider fixes both when it is built, so there is one
 * provider per origin, kept in a bounded most-recently-used map (origins.ts).
 *
 * The provider hands its helpers to the default handler as `env.OAUTH_PROVIDER`, and sets that
 * only when it is absent; workerd passes the same `env` object to every request of an isolate, so
 * the first origin's helpers would serve every other origin (their `parseAuthRequest` refuses the
 * other resource). Each origin therefore gets its own shallow copy of `env`, made once per `env`
 * and kept with the origin's provider: the copy is as stable as `env` itself, so what the server
 * keeps per bindings object (the kit's prepared tools) is not rebuilt on every request.
 */
import {
  ExternalTokenError,
  type OAuthHelpers,
  OAuthProvider,
  type OAuthResourceContext,
} from "@cloudflare/workers-oauth-provider";
import type { CloudflareClient } from "@repo/cloudflare-api";
import { tokenCredentialKey } from "../api-token/cache";
import type { TokenVerification } from "../api-token/verify";
import type { Credential } from "../authenticator";
import { challengeResponse } from "../bearer";
import { isReadOnlyGrant, type ScopeCatalog, templateScopes } from "../permissions/server-catalog";
import { AUTHORIZE_PATH, CALLBACK_PATH, handleAuthorize, handleCallback } from "./authorize";
import { type OAuthEnv, type OAuthSettings, readOAuthSettings } from "./config";
import type { RequestProps } from "./grant-props";
import { MAX_ORIGINS, originProblem, RecentlyUsed } from "./origins";
import { redirectUrisProblem } from "./redirect-uris";
import { createTokenExchangeCallback, UpstreamRefresher } from "./refresh";

export const TOKEN_PATH = "/token";
export const REGISTER_PATH = "/register";
const ROOT_RESOURCE_METADATA = "/.well-known/oauth-protected-resource";

/**
 * Checks a registration's redirect URIs before the provider does, so every refusal carries one
 * clear message (the provider would store a remote http URI next to a valid one, or refuse with
 * a generic metadata error).
 */
function oauthError(status: number, error: string, description: string): Response {
  return Response.json(
    { error, error_description: description },
    { status, headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } },
  );
}

async function refuseRedirectUris(request: Request): Promise<Response | undefined> {
  let metadata: { redirect_uris?: unknown };
  try {
    metadata = (await request.clone().json()) as { redirect_uris?: unknown };
  } catch {
    return undefined; // malformed JSON: the provider answers it
  }
  const problem = redirectUrisProblem(metadata?.redirect_uris);
  return problem ? oauthError(400, "invalid_redirect_uri", problem) : undefined;
}

export interface OAuthGatewayOptions<Env extends OAuthEnv> {
  /** Realm of challenges, e.g. "cloudflare-secrets-store". */
  realm: string;
  /** Shown on the consent page and in resource metadata. */
  title: string;
  /** The protected MCP route, e.g. "/mcp". */
  mcpRoute: string;
  catalog(env: Env): ScopeCatalog;
  /** Verifies a Cloudflare API token presented instead of an OAuth token. */
  verifyApiToken(token: string, env: Env): Promise<TokenVerification>;
  /** API client acting with an upstream OAuth token. */
  apiClient(token: string, env: Env): CloudflareClient;
  /** Serves an authenticated MCP request. */
  serveMcp(
    request: Request,
    env: Env,
    ctx: ExecutionContext,
    credential: Credential,
  ): Promise<Response>;
  /** Everything that is neither OAuth nor MCP (info page, 404). */
  serveOther(request: Request, env: Env): Response | Promise<Response>;
  /** How Cloudflare's OAuth endpoints are reached. Default: global fetch. */
  upstreamFetch?: typeof fetch;
  /** Origins whose provider is kept at once. Default {@link MAX_ORIGINS}. */
  maxOrigins?: number;
}

export interface OAuthGateway<Env extends OAuthEnv> {
  /** Whether `env` turns OAuth on (see {@link readOAuthSettings}). */
  enabled(env: Env): boolean;
  fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response>;
}

/** One origin's provider, and the env its requests see, per bindings object. */
interface OriginState<Env> {
  provider: OAuthProvider<Env>;
  envs: WeakMap<object, Env>;
}

export function createOAuthGateway<Env extends OAuthEnv>(
  options: OAuthGatewayOptions<Env>,
): OAuthGateway<Env> {
  const origins = new RecentlyUsed<OriginState<Env>>(options.maxOrigins ?? MAX_ORIGINS);
  const upstreamFetch = options.upstreamFetch ?? ((input, init) => fetch(input, init));
  const refresher = new UpstreamRefresher({ fetch: upstreamFetch });
  const tokenExchangeCallback = createTokenExchangeCallback(refresher);

  const createProvider = (origin: string, env: Env): OAuthProvider<Env> => {
    const resource = `${origin}${options.mcpRoute}`;
    const catalog = options.catalog(env);
    const provider = new OAuthProvider<Env>({
      apiRoute: options.mcpRoute,
      apiHandler: {
        async fetch(request: Request, env: Env, ctx: ExecutionContext) {
          const resourceCtx = ctx as OAuthResourceContext<RequestProps>;
          const credential = credentialFrom(resourceCtx, resource);
          if (credential instanceof Response) return credential;
          return options.serveMcp(request, env, ctx, credential);
        },
      },
      defaultHandler: {
        async fetch(request: Request, env: Env) {
          const settings = readOAuthSettings(env) as OAuthSettings;
          const path = new URL(request.url).pathname;
          if (path !== AUTHORIZE_PATH && path !== CALLBACK_PATH)
            return options.serveOther(request, env);
          const deps = {
            // The provider hands its helpers to the default handler on env.
            helpers: (env as Env & { OAUTH_PROVIDER: OAuthHelpers }).OAUTH_PROVIDER,
            settings,
            catalog,
            serverTitle: options.title,
            origin,
            apiClient: (token: string) => options.apiClient(token, env),
            upstreamFetch,
          };
          return path === AUTHORIZE_PATH
            ? handleAuthorize(request, deps)
            : handleCallback(request, deps);
        },
      },
      authorizeEndpoint: AUTHORIZE_PATH,
      tokenEndpoint: TOKEN_PATH,
      clientRegistrationEndpoint: REGISTER_PATH,
      scopesSupported: catalog.scopes.map((scope) => scope.name),
      requiredScopes: templateScopes(catalog, "read-only"),
      resourceMetadata: { resource, authorization_servers: [origin], resource_name: options.title },
      allowPrivateUseRedirectUris: true,
      // Clients may identify themselves by an https URL serving their metadata (the MCP
      // authorization spec prefers it to dynamic registration). The provider fetches it only with
      // the `global_fetch_strictly_public` compatibility flag, which every server sets, so the
      // fetch cannot reach private addresses.
      clientIdMetadataDocumentEnabled: true,
      accessTokenTTL: 3600,
      refreshTokenTTL: 30 * 86_400,
      tokenExchangeCallback,
      clientRegistrationCallback: ({ clientMetadata }) => {
        const problem = redirectUrisProblem(clientMetadata.redirect_uris);
        return problem
          ? { code: "invalid_redirect_uri", description: problem, status: 400 }
          : undefined;
      },
      async resolveExternalToken({ token, env }) {
        const verification = await options.verifyApiToken(token, env);
        if (verification.ok) {
          const props: RequestProps = {
            source: "api-token",
            principal: {
              ...verification.principal,
              credentialKey: await tokenCredentialKey(token),
            },
            token,
          };
          return { props, audience: resource };
        }
        if (verification.reason === "unreachable") {
          throw new ExternalTokenError("temporarily_unavailable", {
            description: verification.message,
            statusCode: 503,
            headers: { "Retry-After": "10" },
          });
        }
        throw new ExternalTokenError("invalid_token", {
          description: verification.message,
          statusCode: 401,
        });
      },
      onError({ code, status, internal }) {
        // Never the description's request data or any token: the stable slugs are enough to alert on.
        console.warn(`oauth: ${status} ${code} (${internal.category}/${internal.reason})`);
      },
    });
    return provider;
  };

  return {
    enabled: (env) => readOAuthSettings(env) !== undefined,
    async fetch(request, env, ctx) {
      const url = new URL(request.url);
      const problem = originProblem(url);
      if (problem) return oauthError(400, "invalid_request", problem);
      let origin: OriginState<Env>;
      try {
        origin = origins.get(url.origin, () => ({
          provider: createProvider(url.origin, env),
          envs: new WeakMap(),
        }));
      } catch (error) {
        // The provider validates the origin as a resource identifier; never a 500 for a Host value.
        return oauthError(
          400,
          "invalid_request",
          `This server cannot serve OAuth at ${url.origin}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const { provider } = origin;
      // This origin's own env, so OAUTH_PROVIDER is this origin's helpers (see the file comment).
      let requestEnv = origin.envs.get(env);
      if (!requestEnv) {
        const { OAUTH_PROVIDER: _helpers, ...fields } = env as Env & { OAUTH_PROVIDER?: unknown };
        requestEnv = fields as Env;
        origin.envs.set(env, requestEnv);
      }
      if (url.pathname === REGISTER_PATH && request.method === "POST") {
        const refused = await refuseRedirectUris(request);
        if (refused) return refused;
      }
      if (url.pathname === ROOT_RESOURCE_METADATA) {
        // RFC 9728 §3.1 puts a path resource's metadata at the suffixed URL (served by the
        // provider); clients that only try the root location get the same document there.
        url.pathname = `${ROOT_RESOURCE_METADATA}${options.mcpRoute}`;
        return provider.fetch(new Request(url, request), requestEnv, ctx);
      }
      return provider.fetch(request, requestEnv, ctx);
    },
  };

  function credentialFrom(
    ctx: OAuthResourceContext<RequestProps>,
    resource: string,
  ): Credential | Response {
    const props = ctx.props;
    if (props.source === "api-token") return { principal: props.principal, token: props.token };
    if (props.upstream.expiresAt <= Math.floor(Date.now() / 1000)) {
      // Our token outlived Cloudflare's (clock skew, or a refresh that never happened): make the
      // client refresh, which renews the upstream token too.
      return challengeResponse({
        realm: options.realm,
        error: "invalid_token",
        description:
          "The Cloudflare sign-in behind this token expired; refresh the token or authorize again.",
        resourceMetadata: `${new URL(resource).origin}/.well-known/oauth-protected-resource${new URL(resource).pathname}`,
      });
    }
    const scopes = ctx.auth.scope;
    return {
      principal: { ...props.principal, scopes, readOnly: isReadOnlyGrant(scopes) },
      token: props.upstream.accessToken,
    };
  }
}
