/**
 * `@repo/mcp-kit/testing`: test an MCP server app in process, inside workerd
 * (`@cloudflare/vitest-plugin`). A real MCP client talks to the app's own `fetch`; the app calls
 * the emulator, bound in as an auxiliary Worker (see `./vitest` for the configuration), and each
 * {@link testApp} gets an emulator instance of its own, freshly seeded. No `wrangler dev`.
 *
 * ```ts
 * import app from "../src/index";
 * const server = testApp(app);
 * const client = await server.connect(USER_TOKEN.value);
 * const result = await callOk(client, "secrets_store_stores_list");
 * ```
 */
import { createExecutionContext, env as testEnv } from "cloudflare:test";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import type { McpApp } from "../app/create-app";
import type { KitEnv } from "../app/env";

export { describeToolCatalogue, type ExpectedTool, type ToolCatalogue } from "./catalogue";
export { callOk, callTool, type ToolOutcome } from "./outcome";

/** Where in-process tests reach the app; any loopback URL passes the Host check. */
export const TEST_SERVER_URL = "http://127.0.0.1:8790/mcp";

export interface TestApp<Env extends KitEnv> {
  /** The env the app sees: the test Worker's bindings, pointed at this app's emulator instance. */
  readonly env: Env;
  /**
   * This app's emulator instance: `url` is its origin (`http://<id>.emulator.test`, API under
   * `/client/v4`), for `emulatorControl(url)`; `reset()` wipes it and seeds it again.
   */
  readonly emulator: { readonly url: string; reset(): Promise<void> };
  /** `fetch` into the app, as a client on the network would reach it. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /**
   * A real MCP client connected to the app with `token` as its Bearer credential, extra request
   * `headers` (e.g. `cf-account-id`) and a `query` on the MCP URL (e.g. `?readonly=true`).
   */
  connect(token?: string, headers?: Record<string, string>, query?: string): Promise<Client>;
  /** Everything written to the console since {@link testApp} (the app's log lines). */
  logs(): string;
}

/**
 * Console output of this test file, for tests that check what a server logs. The app's routine
 * lines (one per tool call) are kept here instead of the test output; errors still print.
 */
const consoleLines: string[] = [];
for (const level of ["log", "info", "warn", "error"] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const line = args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg)));
    consoleLines.push(line.join(" "));
    if (level === "error") original(...args);
  };
}

/**
 * `MCP_STATE` seen through a key prefix, so concurrent test files (each with its own prefix) never
 * see each other's active account. Only what the kit calls is implemented.
 */
function prefixedKv(kv: KVNamespace, prefix: string): KVNamespace {
  return {
    get: (key: string) => kv.get(`${prefix}${key}`),
    put: (key: string, value: string, options?: KVNamespacePutOptions) =>
      kv.put(`${prefix}${key}`, value, options),
    delete: (key: string) => kv.delete(`${prefix}${key}`),
  } as unknown as KVNamespace;
}

/**
 * An app under test with its own emulator instance. Call it once per test file, at the top: the
 * instance's state then belongs to that file's tests, in order.
 */
export function testApp<Env extends KitEnv>(
  app: McpApp<Env>,
  overrides: Partial<Env> = {},
): TestApp<Env> {
  const instance = crypto.randomUUID().slice(0, 8);
  const origin = `http://${instance}.emulator.test`;
  const base = testEnv as unknown as Env;
  const logStart = consoleLines.length;
  const env = {
    ...base,
    ...(base.MCP_STATE ? { MCP_STATE: prefixedKv(base.MCP_STATE, `${instance}:`) } : {}),
    CLOUDFLARE_API_BASE_URL: `${origin}/client/v4`,
    // The OAuth upstream is the emulator too, when the app's config turns OAuth on.
    ...(base.CLOUDFLARE_OAUTH_AUTHORIZE_URL
      ? { CLOUDFLARE_OAUTH_AUTHORIZE_URL: `${origin}/oauth2/auth` }
      : {}),
    ...(base.CLOUDFLARE_OAUTH_TOKEN_URL
      ? { CLOUDFLARE_OAUTH_TOKEN_URL: `${origin}/oauth2/token` }
      : {}),
    ...overrides,
  } as Env;
  const fetchApp = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    // workerd sets Host on real traffic; a Request built in a test has none.
    if (!request.headers.has("host")) request.headers.set("host", new URL(request.url).host);
    return app.fetch(request, env, createExecutionContext());
  };
  return {
    env,
    emulator: {
      url: origin,
      async reset() {
        const response = await fetch(`${origin}/__emulator/reset`, { method: "POST" });
        if (!response.ok) throw new Error(`emulator reset failed: ${response.status}`);
      },
    },
    fetch: fetchApp,
    async connect(token, extraHeaders = {}, query = "") {
      const headers: Record<string, string> = { ...extraHeaders };
      if (token) headers.authorization = `Bearer ${token}`;
      const transport = new StreamableHTTPClientTransport(new URL(`${TEST_SERVER_URL}${query}`), {
        fetch: fetchApp,
        requestInit: { headers },
      });
      const client = new Client({ name: "mcp-kit-test", version: "1.0.0" });
      await client.connect(transport);
      return client;
    },
    logs: () => consoleLines.slice(logStart).join("\n"),
  };
}
