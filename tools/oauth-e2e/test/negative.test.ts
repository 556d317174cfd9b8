// Each way an OAuth flow must fail, against a wrangler-dev server and the emulator: wrong PKCE
// verifier, reused code, foreign or disallowed redirect URIs, expired and revoked credentials, a
// consent form posted without its browser binding (CSRF), and scopes this server does not know.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { walkAuthorization } from "../src/consent.ts";
import {
  authorizationUrl,
  pingMcp,
  pkcePair,
  redeem,
  register,
  registerClient,
  tokenRequest,
} from "../src/raw-oauth.ts";
import { stackUrl } from "../src/server-url.ts";
import { useOAuthStack } from "../src/stack.ts";
import { inputValue, UserAgent } from "../src/user-agent.ts";

const stack = useOAuthStack("secrets-store");
const server = stackUrl(stack);

beforeAll(async () => {
  await stack.emulator.reset();
});
beforeEach(async () => {
  await stack.setUpstreamTokenTtl(3600);
});

/** Registers a client and walks a full authorization; returns what a client needs to redeem. */
async function authorizedCode(scope?: string) {
  const client = await registerClient(server());
  const { verifier, challenge } = pkcePair();
  const walked = await walkAuthorization(
    authorizationUrl(server(), client, { challenge, ...(scope ? { scope } : {}) }),
  );
  const code = walked.redirect.searchParams.get("code");
  if (!code) throw new Error(`no code: ${walked.redirect}`);
  return { client, verifier, code, walked };
}

describe("token endpoint", () => {
  it("rejects a code redeemed with the wrong PKCE verifier", async () => {
    const { client, code } = await authorizedCode();
    const answer = await redeem(server(), client, code, pkcePair().verifier);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe("invalid_grant");
  });

  it("redeems a code once, and refuses it the second time", async () => {
    const { client, code, verifier } = await authorizedCode();
    const first = await redeem(server(), client, code, verifier);
    expect(first.status).toBe(200);
    const second = await redeem(server(), client, code, verifier);
    expect(second.status).toBe(400);
    expect(second.body.error).toBe("invalid_grant");
  });
});

describe("redirect URIs", () => {
  it("never redirects to a URI the client did not register, and says why on the page", async () => {
    const client = await registerClient(server());
    const agent = new UserAgent();
    const page = await agent.request(
      authorizationUrl(server(), client, {
        challenge: pkcePair().challenge,
        redirectUri: "https://attacker.example/cb",
      }),
    );
    expect(page.status).toBe(400);
    expect(page.location).toBeUndefined();
    expect(page.body).toMatch(/redirect/i);
  });

  it.each([
    ["alone", ["http://evil.example/cb"]],
    ["beside a valid one", ["https://app.example.com/cb", "http://evil.example/cb"]],
  ])(
    "refuses to register http on a remote host (%s), naming what is allowed",
    async (_label, uris) => {
      const response = await register(server(), uris);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: string; error_description: string };
      expect(body.error).toBe("invalid_redirect_uri");
      expect(body.error_description).toContain("http://evil.example/cb");
      expect(body.error_description).toContain("loopback");
    },
  );

  it.each([
    ["a private-use scheme not in reverse-domain form", "x-safari-https://evil.example/cb"],
    ["a bare app scheme", "myapp:/callback"],
    ["javascript:", "javascript:alert(1)"],
  ])("refuses to register %s, naming what is allowed", async (_label, uri) => {
    const response = await register(server(), ["https://app.example.com/cb", uri]);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; error_description: string };
    expect(body.error).toBe("invalid_redirect_uri");
    expect(body.error_description).toContain(uri.split(":")[0] as string);
    expect(body.error_description).toContain("reverse-domain form");
  });

  it.each([
    ["https", "https://app.example.com/oauth/callback"],
    ["loopback on any port", "http://127.0.0.1:61234/callback"],
    ["localhost", "http://localhost:3334/cb"],
    ["a native app's private-use scheme", "com.example.app:/oauth2redirect"],
    ["Cursor's callbacks", "cursor://anysphere.cursor-mcp/oauth/callback"],
  ])("registers %s", async (_label, uri) => {
    const response = await register(server(), [uri]);
    expect(response.status).toBe(201);
  });
});

