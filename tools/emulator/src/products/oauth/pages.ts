/**
 * HTTP side of the OAuth upstream: the authorize page (GET shows who is signed in and what the app
 * asks for; POST approves or denies), the token endpoint (authorization code with PKCE S256, refresh
 * with rotation), and control routes for tests (token lifetime, revoking every grant, listing
 * grants). The seeded user is always signed in: the emulator has no login.
 */
import type { Db } from "../../db";
import { sha256Hex } from "../../hash";
import { USER } from "../../seed/identities";
import { OAUTH_AUTHORIZE_PATH, OAUTH_TOKEN_PATH } from "../../seed/oauth";
import {
  approve,
  listGrants,
  OAuthFailure,
  redeemCode,
  refresh,
  revokeGrant,
  unknownScopes,
} from "./grants";
import { setAccessTokenTtl } from "./schema";

const CONTROL = "/__emulator/oauth";
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
const AUTH_FIELDS = [
  "response_type",
  "client_id",
  "redirect_uri",
  "scope",
  "state",
  "code_challenge",
  "code_challenge_method",
];

/** Answers an OAuth route, or `null` when the path is not one. */
export async function handleOAuthRequest(
  request: Request,
  url: URL,
  db: Db,
): Promise<Response | null> {
  switch (url.pathname) {
    case OAUTH_AUTHORIZE_PATH:
      if (request.method === "GET") return authorize(db, url.searchParams, false);
      if (request.method === "POST")
        return authorize(db, new URLSearchParams(await request.text()), true);
      return new Response("use GET or POST", { status: 405 });
    case OAUTH_TOKEN_PATH:
      return request.method === "POST"
        ? token(db, request)
        : new Response("use POST", { status: 405 });
    case `${CONTROL}/settings`: {
      const body = (await request.json().catch(() => ({}))) as {
        access_token_ttl_seconds?: unknown;
      };
      const ttl = Number(body.access_token_ttl_seconds);
      if (!Number.isInteger(ttl) || ttl < 1)
        return Response.json(
          { success: false, error: "access_token_ttl_seconds must be a positive integer" },
          { status: 400 },
        );
      setAccessTokenTtl(db, ttl);
      return Response.json({ success: true, result: { access_token_ttl_seconds: ttl } });
    }
    case `${CONTROL}/revoke-grants`:
      return Response.json({ success: true, result: { revoked: revokeGrant(db) } });
    case `${CONTROL}/grants`:
      return Response.json({ success: true, result: listGrants(db) });
    default:
      return null;
  }
}

function authorize(db: Db, params: URLSearchParams, submitted: boolean): Response {
  const clientId = params.get("client_id") ?? "";
  const client = db.sql
    .exec<{ name: string }>("SELECT name FROM oauth_clients WHERE id = ?", clientId)
    .toArray()[0];
  if (!client)
    return page(
      400,
      "Unknown client",
      `<p>No OAuth app has the client_id <code>${escapeHtml(clientId)}</code>.</p>`,
    );
  const redirectUri = params.get("redirect_uri") ?? "";
  if (!isLoopbackRedirect(redirectUri)) {
    return page(
      400,
      "Redirect URI not allowed",
      `<p>The emulator's OAuth app only redirects to loopback addresses; got <code>${escapeHtml(redirectUri)}</code>.</p>`,
    );
  }
  const back = (fields: Record<string, string>) => {
    const target = new URL(redirectUri);
    for (const [key, value] of Object.entries(fields)) target.searchParams.set(key, value);
    const state = params.get("state");
    if (state) target.searchParams.set("state", state);
    return new Response(null, {
      status: 302,
      headers: { Location: target.toString(), "Cache-Control": "no-store" },
    });
  };
  if (params.get("response_type") !== "code") return back({ error: "unsupported_response_type" });
  const challenge = params.get("code_challenge") ?? "";
  if (params.get("code_challenge_method") !== "S256" || !/^[A-Za-z0-9_-]{43}$/.test(challenge)) {
    return back({ error: "invalid_request", error_description: "PKCE with S256 is required" });
  }
  const scopes = (params.get("scope") ?? "").split(/\s+/).filter(Boolean);
  const unknown = unknownScopes(scopes);
  if (unknown.length > 0)
    return back({
      error: "invalid_scope",
      error_description: `unknown scope ${unknown.join(" ")}`,
    });
  if (!submitted) return consentPage(client.name, params, scopes);
  if (params.get("decision") !== "approve") return back({ error: "access_denied" });
  const code = approve(db, {
    clientId,
    userId: USER.id,
    scope: scopes,
    redirectUri,
    codeChallenge: challenge,
  });
  return back({ code });
}

