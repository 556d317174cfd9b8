// `execute` through a real MCP client against the emulator: API calls, multipart uploads, errors
// with codes, read-only mode, limits, isolation from the network, and the token's secrecy.
import { connectMcpClient } from "@repo/local-stack";
import { afterAll, describe, expect, it } from "vitest";
import {
  ACCOUNT_TOKEN,
  ACME,
  callTool,
  GLOBEX,
  READONLY_TOKEN,
  type ToolOutcome,
  USER_TOKEN,
  useStack,
} from "./harness.ts";

const stack = useStack();
const seen: ToolOutcome[] = [];
const run = async (token: string, args: Record<string, unknown>, url?: string) => {
  const client = url ? await connectMcpClient(url, { token }) : await stack.connect(token);
  try {
    const outcome = await callTool(client, "execute", args);
    seen.push(outcome);
    return outcome;
  } finally {
    if (url) await client.close();
  }
};

afterAll(() => {
  // Every result of this file, successes and errors alike: no token may appear in any of them.
  const everything = seen.map((outcome) => outcome.raw).join("\n");
  for (const token of [USER_TOKEN, ACCOUNT_TOKEN, READONLY_TOKEN]) {
    expect(everything).not.toContain(token);
  }
});

describe("execute", () => {
  it("lists the accounts", async () => {
    const outcome = await run(USER_TOKEN, {
      code: 'async () => (await cloudflare.request({ path: "/accounts" })).result.map(a => a.name)',
    });
    expect(outcome.isError).toBe(false);
    expect(outcome.structured.result).toEqual(expect.arrayContaining(["Acme Corp", "Globex Labs"]));
    expect(outcome.text).toMatch(/GET \/accounts -> 200/);
  });

  it("creates a secret store and reads it back with accountId in scope", async () => {
    // Acme has its one allowed store already (the emulator seeds it); Globex has none.
    const outcome = await run(USER_TOKEN, {
      account_id: GLOBEX,
      code: `async () => {
        const created = await cloudflare.request({ method: "POST", path: \`/accounts/\${accountId}/secrets_store/stores\`, body: { name: "from-code-mode" } });
        const listed = await cloudflare.request({ path: \`/accounts/\${accountId}/secrets_store/stores\` });
        return { created: created.success, status: created.status, names: listed.result.map(s => s.name) };
      }`,
    });
    expect(outcome.isError).toBe(false);
    expect(outcome.structured).toMatchObject({ created: true, status: 200 });
    expect(outcome.structured.names).toContain("from-code-mode");
  });

  it("uploads a Worker script as multipart and downloads it again", async () => {
    const outcome = await run(USER_TOKEN, {
      account_id: ACME,
      code: `async () => {
        const form = new FormData();
        form.append("metadata", JSON.stringify({ main_module: "worker.js", compatibility_date: "2026-08-01" }));
        form.append("worker.js", new File(["export default { fetch() { return new Response('hello from code mode'); } };"], "worker.js", { type: "application/javascript+module" }));
        const upload = await cloudflare.request({ method: "PUT", path: \`/accounts/\${accountId}/workers/scripts/code-mode-demo\`, body: form });
        const list = await cloudflare.request({ path: \`/accounts/\${accountId}/workers/scripts\` });
        const download = await cloudflare.request({ path: \`/accounts/\${accountId}/workers/scripts/code-mode-demo\` });
        return { uploaded: upload.success, ids: list.result.map(s => s.id), source: download.result };
      }`,
    });
    expect(outcome.isError).toBe(false);
    expect(outcome.structured).toMatchObject({ uploaded: true });
    expect(outcome.structured.ids).toContain("code-mode-demo");
    expect(String(outcome.structured.source)).toContain("hello from code mode");
  });

  it("passes Cloudflare errors through with their codes and a next step", async () => {
    const outcome = await run(READONLY_TOKEN, {
      account_id: ACME,
      code: `async () => cloudflare.request({ method: "POST", path: \`/accounts/\${accountId}/secrets_store/stores\`, body: { name: "nope" } })`,
    });
    expect(outcome.isError).toBe(false);
    expect(outcome.structured).toMatchObject({ success: false, status: 403 });
    expect(JSON.stringify(outcome.structured.errors)).toContain("10000");
    expect(outcome.text).toMatch(/-> 403 \(10000: The API token lacks a permission/);
  });

  it("refuses every non-GET request on a read-only connection before sending it", async () => {
    const readOnlyUrl = `${stack.app.mcpUrl}?readonly=true`;
    const client = await connectMcpClient(readOnlyUrl, { token: USER_TOKEN });
    const { tools } = await client.listTools();
    await client.close();
    const execute = tools.find((tool) => tool.name === "execute");
    expect(execute?.description).toMatch(/READ-ONLY/);
    expect(execute?.annotations?.readOnlyHint).toBe(true);

    const outcome = await run(
      USER_TOKEN,
      {
        account_id: ACME,
        code: `async () => cloudflare.request({ method: "POST", path: \`/accounts/\${accountId}/secrets_store/stores\`, body: { name: "blocked" } })`,
      },
      readOnlyUrl,
    );
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(/read-only: POST .* was not sent/);
    const after = await run(USER_TOKEN, {
      account_id: ACME,
      code: `async () => (await cloudflare.request({ path: \`/accounts/\${accountId}/secrets_store/stores\` })).result.map(s => s.name)`,
    });
    expect(after.structured.result).not.toContain("blocked");
  });

  it("stops while(true){} and unbounded recursion, and keeps answering", async () => {
    const loop = await run(USER_TOKEN, { code: "async () => { while (true) {} }" });
    expect(loop.isError).toBe(true);
    expect(loop.text).toMatch(/Stopped/);
    const recursion = await run(USER_TOKEN, {
      code: "async () => { const f = (n) => f(n + 1) + 1; return f(0); }",
    });
    expect(recursion.isError).toBe(true);
    expect(recursion.text).toMatch(/recursion|Stopped/);
    const after = await run(USER_TOKEN, { code: "async () => 'still answering'" });
    expect(after.structured.result).toBe("still answering");
  });

  it("has no network besides the API", async () => {
    const direct = await run(USER_TOKEN, {
      code: "async () => (await fetch('https://example.com/')).status",
    });
    expect(direct.isError).toBe(true);
    expect(direct.text).toMatch(/not permitted to access the internet/);
    const otherHost = await run(USER_TOKEN, {
      code: "async () => cloudflare.request({ path: 'https://example.com/client/v4/accounts' })",
    });
    expect(otherHost.isError).toBe(true);
    expect(otherHost.text).toMatch(/only reaches the Cloudflare API/);
  });

  it("lists the accounts when account_id names one the token cannot use", async () => {
    const outcome = await run(ACCOUNT_TOKEN, { account_id: GLOBEX, code: "async () => accountId" });
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toContain(ACME);
  });

  it("explains an unset accountId instead of calling /accounts/undefined", async () => {
    const outcome = await run(USER_TOKEN, {
      code: `async () => cloudflare.request({ path: \`/accounts/\${accountId}/workers/scripts\` })`,
    });
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(/accountId is undefined when no account was chosen/);
  });

  it("caps the number of requests per call", async () => {
    const outcome = await run(USER_TOKEN, {
      code: "async () => { for (let i = 0; i < 60; i++) await cloudflare.request({ path: '/accounts' }); }",
    });
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(/at most 50 requests per execute call/);
  });
});
