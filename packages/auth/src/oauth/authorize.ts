/**
 * The interactive part of OAuth, which the application owns: the consent page (GET and POST
 * /authorize) and the return from Cloudflare (GET /oauth/callback). Consent comes first, per
 * client (confused-deputy rule); only then does the browser go to Cloudflare, with a `state` bound
 * to it; the callback exchanges Cloudflare's code and completes our grant with the upstream tokens
 * in its encrypted props.
 */
import {
  AuthorizationError,
  type AuthRequest,
  authorizationErrorRedirect,
  CimdFetchError,
  type OAuthHelpers,
} from "@cloudflare/workers-oauth-provider";
import type { CloudflareClient } from "@repo/cloudflare-api";
import { BASELINE_SCOPES } from "../permissions/scope-catalogue";
import {
  type ScopeCatalog,
  type ScopeTemplateId,
  supportedScopes,
  templateScopes,
} from "../permissions/server-catalog";
import type { OAuthSettings } from "./config";
import { CUSTOM_TEMPLATE, renderConsentPage } from "./consent-page";
import type { OAuthGrantProps } from "./grant-props";
import { errorPage, htmlResponse } from "./html";
import { isApiAuthFailure, resolveUpstreamIdentity } from "./identity";
import { createCodeVerifier, s256Challenge } from "./pkce";
import { redirectUriProblem } from "./redirect-uris";
import { exchangeUpstreamCode, UpstreamOAuthError, upstreamAuthorizeUrl } from "./upstream";

export const AUTHORIZE_PATH = "/authorize";
const TEMPLATE_IDS: readonly ScopeTemplateId[] = ["read-only", "default", "full"];
export const CALLBACK_PATH = "/oauth/callback";

export interface AuthorizeDeps {
  helpers: OAuthHelpers;
  settings: OAuthSettings;
  catalog: ScopeCatalog;
  serverTitle: string;
  origin: string;
  /** API client for a fresh upstream token (reads /user and /accounts). */
  apiClient(token: string): CloudflareClient;
  upstreamFetch: typeof fetch;
}

interface UpstreamData {
  verifier: string;
}

export async function handleAuthorize(request: Request, deps: AuthorizeDeps): Promise<Response> {
  try {
    if (request.method === "GET") return await showConsent(request, deps);
    if (request.method === "POST") return await acceptConsent(request, deps);
    return new Response("Method not allowed", { status: 405, headers: { Allow: "GET, POST" } });
  } catch (error) {
    return authorizeFailure(error);
  }
}

async function showConsent(request: Request, deps: AuthorizeDeps): Promise<Response> {
  const parsed = await deps.helpers.parseAuthRequest(request);
  // Registration checks redirect URIs too, but a client metadata document is never registered.
  const refused = redirectUriProblem(parsed.redirectUri);
  if (refused) return errorPage(400, "This app cannot receive your access", refused);
  // Generic clients ask for `openid email profile`: ignore what this server does not grant.
  const requested = supportedScopes(deps.catalog, parsed.scope);
  const authRequest: AuthRequest = { ...parsed, scope: requested };
  const remember = { secret: deps.settings.cookieSecret };
  if (
    requested.length > 0 &&
    (await deps.helpers.isConsentRemembered(request, authRequest, remember))
  ) {
    const scope = [...new Set([...BASELINE_SCOPES, ...requested])];
    return startUpstream({ ...authRequest, scope }, new Headers(), deps);
  }
  const details = await deps.helpers.describeConsent(authRequest);
  const consent = await deps.helpers.beginConsent(authRequest);
  const readOnly = templateScopes(deps.catalog, "read-only");
  const checked = [...new Set([...readOnly, ...requested])];
  const html = renderConsentPage({
    serverTitle: deps.serverTitle,
    details,
    handle: consent.handle,
    catalog: deps.catalog,
    checked,
    selected: matchingTemplate(deps.catalog, checked),
    requested,
  });
  return htmlResponse(html, { headers: consent.headers });
}

