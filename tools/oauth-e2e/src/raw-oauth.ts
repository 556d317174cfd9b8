/**
 * OAuth by hand, for tests that must send what a correct client never would: register a client,
 * build an authorization URL with chosen PKCE values, redeem codes and refresh tokens directly.
 */
import { createHash, randomBytes } from "node:crypto";

export interface RawClient {
  clientId: string;
  redirectUri: string;
}

export async function register(
  serverUrl: string,
  redirectUris: string[],
  name = "Raw client",
): Promise<Response> {
  return fetch(`${serverUrl}/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      client_name: name,
      redirect_uris: redirectUris,
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      token_endpoint_auth_method: "none",
    }),
  });
}

export async function registerClient(
  serverUrl: string,
  redirectUri = "http://127.0.0.1:53999/cb",
): Promise<RawClient> {
  const response = await register(serverUrl, [redirectUri]);
  if (response.status !== 201)
    throw new Error(`registration answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { client_id: string };
  return { clientId: body.client_id, redirectUri };
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

export function authorizationUrl(
  serverUrl: string,
  client: RawClient,
  options: { challenge: string; scope?: string; redirectUri?: string },
): string {
  const url = new URL(`${serverUrl}/authorize`);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", client.clientId);
  url.searchParams.set("redirect_uri", options.redirectUri ?? client.redirectUri);
  url.searchParams.set("state", "st-123");
  url.searchParams.set("code_challenge", options.challenge);
  url.searchParams.set("code_challenge_method", "S256");
  url.searchParams.set("resource", `${serverUrl}/mcp`);
  if (options.scope !== undefined) url.searchParams.set("scope", options.scope);
  return url.toString();
}

export interface TokenAnswer {
  status: number;
  body: {
    access_token?: string;
    refresh_token?: string;
    scope?: string;
    error?: string;
    error_description?: string;
  };
}

export async function tokenRequest(
  serverUrl: string,
  fields: Record<string, string>,
): Promise<TokenAnswer> {
  const response = await fetch(`${serverUrl}/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
  return { status: response.status, body: (await response.json()) as TokenAnswer["body"] };
}

export function redeem(
  serverUrl: string,
  client: RawClient,
  code: string,
  verifier: string,
): Promise<TokenAnswer> {
  return tokenRequest(serverUrl, {
    grant_type: "authorization_code",
    client_id: client.clientId,
    code,
    redirect_uri: client.redirectUri,
    code_verifier: verifier,
    resource: `${serverUrl}/mcp`,
  });
}

/** An MCP `ping` with a Bearer token: the status and challenge tell whether the token is accepted. */
export async function pingMcp(
  serverUrl: string,
  token: string,
): Promise<{ status: number; challenge: string | null; body: string }> {
  const response = await fetch(`${serverUrl}/mcp`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      "mcp-protocol-version": "2025-11-25",
    },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" }),
  });
  return {
    status: response.status,
    challenge: response.headers.get("www-authenticate"),
    body: await response.text(),
  };
}
