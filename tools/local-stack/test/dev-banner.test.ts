// Scope: what `pnpm dev` prints once up (URLs, tokens, client config) and how it streams output.
import { describe, expect, it } from "vitest";
import { renderBanner } from "../src/cli/banner.ts";
import { cursorConfig } from "../src/cli/client-configs.ts";
import { APP_SERVERS } from "../src/cli/contract.ts";
import { createServerOutput } from "../src/cli/output.ts";

const secretsStore = APP_SERVERS.find((server) => server.name === "secrets-store")!;
const apps = [{ definition: secretsStore, mcpUrl: "http://127.0.0.1:8791/mcp" }];

describe("renderBanner with the emulator", () => {
  const banner = renderBanner({
    emulatorApiUrl: "http://127.0.0.1:8787/client/v4",
    externalApiBaseUrl: undefined,
    apps,
    missingApps: ["api"],
    persistTo: "/repo/.wrangler/state",
  });

  it("lists the emulator API, each MCP URL and the apps not present yet", () => {
    expect(banner).toContain("http://127.0.0.1:8787/client/v4");
    expect(banner).toMatch(/secrets-store\s+http:\/\/127\.0\.0\.1:8791\/mcp/);
    expect(banner).toContain("not in this checkout yet: api");
  });

  it("explains every seeded token on its own line", () => {
    for (const token of ["cfemu_user_token", "cfemu_account_token", "cfemu_readonly_token"]) {
      expect(banner.split("\n").filter((line) => line.includes(token)).length).toBeGreaterThan(0);
    }
    expect(banner).toMatch(/^\s+cfemu_invalid_token\s+revoked/m);
  });

  /** The JSON block printed under the line starting with `title`. */
  const block = (title: string): unknown => {
    const start = banner.indexOf("{", banner.indexOf(title));
    const end = banner.indexOf("\n}\n", start) + 2;
    return JSON.parse(banner.slice(start, end));
  };

  it("gives a claude mcp add command per server", () => {
    expect(banner).toContain(
      'claude mcp add --transport http cloudflare-secrets-store http://127.0.0.1:8791/mcp --header "Authorization: Bearer cfemu_user_token"',
    );
  });

  it("gives Claude Desktop an mcp-remote entry whose arguments have no spaces (Windows)", () => {
    expect(block("Claude Desktop")).toEqual({
      mcpServers: {
        "cloudflare-secrets-store": {
          command: "npx",
          args: [
            "-y",
            "mcp-remote",
            "http://127.0.0.1:8791/mcp",
            "--header",
            // biome-ignore lint/suspicious/noTemplateCurlyInString: mcp-remote's own placeholder.
            "Authorization:${AUTH_HEADER}",
          ],
          env: { AUTH_HEADER: "Bearer cfemu_user_token" },
        },
      },
    });
  });

  it("gives Cursor's and VS Code's configuration files", () => {
    const headers = { Authorization: "Bearer cfemu_user_token" };
    expect(block("Cursor")).toEqual({
      mcpServers: { "cloudflare-secrets-store": { url: "http://127.0.0.1:8791/mcp", headers } },
    });
    expect(block("VS Code")).toEqual({
      servers: {
        "cloudflare-secrets-store": { type: "http", url: "http://127.0.0.1:8791/mcp", headers },
      },
    });
  });

  it("gives an MCP Inspector command that picks a Node the Inspector supports", () => {
    expect(banner).toContain(
      'pnpm dlx @modelcontextprotocol/inspector --cli http://127.0.0.1:8791/mcp --transport http --header "Authorization: Bearer cfemu_user_token" --method tools/list',
    );
  });

  it("lists data that could not be loaded with its fix", () => {
    const withProblems = renderBanner({
      emulatorApiUrl: "http://127.0.0.1:8787/client/v4",
      externalApiBaseUrl: undefined,
      apps,
      missingApps: [],
      persistTo: "/repo/.wrangler/state",
      dataProblems: [{ app: "api", problem: "docs: not loaded … Set CLOUDFLARE_DOCS_CORPUS=…" }],
    });
    expect(withProblems).toMatch(/Not loaded.*\n\s+api docs: not loaded/);
  });
});

describe("renderBanner against the user's own API", () => {
  it("names the API and asks for the user's token instead of emulator tokens", () => {
    const banner = renderBanner({
      emulatorApiUrl: undefined,
      externalApiBaseUrl: "https://api.cloudflare.com/client/v4",
      apps,
      missingApps: [],
      persistTo: "/repo/.wrangler/state",
    });
    expect(banner).toContain(
      "https://api.cloudflare.com/client/v4  (from CLOUDFLARE_API_BASE_URL)",
    );
    expect(banner).not.toContain("cfemu_");
    const servers = [{ key: "cloudflare-secrets-store", mcpUrl: "http://127.0.0.1:8791/mcp" }];
    expect(
      cursorConfig(servers, "<token>").mcpServers["cloudflare-secrets-store"]?.headers,
    ).toEqual({ Authorization: "Bearer <token>" });
    expect(banner).toContain("Authorization: Bearer <your Cloudflare API token>");
  });
});

describe("createServerOutput", () => {
  it("holds start-up warnings until ready, drops banners and the readiness probe, then streams", () => {
    const written: string[] = [];
    const output = createServerOutput({
      name: "api",
      prefixWidth: 5,
      verbose: false,
      readyPath: "/",
      write: (text) => written.push(text),
    });
    output.onLine(" ⛅️ wrangler 4.164.0");
    output.onLine("▲ [WARNING] something to know");
    expect(written).toEqual([]);
    output.markReady();
    output.onLine("[wrangler:info] GET / 200 OK (901ms)");
    output.onLine("[wrangler:info] GET /mcp 200 OK (3ms)");
    expect(written).toEqual([
      "[api]   ▲ [WARNING] something to know\n",
      "[api]   [wrangler:info] GET /mcp 200 OK (3ms)\n",
    ]);
  });

  it("shows everything when verbose", () => {
    const written: string[] = [];
    const output = createServerOutput({
      name: "x",
      prefixWidth: 1,
      verbose: true,
      readyPath: "/",
      write: (t) => written.push(t),
    });
    output.onLine("⛅️ wrangler 4.164.0");
    expect(written).toEqual(["[x] ⛅️ wrangler 4.164.0\n"]);
  });
});
