// Scope: how `pnpm dev` finds servers in apps/ that the contract does not list, and plans them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderBanner } from "../src/cli/banner.ts";
import { APP_SERVERS } from "../src/cli/contract.ts";
import { discoverAppServers, portVariableFor } from "../src/cli/discover-apps.ts";
import { parseJsonc } from "../src/cli/jsonc.ts";
import { planStack } from "../src/cli/stack-plan.ts";

let appsDir: string;

function app(name: string, files: Record<string, string>): void {
  mkdirSync(join(appsDir, name), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(appsDir, name, file), text);
}

beforeAll(() => {
  appsDir = mkdtempSync(join(tmpdir(), "local-stack-apps-"));
  app("secrets-store", { "wrangler.jsonc": '{ "dev": { "port": 8791 } }' });
  app("demo-product", {
    "wrangler.jsonc": `// Demo server, see https://example.test/docs
{
  "name": "cloudflare-mcp-demo-product", /* the Worker */
  "vars": { "URL": "http://127.0.0.1:8787/client/v4" },
  "dev": { "ip": "127.0.0.1", "port": 8793, },
}`,
  });
  app("alpha-product", { "wrangler.json": '{ "dev": { "port": 8792 } }' });
  app("no-port", { "wrangler.jsonc": '{ "name": "x" }' });
  app("not-a-worker", { "package.json": "{}" });
  app("broken", { "wrangler.jsonc": "{ dev: " });
});

afterAll(() => rmSync(appsDir, { recursive: true, force: true }));

const discover = () =>
  discoverAppServers({
    appsDir,
    apps: ["alpha-product", "broken", "demo-product", "no-port", "not-a-worker", "secrets-store"],
    known: APP_SERVERS,
  });

describe("discoverAppServers", () => {
  it("finds apps outside the contract by their dev.port, ordered by port", () => {
    expect(discover().servers).toEqual([
      {
        name: "alpha-product",
        defaultPort: 8792,
        portVariable: "ALPHA_PRODUCT_PORT",
        clientKey: "cloudflare-alpha-product",
      },
      {
        name: "demo-product",
        defaultPort: 8793,
        portVariable: "DEMO_PRODUCT_PORT",
        clientKey: "cloudflare-demo-product",
      },
    ]);
  });

  it("says why an app cannot be started instead of guessing a port", () => {
    const skipped = Object.fromEntries(discover().skipped.map((s) => [s.name, s.reason]));
    expect(Object.keys(skipped).sort()).toEqual(["broken", "no-port", "not-a-worker"]);
    expect(skipped["no-port"]).toContain('"dev": { "port": <number> }');
    expect(skipped["not-a-worker"]).toContain("no wrangler.jsonc");
    expect(skipped.broken).toContain("does not parse");
  });
});

describe("planStack with discovered apps", () => {
  it("starts them after the contract's servers and honours their port variable", () => {
    const plan = planStack({
      env: { DEMO_PRODUCT_PORT: "9100" },
      existingApps: ["secrets-store", "alpha-product", "demo-product"],
      discoveredApps: discover().servers,
      repoRoot: "/repo",
    });
    expect(plan.apps.map((entry) => [entry.definition.name, entry.port])).toEqual([
      ["secrets-store", 8791],
      ["alpha-product", 8792],
      ["demo-product", 9100],
    ]);
  });

  it("rejects a bad value of a derived port variable, naming it", () => {
    expect(() =>
      planStack({
        env: { DEMO_PRODUCT_PORT: "x" },
        existingApps: ["demo-product"],
        discoveredApps: discover().servers,
        repoRoot: "/repo",
      }),
    ).toThrow(/DEMO_PRODUCT_PORT=x is not a port number/);
  });

  it("shows a discovered server in the banner and the client configuration", () => {
    const demo = discover().servers.find((server) => server.name === "demo-product")!;
    const banner = renderBanner({
      emulatorApiUrl: "http://127.0.0.1:8787/client/v4",
      externalApiBaseUrl: undefined,
      apps: [{ definition: demo, mcpUrl: "http://127.0.0.1:8793/mcp" }],
      missingApps: [],
      persistTo: "/repo/.wrangler/state",
    });
    expect(banner).toMatch(/demo-product\s+http:\/\/127\.0\.0\.1:8793\/mcp/);
    expect(banner).toContain('"cloudflare-demo-product"');
  });
});

describe("helpers", () => {
  it("derives the port variable from the folder name", () => {
    expect(portVariableFor("zero-trust")).toBe("ZERO_TRUST_PORT");
  });

  it("parses JSONC without touching comment-like text inside strings", () => {
    expect(
      parseJsonc('{ "url": "http://a/*b*/", // c\n "list": [1, 2,], /* d */ "q": "\\"//" }'),
    ).toEqual({ url: "http://a/*b*/", list: [1, 2], q: '"//' });
  });
});
