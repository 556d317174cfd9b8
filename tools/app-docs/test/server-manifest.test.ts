// server.json: filled from the code and within the MCP registry schema's (2025-12-11) constraints.
import { rmSync } from "node:fs";
import { describe, expect, it, onTestFinished } from "vitest";
import { readAppInfo } from "../src/app-info.ts";
import { buildServerManifest, serializeManifest } from "../src/server-manifest.ts";
import { summarizeTool } from "../src/tool-summary.ts";
import { biomeFormat } from "./biome.ts";
import { createDemoApp, demoTools } from "./fixture-app.ts";

function demoInfo(options: Parameters<typeof createDemoApp>[0] = {}) {
  const { appsDir } = createDemoApp(options);
  onTestFinished(() => rmSync(appsDir, { recursive: true, force: true }));
  return readAppInfo(appsDir, "demo");
}

const tools = demoTools().map(summarizeTool);

describe("buildServerManifest", () => {
  it("takes name, version and description from package.json and the Worker from wrangler.jsonc", () => {
    const manifest = buildServerManifest({ info: demoInfo(), title: "Cloudflare Demo", tools });
    expect(manifest.name).toMatch(/^[a-zA-Z0-9.-]+\/[a-zA-Z0-9._-]+$/); // the schema's pattern
    expect(manifest.name).toBe("io.github.cloudflare/cloudflare-demo");
    expect(manifest.version).toBe("1.2.0");
    expect(manifest.description).toBe("Remote MCP server for the demo product.");
    expect(manifest.title).toBe("Cloudflare Demo");
    const [remote] = manifest.remotes;
    expect(remote?.type).toBe("streamable-http");
    expect(remote?.url).toMatch(/^https?:\/\/[^\s]+$/);
    expect(remote?.variables.host?.placeholder).toBe(
      "cloudflare-mcp-demo.<your-subdomain>.workers.dev",
    );
    expect(remote?.headers[0]).toEqual({
      name: "Authorization",
      description: "Bearer <Cloudflare API token> with Demo Read, Demo Edit.",
      isRequired: true,
      isSecret: true,
    });
  });

  it("lists the tools with their permissions under the publisher-provided _meta key", () => {
    const manifest = buildServerManifest({ info: demoInfo(), title: undefined, tools });
    expect(manifest.title).toBeUndefined();
    expect(manifest._meta["io.modelcontextprotocol.registry/publisher-provided"]).toEqual({
      toolCount: 3,
      tools: [
        { name: "demo_things_list", readOnly: true, permission: "Demo Read" },
        { name: "demo_thing_delete", readOnly: false, permission: "Demo Edit" },
        { name: "accounts_list", readOnly: true },
      ],
    });
  });

  it("names each permission once in the header, splitting tools that need several", () => {
    const compound = [
      ...tools,
      { ...tools[0]!, name: "demo_both", permission: "Demo Edit and Demo Read, Demo Audit" },
    ];
    const manifest = buildServerManifest({ info: demoInfo(), title: "x", tools: compound });
    expect(manifest.remotes[0]?.headers[0]?.description).toBe(
      "Bearer <Cloudflare API token> with Demo Read, Demo Edit, Demo Audit.",
    );
  });

  it("makes the Authorization header optional when the app offers OAuth sign-in", () => {
    const manifest = buildServerManifest({ info: demoInfo({ oauth: true }), title: "x", tools });
    const header = manifest.remotes[0]?.headers[0];
    expect(header?.isRequired).toBe(false);
    expect(header?.description).toContain("has OAuth set up, leave it out to sign in");
  });

  it("refuses a description longer than the registry's 100 characters", () => {
    const info = demoInfo({ description: "x".repeat(101) });
    expect(() => buildServerManifest({ info, title: "x", tools })).toThrow(
      'apps/demo/package.json "description" has 101 characters; the MCP registry allows 100: shorten it',
    );
  });

  it("serializes as JSON that Biome leaves unchanged", () => {
    const text = serializeManifest(buildServerManifest({ info: demoInfo(), title: "x", tools }));
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('\n  "version": "1.2.0",\n');
    expect(biomeFormat(text, "apps/demo/server.json")).toBe(text);
  });
});
