// One running server, two hostnames (127.0.0.1 and localhost, as a deployment has its workers.dev
// name and a custom domain): full OAuth flows on both, interleaved step by step and concurrently,
// each bound to the resource of the host the client used; and no Host value makes the server fail.
import { request as httpRequest } from "node:http";
import {
  auth,
  Client,
  StreamableHTTPClientTransport,
  UnauthorizedError,
} from "@modelcontextprotocol/client";
import { ACME_ACCOUNT } from "@repo/emulator/identities";
import { beforeAll, describe, expect, it } from "vitest";
import { walkAuthorization } from "../src/consent.ts";
import { MemoryAuthProvider } from "../src/memory-auth-provider.ts";
import { pingMcp } from "../src/raw-oauth.ts";
import { useOAuthStack } from "../src/stack.ts";
import { UserAgent } from "../src/user-agent.ts";

const stack = useOAuthStack("secrets-store");
const REDIRECT = "http://127.0.0.1:53682/callback";
const acme = { account_id: ACME_ACCOUNT.id };

/** The server's two origins: the one it was started on and the same port under "localhost". */
const origins = () => [stack.app.url, stack.app.url.replace("127.0.0.1", "localhost")] as const;

interface Pending {
  origin: string;
  provider: MemoryAuthProvider;
  transport: StreamableHTTPClientTransport;
}

/** Steps 1-3: the client is refused, discovers this host's metadata and registers there. */
async function begin(origin: string, name: string): Promise<Pending> {
  const provider = new MemoryAuthProvider(REDIRECT, name);
  const transport = new StreamableHTTPClientTransport(new URL(`${origin}/mcp`), {
    authProvider: provider,
  });
  await expect(new Client({ name, version: "0.0.0" }).connect(transport)).rejects.toBeInstanceOf(
    UnauthorizedError,
  );
  expect(provider.authorizationUrl?.origin).toBe(origin);
  expect(provider.authorizationUrl?.searchParams.get("resource")).toBe(`${origin}/mcp`);
  return { origin, provider, transport };
}

async function connected(pending: Pending): Promise<Client> {
  const client = new Client({ name: pending.provider.clientName, version: "0.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${pending.origin}/mcp`), {
      authProvider: pending.provider,
    }),
  );
  return client;
}

async function listsAndCalls(pending: Pending): Promise<void> {
  const client = await connected(pending);
  try {
    const tools = await client.listTools();
    expect(tools.tools.map((tool) => tool.name)).toContain("secrets_store_stores_list");
    const stores = await client.callTool({ name: "secrets_store_stores_list", arguments: acme });
    expect(stores.isError, JSON.stringify(stores)).toBeFalsy();
  } finally {
    await client.close();
  }
}

beforeAll(async () => {
  await stack.emulator.reset();
  await stack.setUpstreamTokenTtl(3600);
});

