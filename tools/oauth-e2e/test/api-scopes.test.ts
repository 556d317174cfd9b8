// The api server under OAuth grants, scopes as data: with `?codemode=false` a grant lists and allows exactly
// the endpoint tools it covers (read-only: reads; full: writes too), and `execute` refuses, before
// sending, a request whose scope the grant lacks, naming that scope. The spec is the api app's
// committed fixture; the emulator is Cloudflare.
import {
  Client,
  StreamableHTTPClientTransport,
  UnauthorizedError,
} from "@modelcontextprotocol/client";
import { ACME_ACCOUNT } from "@repo/emulator/identities";
import { beforeAll, describe, expect, it } from "vitest";
import { type ConsentChoice, walkAuthorization } from "../src/consent.ts";
import { MemoryAuthProvider } from "../src/memory-auth-provider.ts";
import { useOAuthStack } from "../src/stack.ts";

const stack = useOAuthStack("api");
const REDIRECT = "http://127.0.0.1:53682/callback";
const acme = { account_id: ACME_ACCOUNT.id };
const PERMISSION = "cloudflare/permission";
/** The fixture spec's permissions of three operations the emulator serves. */
const LIST_SCRIPTS = "com.cloudflare.edge.worker.script.list";
const DELETE_SCRIPT = "com.cloudflare.edge.worker.script.delete";
const CREATE_GATEWAY = "com.cloudflare.api.account.aig";

/** Signs a client in with `choice` on the consent page; returns it connected to `query`. */
async function signedIn(choice: ConsentChoice, query = ""): Promise<Client> {
  const provider = new MemoryAuthProvider(REDIRECT, `api ${choice.template}`);
  const url = new URL(`${stack.app.mcpUrl}${query}`);
  const first = new StreamableHTTPClientTransport(url, { authProvider: provider });
  await expect(
    new Client({ name: "oauth-e2e", version: "0.0.0" }).connect(first),
  ).rejects.toBeInstanceOf(UnauthorizedError);
  const walked = await walkAuthorization(provider.authorizationUrl as URL, choice);
  await first.finishAuth(walked.redirect.searchParams);
  const client = new Client({ name: "oauth-e2e", version: "0.0.0" });
  await client.connect(new StreamableHTTPClientTransport(url, { authProvider: provider }));
  return client;
}

async function toolsByPermission(client: Client): Promise<Map<string, string[]>> {
  const byPermission = new Map<string, string[]>();
  for (const tool of (await client.listTools()).tools) {
    const permission = String(tool._meta?.[PERMISSION] ?? "");
    byPermission.set(permission, [...(byPermission.get(permission) ?? []), tool.name]);
  }
  return byPermission;
}

const text = (result: { content?: unknown }) =>
  ((result.content ?? []) as Array<{ text?: string }>).map((block) => block.text ?? "").join("\n");

beforeAll(async () => {
  await stack.emulator.reset();
});

describe("?codemode=false under OAuth grants", () => {
  it("a read-only grant lists and runs read endpoints, and no write endpoint", async () => {
    const client = await signedIn({ template: "read-only" }, "?codemode=false");
    try {
      const tools = await toolsByPermission(client);
      const [listScripts] = tools.get(LIST_SCRIPTS) ?? [];
      expect(listScripts).toBeTruthy();
      expect(tools.has(DELETE_SCRIPT)).toBe(false);
      const all = (await client.listTools()).tools;
      expect(
        all.every((tool) => tool.annotations?.readOnlyHint !== false || !tool._meta?.[PERMISSION]),
      ).toBe(true);
      const listed = await client.callTool({ name: listScripts as string, arguments: acme });
      expect(listed.isError, text(listed)).toBeFalsy();
    } finally {
      await client.close();
    }
  });

  it("a full grant lists the write endpoints too, and they run", async () => {
    const client = await signedIn({ template: "full" }, "?codemode=false");
    try {
      const tools = await toolsByPermission(client);
      expect(tools.get(CREATE_GATEWAY)?.length).toBeGreaterThan(1); // reads and writes of AI Gateway
      const [deleteScript] = tools.get(DELETE_SCRIPT) ?? [];
      expect(deleteScript).toBeTruthy();
      const scripts = (await (
        await fetch(`${stack.emulator.apiBaseUrl}/accounts/${ACME_ACCOUNT.id}/workers/scripts`, {
          headers: { authorization: "Bearer cfemu_user_token" },
        })
      ).json()) as { result: Array<{ id: string }> };
      const script = scripts.result[0]?.id as string;
      const deleted = await client.callTool({
        name: deleteScript as string,
        arguments: { ...acme, script_name: script },
      });
      expect(deleted.isError, text(deleted)).toBeFalsy();
    } finally {
      await client.close();
    }
  });
});

describe("execute under an OAuth grant", () => {
  it("refuses, before sending, a request whose scope the grant lacks, and names the scope", async () => {
    const client = await signedIn({ template: "custom", scopes: ["aig:read"] });
    try {
      const refused = await client.callTool({
        name: "execute",
        arguments: {
          ...acme,
          code: `async () => cloudflare.request({ path: \`/accounts/\${accountId}/workers/scripts\` })`,
        },
      });
      expect(refused.isError).toBe(true);
      expect(text(refused)).toMatch(/GET \/accounts\/\w+\/workers\/scripts was not sent/);
      expect(text(refused)).toContain('"workers:read"');

      const allowed = await client.callTool({
        name: "execute",
        arguments: {
          ...acme,
          code: `async () => (await cloudflare.request({ path: \`/accounts/\${accountId}/ai-gateway/gateways\` })).success`,
        },
      });
      expect(allowed.isError, text(allowed)).toBeFalsy();
      expect(text(allowed)).toContain("true");
    } finally {
      await client.close();
    }
  });

  it("sends what the grant covers and names the write scope a request needs", async () => {
    const client = await signedIn({ template: "default" });
    try {
      const refused = await client.callTool({
        name: "execute",
        arguments: {
          ...acme,
          code: `async () => cloudflare.request({ method: "DELETE", path: \`/accounts/\${accountId}/workers/scripts/x\` })`,
        },
      });
      expect(refused.isError).toBe(true);
      expect(text(refused)).toContain('"workers_scripts:write"');
      expect(text(refused)).toContain("was not sent");
    } finally {
      await client.close();
    }
  });
});

/** Secrets Store is not in the fixture spec, so no permission is known for this request. */
const createStore = `async () => cloudflare.request({ method: "POST", path: \`/accounts/\${accountId}/secrets_store/stores\`, body: { name: "via-oauth" } })`;

describe("execute under read-only and default grants", () => {
  it("a read-only grant reads through execute and refuses writes before sending them", async () => {
    const client = await signedIn({ template: "read-only" });
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

  it("a default grant sends a write the spec does not describe: Cloudflare answers for itself", async () => {
    const client = await signedIn({ template: "default" });
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
