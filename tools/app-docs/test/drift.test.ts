// The drift check end to end on a throwaway app: a changed tool description fails it until the
// docs are regenerated. (test/repository.test.ts does the same against the real servers.)
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { runAppDocs } from "../src/run.ts";
import { createDemoApp, demoTools, fixtureCatalogues } from "./fixture-app.ts";

function setup() {
  const { appsDir, dir } = createDemoApp();
  onTestFinished(() => rmSync(appsDir, { recursive: true, force: true }));
  const state = { tools: demoTools(), version: "1.2.0" };
  const lines: string[] = [];
  const run = (check: boolean, apps: string[] = []) => {
    lines.length = 0;
    return runAppDocs({
      appsDir,
      apps,
      check,
      readCatalogues: fixtureCatalogues(state),
      log: (line) => lines.push(line),
    });
  };
  return { dir, state, lines, run, readme: () => readFileSync(join(dir, "README.md"), "utf8") };
}

describe("docs:tools --check", () => {
  it("fails on an app that was never generated, naming the app and the missing pieces", async () => {
    const { run, lines } = setup();
    expect(await run(true)).toBe(false);
    expect(lines.join("\n")).toContain("apps/demo: out of date; run `pnpm docs:tools demo`");
    expect(lines.join("\n")).toContain("no generated tools section");
    expect(lines.join("\n")).toContain("server.json is missing");
  });

  it("fails when a tool description changes without regenerating, and passes once regenerated", async () => {
    const { run, lines, state, readme } = setup();
    expect(await run(false)).toBe(true);
    expect(await run(true)).toBe(true);
    expect(lines).toEqual(["apps/demo: up to date (3 tools)"]);

    state.tools[0]!.description = "List every thing of the account, with sizes. Paged.";
    const before = readme();
    expect(await run(true)).toBe(false);
    expect(lines.join("\n")).toContain(
      'tool demo_things_list: "what it does" is "List the account\'s things (id, name)." in the README, the server says "List every thing of the account, with sizes."',
    );
    expect(readme()).toBe(before); // --check never writes

    expect(await run(false, ["demo"])).toBe(true);
    expect(lines[0]).toBe("apps/demo: README.md replaced, server.json unchanged (3 tools)");
    expect(await run(true)).toBe(true);
  });

  it("names added, removed and re-annotated tools, and the server.json fields that differ", async () => {
    const { run, lines, state } = setup();
    await run(false);
    state.tools[1]!.annotations = { readOnlyHint: false, destructiveHint: false };
    state.tools[1]!._meta = { "cloudflare/permission": "Demo Write" };
    state.tools.push({ name: "demo_thing_get", description: "Get one thing." });
    state.tools.splice(2, 1);
    expect(await run(true)).toBe(false);
    const report = lines.join("\n");
    expect(report).toContain(
      'tool demo_thing_delete: "destructive" is "yes" in the README, the server says "no"',
    );
    expect(report).toContain('tool demo_thing_delete: "permission" is "Demo Edit"');
    expect(report).toContain("tool demo_thing_get is served but missing from the README table");
    expect(report).toContain("tool accounts_list is in the README table but not served");
    expect(report).toContain(
      'server.json _meta.io.modelcontextprotocol.registry/publisher-provided.tools[1].permission: file has "Demo Edit", the code gives "Demo Write"',
    );
  });

  it("fails when package.json's version moves on and server.json still has the old one", async () => {
    const { run, lines, state, dir } = setup();
    await run(false);
    const packagePath = join(dir, "package.json");
    const packageJson = JSON.parse(readFileSync(packagePath, "utf8")) as { version: string };
    writeFileSync(packagePath, JSON.stringify({ ...packageJson, version: "1.3.0" }));
    state.version = "1.3.0";
    expect(await run(true)).toBe(false);
    expect(lines.join("\n")).toContain(
      'server.json version: file has "1.2.0", the code gives "1.3.0"',
    );
    expect(await run(false)).toBe(true);
    expect(await run(true)).toBe(true);
  });

  it("reports a server whose initialize version is not package.json's", async () => {
    const { run, lines, state } = setup();
    state.version = "9.9.9";
    expect(await run(false)).toBe(false);
    expect(lines[0]).toContain(
      "the server reports version 9.9.9 in initialize, package.json says 1.2.0",
    );
  });

  it("fails on a hand edit of a generated row", async () => {
    const { run, lines, dir, readme } = setup();
    await run(false);
    writeFileSync(
      join(dir, "README.md"),
      readme().replace("Delete a thing for good.", "Remove a thing."),
    );
    expect(await run(true)).toBe(false);
    expect(lines.join("\n")).toContain(
      'tool demo_thing_delete: "what it does" is "Remove a thing." in the README, the server says "Delete a thing for good."',
    );
  });

  it("refuses an app that does not exist", async () => {
    const { run } = setup();
    await expect(run(true, ["nope"])).rejects.toThrow('no app "nope" in apps/ (found: demo)');
  });
});
