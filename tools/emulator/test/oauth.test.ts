// The OAuth upstream (Cloudflare's dash.cloudflare.com/oauth2 stand-in): authorize page, code with
// PKCE S256, tokens the API accepts with exactly the granted scopes, refresh rotation, revocation.

import { exports } from "cloudflare:workers";
import { createHash, randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { ACME_ACCOUNT } from "../src/seed/identities";
import { OAUTH_CLIENT } from "../src/seed/oauth";
import { call, ORIGIN, resetEmulator } from "./helpers";

const REDIRECT = "http://127.0.0.1:8791/oauth/callback";

function pkce() {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

function fetchEmulator(path: string, init?: RequestInit) {
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, { redirect: "manual", ...init }));
}

function authParams(challenge: string, scope: string): URLSearchParams {
  return new URLSearchParams({
    response_type: "code",
    client_id: OAUTH_CLIENT.id,
    redirect_uri: REDIRECT,
    scope,
    state: "s1",
    code_challenge: challenge,
    code_challenge_method: "S256",
  });
}

async function approve(scope: string) {
  const { verifier, challenge } = pkce();
  const params = authParams(challenge, scope);
  params.set("decision", "approve");
  const response = await fetchEmulator("/oauth2/auth", { method: "POST", body: params });
  const location = new URL(response.headers.get("location") ?? "");
  return { verifier, code: location.searchParams.get("code") ?? "", location };
}

function token(fields: Record<string, string>) {
  return fetchEmulator("/oauth2/token", {
    method: "POST",
    body: new URLSearchParams({
      client_id: OAUTH_CLIENT.id,
      client_secret: OAUTH_CLIENT.secret,
      ...fields,
    }),
  });
}

const redeem = (code: string, verifier: string) =>
  token({
    grant_type: "authorization_code",
    code,
    redirect_uri: REDIRECT,
    code_verifier: verifier,
  });

beforeEach(resetEmulator);

describe("authorize page", () => {
  it("shows the signed-in user and the scopes asked for", async () => {
    const response = await fetchEmulator(
      `/oauth2/auth?${authParams(pkce().challenge, "user:read secrets_store:read")}`,
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("dev@example.com");
    expect(html).toContain("secrets_store:read");
  });

  it("redirects back with the code and state on approval, access_denied on cancel", async () => {
    const { location, code } = await approve("user:read");
    expect(location.origin + location.pathname).toBe(REDIRECT);
    expect(location.searchParams.get("state")).toBe("s1");
    expect(code).toMatch(/^cfemu_oauth_code_/);
    const params = authParams(pkce().challenge, "user:read");
    params.set("decision", "deny");
    const denied = await fetchEmulator("/oauth2/auth", { method: "POST", body: params });
    expect(new URL(denied.headers.get("location") ?? "").searchParams.get("error")).toBe(
      "access_denied",
    );
  });

  it("refuses unknown scopes and a missing S256 challenge, and never redirects off loopback", async () => {
    const unknown = await fetchEmulator(
      `/oauth2/auth?${authParams(pkce().challenge, "nope:read")}`,
    );
    expect(new URL(unknown.headers.get("location") ?? "").searchParams.get("error")).toBe(
      "invalid_scope",
    );
    const plain = authParams(pkce().challenge, "user:read");
    plain.set("code_challenge_method", "plain");
    const noPkce = await fetchEmulator(`/oauth2/auth?${plain}`);
    expect(new URL(noPkce.headers.get("location") ?? "").searchParams.get("error")).toBe(
      "invalid_request",
    );
    const remote = authParams(pkce().challenge, "user:read");
    remote.set("redirect_uri", "https://attacker.example/cb");
    expect((await fetchEmulator(`/oauth2/auth?${remote}`)).status).toBe(400);
  });
});

describe("token endpoint", () => {
  it("issues a token the API accepts with exactly the granted scopes", async () => {
    const { code, verifier } = await approve(
      "user:read account:read secrets_store:read offline_access",
    );
    const response = await redeem(code, verifier);
    expect(response.status).toBe(200);
    const tokens = await response.json<{
      access_token: string;
      refresh_token: string;
      expires_in: number;
    }>();
    expect(tokens.expires_in).toBe(3600);
    const stores = `/accounts/${ACME_ACCOUNT.id}/secrets_store/stores`;
    expect((await call("GET", stores, { token: tokens.access_token })).status).toBe(200);
    const write = await call("POST", stores, { token: tokens.access_token, body: { name: "x" } });
    expect(write.status).toBe(403);
    expect(write.body.errors[0].code).toBe(10000);
    expect((await call("GET", "/user", { token: tokens.access_token })).status).toBe(200);
  });

  it("rejects a wrong PKCE verifier, a reused code and a wrong client secret", async () => {
    const first = await approve("user:read");
    const wrong = await redeem(first.code, pkce().verifier);
    expect(await wrong.json()).toMatchObject({ error: "invalid_grant" });
    const second = await approve("user:read");
    expect((await redeem(second.code, second.verifier)).status).toBe(200);
    expect(await (await redeem(second.code, second.verifier)).json()).toMatchObject({
      error: "invalid_grant",
    });
    const badClient = await token({
      grant_type: "refresh_token",
      refresh_token: "x",
      client_secret: "nope",
    });
    expect(badClient.status).toBe(401);
  });

  it("rotates refresh tokens, refuses the old one, and revocation kills the grant's tokens", async () => {
    const { code, verifier } = await approve("user:read offline_access");
    const tokens = await (await redeem(code, verifier)).json<{
      access_token: string;
      refresh_token: string;
    }>();
    const refreshed = await token({
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token,
    });
    const next = await refreshed.json<{ access_token: string; refresh_token: string }>();
    expect(next.refresh_token).not.toBe(tokens.refresh_token);
    const reused = await token({
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token,
    });
    expect(await reused.json()).toMatchObject({ error: "invalid_grant" });

    const grants = await call("GET", "/__emulator/oauth/grants");
    expect(grants.body.result[0]).toMatchObject({ refreshes: 1, revoked: false });
    await call("POST", "/__emulator/oauth/revoke-grants");
    const refused = await call("GET", "/user", { token: next.access_token });
    expect(refused.body.errors[0].code).toBe(9109);
    const after = await token({ grant_type: "refresh_token", refresh_token: next.refresh_token });
    expect(await after.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("issues access tokens with the configured lifetime", async () => {
    await call("POST", "/__emulator/oauth/settings", { body: { access_token_ttl_seconds: 120 } });
    const { code, verifier } = await approve("user:read");
    expect(await (await redeem(code, verifier)).json()).toMatchObject({ expires_in: 120 });
  });
});