describe("credentials", () => {
  it("refuses an access token whose Cloudflare sign-in expired, and a refresh renews it", async () => {
    await stack.setUpstreamTokenTtl(1);
    const { client, code, verifier } = await authorizedCode();
    const tokens = await redeem(server(), client, code, verifier);
    expect(tokens.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const expired = await pingMcp(server(), tokens.body.access_token as string);
    expect(expired.status).toBe(401);
    expect(expired.challenge).toContain('error="invalid_token"');
    expect(expired.challenge).toContain("resource_metadata=");
    expect(expired.body).toContain("expired");

    await stack.setUpstreamTokenTtl(3600);
    const refreshed = await tokenRequest(server(), {
      grant_type: "refresh_token",
      client_id: client.clientId,
      refresh_token: tokens.body.refresh_token as string,
    });
    expect(refreshed.status).toBe(200);
    expect((await pingMcp(server(), refreshed.body.access_token as string)).status).toBe(200);
  });

  it("refuses an access token the client revoked (RFC 7009)", async () => {
    const { client, code, verifier } = await authorizedCode();
    const tokens = await redeem(server(), client, code, verifier);
    const token = tokens.body.access_token as string;
    expect((await pingMcp(server(), token)).status).toBe(200);
    const revoked = await fetch(`${server()}/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token, client_id: client.clientId }),
    });
    expect(revoked.status).toBe(200);
    const after = await pingMcp(server(), token);
    expect(after.status).toBe(401);
    expect(after.challenge).toContain('error="invalid_token"');
  });

  it("turns an upstream revocation into invalid_grant at refresh, once, and drops the grant", async () => {
    await stack.setUpstreamTokenTtl(120);
    const { client, code, verifier } = await authorizedCode();
    const tokens = await redeem(server(), client, code, verifier);
    await stack.revokeUpstreamGrants();
    const refresh = () =>
      tokenRequest(server(), {
        grant_type: "refresh_token",
        client_id: client.clientId,
        refresh_token: tokens.body.refresh_token as string,
      });
    const first = await refresh();
    expect(first.status).toBe(400);
    expect(first.body.error).toBe("invalid_grant");
    // The grant is gone: its access token no longer works, and retrying the refresh fails fast.
    expect((await pingMcp(server(), tokens.body.access_token as string)).status).toBe(401);
    expect((await refresh()).body.error).toBe("invalid_grant");
  });
});

describe("discovery", () => {
  it("publishes protected-resource metadata at the path-suffixed and the root location", async () => {
    const suffixed = await fetch(`${server()}/.well-known/oauth-protected-resource/mcp`);
    const root = await fetch(`${server()}/.well-known/oauth-protected-resource`);
    expect(suffixed.status).toBe(200);
    expect(root.status).toBe(200);
    const body = (await suffixed.json()) as { resource: string; authorization_servers: string[] };
    expect(body.resource).toBe(`${server()}/mcp`);
    expect(await root.json()).toEqual(body);
    const as = (await (
      await fetch(`${server()}/.well-known/oauth-authorization-server`)
    ).json()) as {
      code_challenge_methods_supported: string[];
      registration_endpoint: string;
    };
    expect(as.code_challenge_methods_supported).toEqual(["S256"]);
    expect(as.registration_endpoint).toBe(`${server()}/register`);
  });
});

describe("consent page", () => {
  it("remembers an approval per client, and asks again when the client wants a new scope", async () => {
    const client = await registerClient(server());
    const agent = new UserAgent();
    const url = (scope: string) =>
      authorizationUrl(server(), client, { challenge: pkcePair().challenge, scope });
    const first = await walkAuthorization(
      url("secrets_store:read"),
      { template: "read-only" },
      agent,
    );
    expect(first.consentPage.status).toBe(200);
    const again = await walkAuthorization(url("secrets_store:read"), {}, agent);
    expect(again.consentPage.status).toBe(302);
    expect(again.redirect.searchParams.get("code")).toBeTruthy();
    const wider = await agent.request(url("secrets_store:read secrets_store:write"));
    expect(wider.status).toBe(200);
    expect(wider.body).toContain("(requested)");
  });

  it("refuses a consent form posted from another browser (no binding cookie)", async () => {
    const client = await registerClient(server());
    const agent = new UserAgent();
    const page = await agent.request(
      authorizationUrl(server(), client, { challenge: pkcePair().challenge }),
    );
    const handle = inputValue(page.body, "handle") as string;
    agent.clearCookies();
    const forged = await agent.request(`${server()}/authorize`, {
      form: { handle, decision: "approve", template: "full" },
    });
    expect(forged.status).toBe(400);
    expect(forged.location).toBeUndefined();
  });

  it("refuses a consent form whose handle does not match the browser's", async () => {
    const client = await registerClient(server());
    const agent = new UserAgent();
    await agent.request(authorizationUrl(server(), client, { challenge: pkcePair().challenge }));
    const forged = await agent.request(`${server()}/authorize`, {
      form: { handle: "not-the-handle", decision: "approve", template: "full" },
    });
    expect(forged.status).toBe(400);
  });

  it("ignores scopes it does not know (openid email profile) instead of failing", async () => {
    const { walked, client, code, verifier } = await authorizedCode(
      "openid email profile secrets_store:read",
    );
    expect(walked.consentPage.status).toBe(200);
    const tokens = await redeem(server(), client, code, verifier);
    expect(tokens.body.scope?.split(" ")).toEqual(
      expect.arrayContaining(["user:read", "secrets_store:read"]),
    );
    expect(tokens.body.scope).not.toContain("openid");
  });

  it("sends the client access_denied when the user denies", async () => {
    const client = await registerClient(server());
    const walked = await walkAuthorization(
      authorizationUrl(server(), client, { challenge: pkcePair().challenge }),
      {
        decision: "deny",
      },
    );
    expect(walked.redirect.searchParams.get("error")).toBe("access_denied");
    expect(walked.redirect.searchParams.get("state")).toBe("st-123");
  });
});
