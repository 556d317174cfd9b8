// The CI gate: every app's README tools table and server.json match what its running server lists
// (one emulator, every app under `wrangler dev`, real MCP clients), so `pnpm test` fails on drift.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listApps, repoRoot } from "@repo/local-stack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CatalogueResult, readCatalogues } from "../src/catalogue.ts";
import { runAppDocs } from "../src/run.ts";
import { summarizeTool } from "../src/tool-summary.ts";

/** Apps whose tools have no fixed token permission (see the test below). */
const APPS_WITHOUT_FIXED_PERMISSIONS = new Set(["api"]);

const apps = listApps();
let results: CatalogueResult[] = [];
const scratch = mkdtempSync(join(tmpdir(), "app-docs-repo-"));

beforeAll(async () => {
  results = await readCatalogues(apps);
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A catalogue reader that answers from the servers already read in beforeAll. */
function recorded(edit: (result: CatalogueResult) => CatalogueResult = (result) => result) {
  return async (wanted: readonly string[]) =>
    results
      .filter((result) => wanted.includes(result.ok ? result.catalogue.app : result.app))
      .map((result) => edit(structuredClone(result)));
}

describe.skipIf(apps.length === 0)("the committed docs of every app", () => {
  it("match the tools each server lists (pnpm docs:tools --check)", async () => {
    const lines: string[] = [];
    const ok = await runAppDocs({
      appsDir: join(repoRoot(), "apps"),
      apps: [],
      check: true,
      readCatalogues: recorded(),
      log: (line) => lines.push(line),
    });
    expect(ok, `${lines.join("\n")}\n\nRun \`pnpm docs:tools\` and commit the result.`).toBe(true);
  });

  it("carry each product tool's permission, published under the key the docs read", () => {
    for (const result of results) {
      if (!result.ok) continue;
      // The api server's tools reach every product: the permission depends on the endpoint the
      // agent's code calls, so none is fixed per tool.
      if (APPS_WITHOUT_FIXED_PERMISSIONS.has(result.catalogue.app)) continue;
      const permissions = result.catalogue.tools
        .map(summarizeTool)
        .filter((tool) => tool.permission);
      expect(permissions.length, `apps/${result.catalogue.app}`).toBeGreaterThan(0);
    }
  });
});

describe.skipIf(apps.length === 0)("a tool description changed without regenerating", () => {
  it("fails the check, naming the app and the tool, until the docs are regenerated", async () => {
    const app = apps[0] as string;
    const appsDir = join(scratch, "apps");
    mkdirSync(join(appsDir, app), { recursive: true });
    for (const file of ["package.json", "wrangler.jsonc", "README.md", "server.json"]) {
      const source = join(repoRoot(), "apps", app, file);
      if (existsSync(source)) copyFileSync(source, join(appsDir, app, file));
    }
    const original = results.find((result) => result.ok && result.catalogue.app === app);
    if (!original?.ok) throw new Error(`apps/${app} did not answer tools/list`);
    const changedTool = original.catalogue.tools.at(-1)?.name;
    const changed = recorded((result) => {
      if (!result.ok) return result;
      const tool = result.catalogue.tools.find((candidate) => candidate.name === changedTool);
      if (tool) tool.description = "Does something else now. Details follow.";
      return result;
    });
    const lines: string[] = [];
    const run = (check: boolean) => {
      lines.length = 0;
      return runAppDocs({
        appsDir,
        apps: [app],
        check,
        readCatalogues: changed,
        log: (line) => lines.push(line),
      });
    };

    expect(await run(true)).toBe(false);
    expect(lines[0]).toBe(`apps/${app}: out of date; run \`pnpm docs:tools ${app}\`:`);
    expect(lines.join("\n")).toContain(`tool ${changedTool}: "what it does" is `);
    expect(lines.join("\n")).toContain('the server says "Does something else now."');

    expect(await run(false)).toBe(true);
    expect(await run(true)).toBe(true);
    const regenerated = readFileSync(join(appsDir, app, "README.md"), "utf8");
    expect(regenerated).toContain("| Does something else now.");
  });
});