async function acceptConsent(request: Request, deps: AuthorizeDeps): Promise<Response> {
  const form = await request.formData();
  const handle = String(form.get("handle") ?? "");
  if (form.get("decision") !== "approve") {
    const denied = await deps.helpers.denyConsent(request, handle);
    return new Response(null, { status: 302, headers: denied.headers });
  }
  const template = String(form.get("template") ?? CUSTOM_TEMPLATE);
  // A template merged away (identical to a narrower one) still names its scopes.
  const chosen = TEMPLATE_IDS.includes(template as ScopeTemplateId)
    ? templateScopes(deps.catalog, template as ScopeTemplateId)
    : supportedScopes(deps.catalog, form.getAll("scope").map(String));
  const scope = [...new Set([...BASELINE_SCOPES, ...chosen])];
  const approved = await deps.helpers.approveConsent(request, handle, {
    scope,
    remember: { secret: deps.settings.cookieSecret },
  });
  return startUpstream(approved.request, approved.headers, deps);
}

async function startUpstream(
  authRequest: AuthRequest,
  headers: Headers,
  deps: AuthorizeDeps,
): Promise<Response> {
  const verifier = createCodeVerifier();
  const upstream = await deps.helpers.beginUpstream(authRequest, {
    data: { verifier } satisfies UpstreamData,
    headers,
  });
  upstream.headers.set(
    "Location",
    upstreamAuthorizeUrl(deps.settings, {
      redirectUri: `${deps.origin}${CALLBACK_PATH}`,
      scope: authRequest.scope,
      state: upstream.state,
      codeChallenge: await s256Challenge(verifier),
    }),
  );
  return new Response(null, { status: 302, headers: upstream.headers });
}

export async function handleCallback(request: Request, deps: AuthorizeDeps): Promise<Response> {
  try {
    const resumed = await deps.helpers.finishUpstream<UpstreamData>(request);
    const params = new URL(request.url).searchParams;
    const code = params.get("code");
    if (params.get("error") || !code) {
      resumed.headers.set("Location", authorizationErrorRedirect(resumed.request, "access_denied"));
      return new Response(null, { status: 302, headers: resumed.headers });
    }
    const upstream = await exchangeUpstreamCode(
      deps.settings,
      { code, redirectUri: `${deps.origin}${CALLBACK_PATH}`, codeVerifier: resumed.data.verifier },
      deps.upstreamFetch,
    );
    const identity = await resolveUpstreamIdentity(deps.apiClient(upstream.accessToken));
    // Cloudflare may grant less than asked (the user can untick scopes there too).
    const scope = upstream.scope
      ? resumed.request.scope.filter((s) => upstream.scope?.includes(s) || s === "offline_access")
      : resumed.request.scope;
    const props: OAuthGrantProps = {
      source: "oauth",
      principal: {
        kind: "oauth",
        tokenKind: "user",
        // The active account belongs to this grant alone (docs/oauth.md, "Accounts").
        credentialKey: `grant:${crypto.randomUUID()}`,
        accounts: identity.accounts,
      },
      upstream,
    };
    const { redirectTo } = await deps.helpers.completeAuthorization({
      request: resumed.request,
      userId: identity.userId,
      metadata: {},
      scope,
      props,
    });
    resumed.headers.set("Location", redirectTo);
    return new Response(null, { status: 302, headers: resumed.headers });
  } catch (error) {
    if (error instanceof UpstreamOAuthError) {
      return errorPage(502, "Cloudflare sign-in failed", error.message);
    }
    if (isApiAuthFailure(error)) {
      return errorPage(
        502,
        "Cloudflare sign-in failed",
        "Cloudflare did not let this server read your user and accounts (scopes user:read and account:read).",
      );
    }
    return authorizeFailure(error);
  }
}

function authorizeFailure(error: unknown): Response {
  if (error instanceof AuthorizationError && error.redirectTo) {
    return new Response(null, {
      status: 302,
      headers: { Location: error.redirectTo, "Cache-Control": "no-store" },
    });
  }
  if (error instanceof AuthorizationError) {
    return errorPage(400, "This authorization request cannot continue", error.description);
  }
  if (error instanceof CimdFetchError) {
    return errorPage(
      400,
      "This app could not be verified",
      "Its client metadata document could not be fetched.",
    );
  }
  throw error;
}

function matchingTemplate(
  catalog: ScopeCatalog,
  checked: readonly string[],
): ScopeTemplateId | typeof CUSTOM_TEMPLATE {
  const key = (scopes: readonly string[]) => [...new Set(scopes)].sort().join(" ");
  const wanted = key(checked);
  return (
    catalog.templates.find((template) => key(template.scopes) === wanted)?.id ?? CUSTOM_TEMPLATE
  );
}