describe("OAuth on two hostnames of one running server", () => {
  it("completes interleaved flows on both, each token bound to its own host", async () => {
    const [first, second] = origins();
    const browser = new UserAgent(); // one browser: cookies are kept per host, as browsers do
    const a = await begin(first, "Client on 127.0.0.1");
    const b = await begin(second, "Client on localhost");
    const walkedB = await walkAuthorization(b.provider.authorizationUrl as URL, {}, browser);
    const walkedA = await walkAuthorization(a.provider.authorizationUrl as URL, {}, browser);
    expect(walkedA.consentPage.url.startsWith(first)).toBe(true);
    expect(walkedB.consentPage.url.startsWith(second)).toBe(true);
    await a.transport.finishAuth(walkedA.redirect.searchParams);
    await b.transport.finishAuth(walkedB.redirect.searchParams);
    await listsAndCalls(b);
    await listsAndCalls(a);

    // Each access token names its own host's resource: the other host refuses it.
    const tokenA = a.provider.stored?.access_token as string;
    const tokenB = b.provider.stored?.access_token as string;
    expect((await pingMcp(first, tokenA)).status).toBe(200);
    expect((await pingMcp(second, tokenB)).status).toBe(200);
    const crossed = await pingMcp(second, tokenA);
    expect(crossed.status).toBe(401);
    expect(crossed.challenge).toContain(`${second}/.well-known/oauth-protected-resource/mcp`);
    expect((await pingMcp(first, tokenB)).status).toBe(401);

    // Refreshing works on each host too, and the old host still answers afterwards.
    expect(await auth(b.provider, { serverUrl: `${second}/mcp` })).toBe("AUTHORIZED");
    expect(await auth(a.provider, { serverUrl: `${first}/mcp` })).toBe("AUTHORIZED");
    expect(a.provider.stored?.access_token).not.toBe(tokenA);
    await listsAndCalls(a);
    await listsAndCalls(b);
  });

  it("completes flows on both hosts running at the same time", async () => {
    const [first, second] = origins();
    const run = async (origin: string) => {
      const pending = await begin(origin, `Concurrent client on ${new URL(origin).hostname}`);
      const walked = await walkAuthorization(pending.provider.authorizationUrl as URL, {
        template: "default",
      });
      await pending.transport.finishAuth(walked.redirect.searchParams);
      await listsAndCalls(pending);
    };
    await Promise.all([run(first), run(second), run(first), run(second)]);
  });

  it("serves each host's own metadata", async () => {
    for (const origin of origins()) {
      const server = (await (
        await fetch(`${origin}/.well-known/oauth-authorization-server`)
      ).json()) as { issuer: string; authorization_endpoint: string };
      expect(server.issuer).toBe(origin);
      expect(server.authorization_endpoint).toBe(`${origin}/authorize`);
      const resource = (await (
        await fetch(`${origin}/.well-known/oauth-protected-resource/mcp`)
      ).json()) as { resource: string; authorization_servers: string[] };
      expect(resource.resource).toBe(`${origin}/mcp`);
      expect(resource.authorization_servers).toEqual([origin]);
    }
  });
});

/** A request with a Host header of our choosing (fetch does not let tests set Host). */
function withHost(
  path: string,
  host: string,
  method = "GET",
): Promise<{ status: number; body: string }> {
  const url = new URL(stack.app.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        method,
        headers: {
          host,
          "content-type": "application/json",
          accept: "application/json, text/event-stream",
        },
      },
      (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end(
      method === "POST" ? JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" }) : undefined,
    );
  });
}

describe("Host values", () => {
  it.each([
    ["/.well-known/oauth-authorization-server", "GET"],
    ["/.well-known/oauth-protected-resource/mcp", "GET"],
    ["/authorize?client_id=x", "GET"],
    ["/mcp", "POST"],
  ])(
    "a workers.dev Host over plain http gets a 400 that says to use https (%s)",
    async (path, method) => {
      const answer = await withHost(path, "demo.workers.dev", method);
      expect(answer.status, answer.body).toBe(400);
      expect(answer.body).toContain("needs https");
    },
  );

  it("never answers 500 for a Host it does not serve", async () => {
    // (A port above 65535 is refused by wrangler's local proxy before any Worker code runs.)
    const hosts = ["evil.example", "a..workers.dev", "x.workers.dev:9999", "[::1]:1", "LOCALHOST"];
    for (const host of hosts) {
      const answer = await withHost("/.well-known/oauth-authorization-server", host);
      expect(answer.status, `${host}: ${answer.body}`).toBeLessThan(500);
    }
  });

  it("keeps serving both hosts after many made-up hosts", async () => {
    for (let i = 0; i < 40; i++) await withHost("/mcp", `h${i}.workers.dev`, "POST");
    for (const origin of origins()) {
      const response = await fetch(`${origin}/.well-known/oauth-authorization-server`);
      expect(((await response.json()) as { issuer: string }).issuer).toBe(origin);
    }
  });
});
