// Upstream refresh: one request per grant at a time, revocation becomes invalid_grant, and our
// access tokens end before Cloudflare's.
import { OAuthError } from "@cloudflare/workers-oauth-provider";
import { describe, expect, it } from "vitest";
import type { OAuthSettings } from "./config";
import { accessTokenTtlFor } from "./grant-props";
import { createTokenExchangeCallback, UpstreamRefresher } from "./refresh";

const ENV = {
  OAUTH_KV: {} as KVNamespace,
  CLOUDFLARE_OAUTH_CLIENT_ID: "client",
  CLOUDFLARE_OAUTH_CLIENT_SECRET: "secret",
  OAUTH_COOKIE_SECRET: "x".repeat(32),
  CLOUDFLARE_OAUTH_TOKEN_URL: "https://upstream.test/oauth2/token",
};
const SETTINGS = {
  clientId: "client",
  clientSecret: "secret",
  tokenUrl: ENV.CLOUDFLARE_OAUTH_TOKEN_URL,
} as OAuthSettings;

function upstream(answer: () => Response) {
  let calls = 0;
  const fetcher = (async () => {
    calls += 1;
    await new Promise((resolve) => setTimeout(resolve, 10));
    return answer();
  }) as typeof fetch;
  return { fetcher, calls: () => calls };
}

const fresh = () =>
  Response.json({
    access_token: "at-2",
    refresh_token: "rt-2",
    expires_in: 3600,
    scope: "user:read",
  });

function exchange(refresher: UpstreamRefresher, expiresIn: number) {
  return createTokenExchangeCallback(refresher)({
    grantType: "refresh_token",
    clientId: "c",
    userId: "u",
    grantId: "g1",
    scope: ["user:read"],
    requestedScope: ["user:read"],
    resource: "http://127.0.0.1/mcp",
    env: ENV,
    props: {
      source: "oauth",
      principal: { kind: "oauth", tokenKind: "user", credentialKey: "grant:g", accounts: [] },
      upstream: {
        accessToken: "at-1",
        refreshToken: "rt-1",
        expiresAt: Math.floor(Date.now() / 1000) + expiresIn,
        scope: undefined,
      },
    },
  } as never);
}

describe("UpstreamRefresher", () => {
  it("shares one upstream request between concurrent refreshes of a grant", async () => {
    const api = upstream(fresh);
    const refresher = new UpstreamRefresher({ fetch: api.fetcher });
    const [a, b] = await Promise.all([
      refresher.refresh(SETTINGS, "g1", "rt-1"),
      refresher.refresh(SETTINGS, "g1", "rt-1"),
    ]);
    expect(api.calls()).toBe(1);
    expect(a.accessToken).toBe("at-2");
    expect(b).toEqual(a);
    // A caller that read the old props just after it finished gets the same answer, not a replay.
    await refresher.refresh(SETTINGS, "g1", "rt-1");
    expect(api.calls()).toBe(1);
  });
});

describe("tokenExchangeCallback on refresh", () => {
  it("leaves a healthy upstream token alone and aligns our token's lifetime with it", async () => {
    const api = upstream(fresh);
    const result = await exchange(new UpstreamRefresher({ fetch: api.fetcher }), 3000);
    expect(api.calls()).toBe(0);
    expect(result?.accessTokenTTL).toBeLessThanOrEqual(2940);
  });

  it("renews an upstream token close to expiry and stores the rotated refresh token", async () => {
    const result = await exchange(new UpstreamRefresher({ fetch: upstream(fresh).fetcher }), 100);
    expect(result?.newProps).toMatchObject({
      upstream: { accessToken: "at-2", refreshToken: "rt-2" },
    });
  });

  it("turns an upstream invalid_grant into ours (the grant is revoked, the client re-authorizes)", async () => {
    const revoked = upstream(() => Response.json({ error: "invalid_grant" }, { status: 400 }));
    const failure = exchange(new UpstreamRefresher({ fetch: revoked.fetcher }), 100);
    await expect(failure).rejects.toBeInstanceOf(OAuthError);
    await expect(failure).rejects.toMatchObject({ code: "invalid_grant" });
  });

  it("answers an unreachable upstream with temporarily_unavailable, keeping the grant", async () => {
    const down = upstream(() => new Response("bad gateway", { status: 502 }));
    await expect(
      exchange(new UpstreamRefresher({ fetch: down.fetcher }), 100),
    ).rejects.toMatchObject({
      code: "temporarily_unavailable",
    });
  });
});

describe("accessTokenTtlFor", () => {
  it("ends a minute before the upstream token, within 60 s .. 1 h", () => {
    const now = Date.now();
    const at = (seconds: number) => ({
      accessToken: "a",
      refreshToken: undefined,
      expiresAt: Math.floor(now / 1000) + seconds,
      scope: undefined,
    });
    expect(accessTokenTtlFor(at(600), now)).toBe(540);
    expect(accessTokenTtlFor(at(30), now)).toBe(60);
    expect(accessTokenTtlFor(at(86_400), now)).toBe(3600);
  });
});
