/**
 * Scope: the template never rots. Generates a server into a throwaway copy of this workspace
 * (`--root`, so the real apps/ is never touched), then installs, lints, typechecks and tests it
 * there with pnpm, exactly as a contributor would after `pnpm create-server`.
 */
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deriveNames } from "../src/names.ts";
import { findWorkspaceRoot } from "../src/workspace.ts";
import { copyWorkspace, removeWorkspace } from "./workspace-copy.ts";

/** Long on purpose: longer names push template lines past the width, which Biome must fix. */
const NAME = "generator-check-long-product-name";
const CLI = join(import.meta.dirname, "..", "src", "cli.ts");
const repoRoot = findWorkspaceRoot(import.meta.dirname)!;

/** The parent vitest's variables would make the generated server's vitest think it is a worker. */
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST"))),
  NO_COLOR: "1",
};

let copy: string;
let generation: SpawnSyncReturns<string>;

function run(command: string, args: readonly string[]): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd: copy, env, encoding: "utf8" });
}

/** Fails with the command's own output, which is what anyone fixing it needs. */
function expectSuccess(result: SpawnSyncReturns<string>): void {
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}

beforeAll(() => {
  copy = copyWorkspace(repoRoot);
  generation = run(process.execPath, [CLI, NAME, "--root", copy]);
});

afterAll(() => {
  if (copy) removeWorkspace(copy);
});

describe(`pnpm create-server ${NAME}, in a copy of the workspace`, () => {
  it("generates and installs the server", () => {
    expectSuccess(generation);
    expect(generation.stdout).toContain(`Created the ${NAME} server`);
    expect(existsSync(join(copy, "apps", NAME, "node_modules", "@repo", "mcp-kit"))).toBe(true);
    expect(existsSync(join(repoRoot, "apps", NAME)), "the real apps/ must stay untouched").toBe(
      false,
    );
  });

  it("passes Biome", () => {
    expectSuccess(
      run("pnpm", [
        "exec",
        "biome",
        "ci",
        `apps/${NAME}`,
        `tools/emulator/src/products/${NAME}`,
        "tools/emulator/src/products/index.ts",
      ]),
    );
  });

  it("typechecks, and so does the emulator with its new module", () => {
    expectSuccess(run("pnpm", ["--filter", NAME, "typecheck"]));
    expectSuccess(run("pnpm", ["--filter", "@repo/emulator", "typecheck"]));
  });

  it("passes its own tests in process (workerd, the emulator bound in)", () => {
    // The workerd project only: the generated app under wrangler dev is covered by the docs
    // drift check below, which starts it and lists its tools.
    const result = run("pnpm", ["--filter", NAME, "test", "--project", "workerd"]);
    expectSuccess(result);
    expect(result.stdout).toMatch(/Tests\s+\d+ passed/);
    expect(result.stdout).not.toMatch(/skipped|failed/);
  });

  it("builds for production and staging (wrangler deploy --dry-run)", () => {
    expectSuccess(run("pnpm", ["--filter", NAME, "build"]));
  });

  it("has README docs and server.json filled from the running server", (context) => {
    // The generator itself ran `pnpm docs:tools` (the server under wrangler dev, tools/list); the
    // drift check's write-then-check agreement is app-docs' own test (drift.test.ts).
    const pkg = JSON.parse(readFileSync(join(copy, "package.json"), "utf8"));
    if (!pkg.scripts?.["docs:tools"]) context.skip("no docs:tools script in this repository");
    const written = new RegExp(
      `apps/${NAME}: README\\.md \\w+, server\\.json \\w+ \\((\\d+) tools\\)`,
    );
    const count = Number(written.exec(generation.stdout)?.[1]);
    expect(count, generation.stdout).toBeGreaterThan(0);
    const readme = readFileSync(join(copy, "apps", NAME, "README.md"), "utf8");
    const block = readme
      .split("<!-- BEGIN GENERATED TOOLS -->")[1]
      ?.split("<!-- END GENERATED TOOLS -->")[0];
    expect(block).toContain(`\`${deriveNames(NAME).snake}_items_list\``);
    expect(block).not.toContain("to fill this table");
    const manifest = JSON.parse(readFileSync(join(copy, "apps", NAME, "server.json"), "utf8"));
    expect(
      Object.values(manifest._meta).map((meta) => (meta as { toolCount?: number }).toolCount),
    ).toContain(count);
  });
});
