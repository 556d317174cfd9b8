// Scope: what `pnpm dev` prints once up (URLs, tokens, client config) and how it streams output.
import { describe, expect, it } from "vitest";
import { clientConfig, renderBanner } from "../src/cli/banner.ts";
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

  it("contains a paste-ready client configuration using the dev token", () => {
    const json = banner.slice(banner.indexOf("{"), banner.lastIndexOf("}") + 1);
    expect(JSON.parse(json)).toEqual({
      mcpServers: {
        "cloudflare-secrets-store": {
          url: "http://127.0.0.1:8791/mcp",
          headers: { Authorization: "Bearer cfemu_user_token" },
        },
      },
    });
  });

  it("gives an MCP Inspector command for the first server", () => {
    expect(banner).toContain(
      'npx @modelcontextprotocol/inspector --cli http://127.0.0.1:8791/mcp --transport http --header "Authorization: Bearer cfemu_user_token"',
    );
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
    expect(clientConfig(apps, "<token>").mcpServers["cloudflare-secrets-store"]?.headers).toEqual({
      Authorization: "Bearer <token>",
    });
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
