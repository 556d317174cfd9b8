// The whole OAuth flow with the MCP SDK client's own OAuth support, against the secrets-store server
// under wrangler dev and the emulator as Cloudflare: 401 -> metadata discovery -> registration ->
// consent -> upstream sign-in -> token -> tools/list -> tool call -> refresh -> tool call.
import {
  auth,
  Client,
  StreamableHTTPClientTransport,
  UnauthorizedError,
} from "@modelcontextprotocol/client";
import { ACME_ACCOUNT, GLOBEX_ACCOUNT } from "@repo/emulator/identities";
import { beforeAll, describe, expect, it } from "vitest";
import { walkAuthorization } from "../src/consent.ts";
import { MemoryAuthProvider } from "../src/memory-auth-provider.ts";
import { useOAuthStack } from "../src/stack.ts";

const stack = useOAuthStack("secrets-store");
const REDIRECT = "http://127.0.0.1:53682/callback";
const acme = { account_id: ACME_ACCOUNT.id };

async function connect(provider: MemoryAuthProvider): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(new URL(stack.app.mcpUrl), {
    authProvider: provider,
  });
  const client = new Client({ name: "oauth-e2e", version: "0.0.0" });
  await client.connect(transport);
  return client;
}

/** Runs the interactive part: the client is refused, the user consents, the client finishes. */
async function authorize(provider: MemoryAuthProvider, template: string): Promise<void> {
  const transport = new StreamableHTTPClientTransport(new URL(stack.app.mcpUrl), {
    authProvider: provider,
  });
  const client = new Client({ name: "oauth-e2e", version: "0.0.0" });
  await expect(client.connect(transport)).rejects.toBeInstanceOf(UnauthorizedError);
  if (!provider.authorizationUrl) throw new Error("the client was not sent to authorize");
  const walked = await walkAuthorization(provider.authorizationUrl, { template });
  expect(walked.redirect.origin + walked.redirect.pathname).toBe(REDIRECT);
  await transport.finishAuth(walked.redirect.searchParams);
}

function textOf(result: { content?: unknown }): string {
  return ((result.content ?? []) as Array<{ text?: string }>)
    .map((block) => block.text ?? "")
    .join("\n");
}

beforeAll(async () => {
  await stack.emulator.reset();
});

describe("OAuth with a real MCP client", () => {
  it("discovers, registers, consents, signs in upstream, lists and calls tools, refreshes, calls again", async () => {
    // Upstream tokens live two minutes, inside the refresh margin: every refresh renews them.
    await stack.setUpstreamTokenTtl(120);
    const provider = new MemoryAuthProvider(REDIRECT);
    await authorize(provider, "full");

    expect(provider.clientInfo?.client_id).toBeTruthy();
    const consentUrl = provider.authorizationUrl as URL;
    expect(consentUrl.origin).toBe(stack.app.url);
    expect(consentUrl.searchParams.get("code_challenge_method")).toBe("S256");
    expect(consentUrl.searchParams.get("resource")).toBe(stack.app.mcpUrl);
    const first = provider.stored;
    expect(first?.refresh_token).toBeTruthy();
    expect(first?.scope?.split(" ")).toEqual(
      expect.arrayContaining(["secrets_store:read", "secrets_store:write"]),
    );

    const client = await connect(provider);
    const tools = await client.listTools();
    expect(tools.tools.map((tool) => tool.name)).toContain("secrets_store_stores_list");
    const stores = await client.callTool({ name: "secrets_store_stores_list", arguments: acme });
    expect(stores.isError).toBeFalsy();
    expect(textOf(stores)).toContain("default_secrets_store");
    await client.close();

    expect(await auth(provider, { serverUrl: stack.app.mcpUrl })).toBe("AUTHORIZED");
    expect(provider.stored?.access_token).not.toBe(first?.access_token);
    expect(provider.stored?.refresh_token).not.toBe(first?.refresh_token);
    const [grant] = await stack.upstreamGrants();
    expect(grant?.refreshes).toBe(1);

    const again = await connect(provider);
    const quota = await again.callTool({ name: "secrets_store_quota_get", arguments: acme });
    expect(quota.isError).toBeFalsy();
    await again.close();
  });

  it("a read-only grant lists and runs the read tools only", async () => {
    await stack.setUpstreamTokenTtl(3600);
    const provider = new MemoryAuthProvider(REDIRECT, "Read-only client");
    await authorize(provider, "read-only");
    expect(provider.stored?.scope?.split(" ")).not.toContain("secrets_store:write");
    const client = await connect(provider);
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    expect(names).toContain("secrets_store_stores_list");
    expect(names).toContain("set_active_account");
    expect(names).not.toContain("secrets_store_stores_create");
    expect(names).not.toContain("secrets_store_secrets_delete");
    const read = await client.callTool({ name: "secrets_store_stores_list", arguments: acme });
    expect(read.isError).toBeFalsy();
    await expect(
      client.callTool({ name: "secrets_store_stores_create", arguments: { ...acme, name: "x" } }),
    ).rejects.toThrow(/not found/);
    await client.close();
  });

  it("keeps the active account per grant: a read-only grant of the same user cannot move a full one's", async () => {
    await stack.setUpstreamTokenTtl(3600);
    const fullProvider = new MemoryAuthProvider(REDIRECT, "Full client");
    await authorize(fullProvider, "full");
    const readProvider = new MemoryAuthProvider(REDIRECT, "Read-only client");
    await authorize(readProvider, "read-only");
    const full = await connect(fullProvider);
    const readOnly = await connect(readProvider);
    try {
      await full.callTool({ name: "set_active_account", arguments: acme });
      const moved = await readOnly.callTool({
        name: "set_active_account",
        arguments: { account_id: GLOBEX_ACCOUNT.id },
      });
      expect(moved.isError).toBeFalsy();
      const listed = await full.callTool({ name: "accounts_list", arguments: {} });
      const active = (
        listed.structuredContent as { accounts: { id: string; active: boolean }[] }
      ).accounts.find((account) => account.active);
      expect(active?.id).toBe(ACME_ACCOUNT.id);
    } finally {
      await Promise.all([full.close(), readOnly.close()]);
    }
  });

  it("keeps accepting Cloudflare API tokens on the same /mcp", async () => {
    const transport = new StreamableHTTPClientTransport(new URL(stack.app.mcpUrl), {
      requestInit: { headers: { Authorization: "Bearer cfemu_user_token" } },
    });
    const client = new Client({ name: "api-token", version: "0.0.0" });
    await client.connect(transport);
    const stores = await client.callTool({ name: "secrets_store_stores_list", arguments: acme });
    expect(stores.isError).toBeFalsy();
    await client.close();
  });
});
