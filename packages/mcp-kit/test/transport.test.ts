// Streamable HTTP at /mcp: protocol negotiation, Host/Origin protection, body cap, CORS, auth errors.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { KitEnv } from "../src/index";
import { appFetch, connect, SERVER_URL } from "./connect";
import { createFakeApi } from "./fake-cloudflare";
import { createFixtureApp } from "./fixture-app";

const USER = "user-token-aaaaaaaa";

function initialize(protocolVersion: string, headers: Record<string, string> = {}) {
  const app = createFixtureApp(createFakeApi());
  return appFetch(app)(SERVER_URL, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      authorization: `Bearer ${USER}`,
      ...headers,
    },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion, capabilities: {}, clientInfo: { name: "raw", version: "0" } },
    }),
  });
}

async function negotiated(response: Response): Promise<string> {
  const text = await response.text();
  const json = text.startsWith("{") ? text : (/^data: (.*)$/m.exec(text)?.[1] ?? "{}");
  return JSON.parse(json).result?.protocolVersion;
}

describe("protocol versions", () => {
  it("negotiates the client's current protocol version", async () => {
    const client = await connect(createFixtureApp(createFakeApi()), { token: USER });
    expect(client.getNegotiatedProtocolVersion()).toBe("2025-11-25");
    expect(client.getServerVersion()).toMatchObject({
      name: "cloudflare-fixture",
      version: "1.2.3",
    });
  });

  it.each(["2025-03-26", "2025-06-18", "2025-11-25"])(
    "accepts older supported version %s",
    async (version) => {
      const response = await initialize(version);
      expect(response.status).toBe(200);
      expect(await negotiated(response)).toBe(version);
    },
  );
});

describe("DNS-rebinding protection", () => {
  it("rejects a foreign Host header", async () => {
    const response = await initialize("2025-11-25", { host: "attacker.example" });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("MCP_ALLOWED_HOSTS");
  });

  it("rejects lookalike hosts that merely contain an allowed name", async () => {
    const response = await initialize("2025-11-25", { host: "localhost.attacker.example" });
    expect(response.status).toBe(403);
  });

  it("accepts a configured custom domain", async () => {
    const app = createFixtureApp(createFakeApi());
    const custom = { ...(env as KitEnv), MCP_ALLOWED_HOSTS: "mcp.example.com" };
    const response = await appFetch(app, custom)("https://mcp.example.com/mcp", {
      method: "POST",
      headers: {
        host: "mcp.example.com",
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
        authorization: `Bearer ${USER}`,
      },
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "initialize",
        params: {
          protocolVersion: "2025-11-25",
          capabilities: {},
          clientInfo: { name: "x", version: "0" },
        },
      }),
    });
    expect(response.status).toBe(200);
  });

  it("rejects a foreign browser Origin and accepts a loopback one with CORS headers", async () => {
    expect((await initialize("2025-11-25", { origin: "https://evil.example" })).status).toBe(403);
    const ok = await initialize("2025-11-25", { origin: "http://localhost:6274" });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe("http://localhost:6274");
    expect(ok.headers.get("access-control-expose-headers")).toContain("WWW-Authenticate");
  });

  it("answers CORS preflight without credentials", async () => {
    const app = createFixtureApp(createFakeApi());
    const response = await appFetch(app)(SERVER_URL, {
      method: "OPTIONS",
      headers: { origin: "http://127.0.0.1:6274", "access-control-request-method": "POST" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-headers")).toContain("Authorization");
  });
});

describe("request body cap", () => {
  it("refuses a body larger than 1 MiB with 413", async () => {
    const response = await appFetch(createFixtureApp(createFakeApi()))(SERVER_URL, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${USER}` },
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "ping",
        params: { pad: "x".repeat(1024 * 1024) },
      }),
    });
    expect(response.status).toBe(413);
  });
});

describe("API-token authentication", () => {
  const post = (headers: Record<string, string>) =>
    appFetch(createFixtureApp(createFakeApi()))(SERVER_URL, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
        ...headers,
      },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" }),
    });

  it("challenges a request without a token, without an error code (RFC 6750 §3.1)", async () => {
    const response = await post({});
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="cloudflare-fixture"');
    expect((await response.json<{ error_description: string }>()).error_description).toContain(
      "Authorization: Bearer",
    );
  });

  it("rejects an unknown token with invalid_token and says why", async () => {
    const response = await post({ authorization: "Bearer not-a-real-token" });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain('error="invalid_token"');
    expect(await response.text()).toContain("rejected the API token");
  });

  it("rejects an expired token and names its status", async () => {
    const response = await post({ authorization: "Bearer expired-token-ccccccc" });
    expect(response.status).toBe(401);
    expect(await response.text()).toContain("expired");
  });

  it("rejects a non-Bearer Authorization header as invalid_request", async () => {
    const response = await post({ authorization: "Basic dXNlcjpwYXNz" });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain('error="invalid_request"');
  });

  it("verifies a token once and caches the result by its hash", async () => {
    const api = createFakeApi();
    const app = createFixtureApp(api);
    await connect(app, { token: USER });
    await connect(app, { token: USER });
    expect(api.calls.filter((call) => call === "GET /user/tokens/verify")).toHaveLength(1);
  });
});
