// A throwaway app folder and a recorded-style tools/list for tests that need no running server.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AppCatalogue, CatalogueResult } from "../src/catalogue.ts";
import type { ListedTool } from "../src/tool-summary.ts";

export function demoTools(): ListedTool[] {
  return [
    {
      name: "demo_things_list",
      description: "List the account's things (id, name). Paged, newest first.",
      annotations: { readOnlyHint: true, destructiveHint: false },
      _meta: { "cloudflare/permission": "Demo Read" },
    },
    {
      name: "demo_thing_delete",
      description: "Delete a thing for good. Confirm with the user first.",
      annotations: { readOnlyHint: false, destructiveHint: true },
      _meta: { "cloudflare/permission": "Demo Edit" },
    },
    {
      name: "accounts_list",
      description: "List the accounts.",
      annotations: { readOnlyHint: true },
    },
  ];
}

export interface FixtureApps {
  appsDir: string;
  dir: string;
}

/** apps/demo with a package.json, a wrangler.jsonc (comments and all) and a README. */
export function createDemoApp(
  options: { oauth?: boolean; description?: string } = {},
): FixtureApps {
  const appsDir = mkdtempSync(join(tmpdir(), "app-docs-"));
  const dir = join(appsDir, "demo");
  mkdirSync(dir);
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name: "demo",
      version: "1.2.0",
      description: options.description ?? "Remote MCP server for the demo product.",
    }),
  );
  const kv = [
    '{ "binding": "MCP_STATE", "id": "x" }',
    ...(options.oauth ? ['{ "binding": "OAUTH_KV", "id": "y" }'] : []),
  ].join(", ");
  writeFileSync(
    join(dir, "wrangler.jsonc"),
    `// demo\n{\n  "name": "demo-dev",\n  "env": {\n    // production\n    "production": { "name": "cloudflare-mcp-demo", "kv_namespaces": [${kv}], },\n  },\n}\n`,
  );
  writeFileSync(
    join(dir, "README.md"),
    "# Demo MCP server\n\nWhat it is.\n\n## Tools\n\nEvery tool takes `account_id`.\n\n## Deploy\n\nSteps.\n",
  );
  return { appsDir, dir };
}

/** A catalogue reader that answers like the demo server would, from `tools` and `version`. */
export function fixtureCatalogues(state: {
  tools: ListedTool[];
  version: string;
}): (apps: readonly string[]) => Promise<CatalogueResult[]> {
  return async (apps) =>
    apps.map((app): CatalogueResult => {
      const catalogue: AppCatalogue = {
        app,
        server: { name: `cloudflare-${app}`, title: "Cloudflare Demo", version: state.version },
        tools: structuredClone(state.tools),
      };
      return { ok: true, catalogue };
    });
}