async function token(db: Db, request: Request): Promise<Response> {
  try {
    const form = new URLSearchParams(await request.text());
    const clientId = authenticateClient(db, request.headers.get("authorization"), form);
    const grantType = form.get("grant_type");
    if (grantType === "authorization_code") {
      return tokenResponse(
        await redeemCode(db, {
          clientId,
          code: form.get("code") ?? "",
          redirectUri: form.get("redirect_uri") ?? "",
          codeVerifier: form.get("code_verifier") ?? "",
        }),
      );
    }
    if (grantType === "refresh_token") {
      return tokenResponse(
        refresh(db, { clientId, refreshToken: form.get("refresh_token") ?? "" }),
      );
    }
    throw new OAuthFailure(
      "unsupported_grant_type",
      `grant_type ${grantType ?? "(missing)"} is not supported.`,
    );
  } catch (error) {
    if (!(error instanceof OAuthFailure)) throw error;
    return Response.json(
      { error: error.error, error_description: error.description },
      {
        status: error.error === "invalid_client" ? 401 : error.status,
        headers: { "Cache-Control": "no-store" },
      },
    );
  }
}

function authenticateClient(db: Db, authorization: string | null, form: URLSearchParams): string {
  let id = form.get("client_id") ?? "";
  let secret = form.get("client_secret") ?? "";
  const basic = /^Basic\s+(.+)$/i.exec(authorization ?? "");
  if (basic?.[1]) {
    const [user, pass] = atob(basic[1]).split(":");
    id = decodeURIComponent(user ?? "");
    secret = decodeURIComponent(pass ?? "");
  }
  const row = db.sql
    .exec<{ secret_sha256: string }>("SELECT secret_sha256 FROM oauth_clients WHERE id = ?", id)
    .toArray()[0];
  if (!row || row.secret_sha256 !== sha256Hex(secret))
    throw new OAuthFailure("invalid_client", "Client authentication failed.");
  return id;
}

function tokenResponse(tokens: unknown): Response {
  return Response.json(tokens, { headers: { "Cache-Control": "no-store", Pragma: "no-cache" } });
}

function isLoopbackRedirect(uri: string): boolean {
  try {
    const url = new URL(uri);
    return url.protocol === "http:" && LOOPBACK.has(url.hostname);
  } catch {
    return false;
  }
}

function consentPage(clientName: string, params: URLSearchParams, scopes: string[]): Response {
  const hidden = AUTH_FIELDS.map(
    (name) => `<input type="hidden" name="${name}" value="${escapeHtml(params.get(name) ?? "")}">`,
  ).join("");
  const list =
    scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join("") ||
    "<li>(no scopes)</li>";
  return page(
    200,
    "Cloudflare (emulator): authorize access",
    `<p>Signed in as <strong>${escapeHtml(USER.email)}</strong>.</p>
<p><strong>${escapeHtml(clientName)}</strong> asks for:</p><ul id="scopes">${list}</ul>
<form method="post" action="${OAUTH_AUTHORIZE_PATH}">${hidden}
<button type="submit" name="decision" value="approve">Authorize</button>
<button type="submit" name="decision" value="deny">Cancel</button></form>`,
  );
}

function page(status: number, title: string, body: string): Response {
  return new Response(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
    {
      status,
      headers: { "content-type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
    },
  );
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
