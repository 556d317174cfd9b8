// The api server behind OAuth: a grant the user approved as read-only makes `execute` refuse
// every non-GET request before it is sent, while reads work; a default grant may write.
import {
  Client,
  StreamableHTTPClientTransport,
  UnauthorizedError,
} from "@modelcontextprotocol/client";
import { ACME_ACCOUNT } from "@repo/emulator/identities";
import { beforeAll, describe, expect, it } from "vitest";
import { walkAuthorization } from "../src/consent.ts";
import { MemoryAuthProvider } from "../src/memory-auth-provider.ts";
import { useOAuthStack } from "../src/stack.ts";

const stack = useOAuthStack("api");
const REDIRECT = "http://127.0.0.1:53682/callback";

async function signedInClient(template: string): Promise<Client> {
  const provider = new MemoryAuthProvider(REDIRECT);
  const first = new StreamableHTTPClientTransport(new URL(stack.app.mcpUrl), {
    authProvider: provider,
  });
  await expect(
    new Client({ name: "oauth-e2e", version: "0.0.0" }).connect(first),
  ).rejects.toBeInstanceOf(UnauthorizedError);
  if (!provider.authorizationUrl) throw new Error("the client was not sent to authorize");
  const walked = await walkAuthorization(provider.authorizationUrl, { template });
  await first.finishAuth(walked.redirect.searchParams);
  const client = new Client({ name: "oauth-e2e", version: "0.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(stack.app.mcpUrl), { authProvider: provider }),
  );
  return client;
}

const text = (result: { content?: unknown }) =>
  ((result.content ?? []) as Array<{ text?: string }>).map((block) => block.text ?? "").join("\n");

const createStore = `async () => cloudflare.request({ method: "POST", path: \`/accounts/\${accountId}/secrets_store/stores\`, body: { name: "via-oauth" } })`;

beforeAll(async () => {
  await stack.emulator.reset();
});

describe("api server with OAuth", () => {
  it("a read-only grant reads through execute and refuses writes before sending them", async () => {
    const client = await signedInClient("read-only");
    try {
      const read = await client.callTool({
        name: "execute",
        arguments: {
          code: 'async () => (await cloudflare.request({ path: "/accounts" })).result.length',
        },
      });
      expect(read.isError).toBeFalsy();
      const write = await client.callTool({
        name: "execute",
        arguments: { account_id: ACME_ACCOUNT.id, code: createStore },
      });
      expect(write.isError).toBe(true);
      expect(text(write)).toMatch(/read-only: POST .* was not sent/);
    } finally {
      await client.close();
    }
  });

  it("a default grant sends writes (the API answers for itself)", async () => {
    const client = await signedInClient("default");
    try {
      const write = await client.callTool({
        name: "execute",
        arguments: { account_id: ACME_ACCOUNT.id, code: createStore },
      });
      expect(text(write)).not.toMatch(/was not sent/);
      expect(text(write)).toMatch(/POST \/accounts\/.*\/secrets_store\/stores -> \d{3}/);
    } finally {
      await client.close();
    }
  });
});
