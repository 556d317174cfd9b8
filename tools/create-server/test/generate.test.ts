// Scope: what the generator writes into a workspace, and what it refuses, without installing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GenerateError, generateServer } from "../src/generate.ts";
import { TEMPLATE_NAMES, TEMPLATE_PORT } from "../src/substitute.ts";

const CLI = join(import.meta.dirname, "..", "src", "cli.ts");
const REGISTRY = `import type { Product } from "../product";
import { identityProduct } from "./identity";

export const PRODUCTS: readonly Product[] = [identityProduct];
`;

let root: string;
const registryPath = () => join(root, "tools", "emulator", "src", "products", "index.ts");
const read = (path: string) => readFileSync(join(root, path), "utf8");

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "create-server-gen-"));
  writeFileSync(join(root, "pnpm-workspace.yaml"), "packages:\n  - apps/*\n");
  writeFileSync(join(root, "package.json"), JSON.stringify({ scripts: {} }));
  mkdirSync(join(root, "tools", "emulator", "src", "products"), { recursive: true });
  writeFileSync(registryPath(), REGISTRY);
  mkdirSync(join(root, "apps", "secrets-store"), { recursive: true });
  writeFileSync(join(root, "apps", "secrets-store", "wrangler.jsonc"), '{"dev":{"port":8791}}');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("generateServer", () => {
  it("writes the app, the emulator module, its registration and a changeset", () => {
    const server = generateServer({ root, name: "zero-trust" });
    expect(server.port).toBe(8792);
    expect(server.files).toEqual(
      expect.arrayContaining([
        "apps/zero-trust/package.json",
        "apps/zero-trust/wrangler.jsonc",
        "apps/zero-trust/src/index.ts",
        "apps/zero-trust/src/tools/items.tools.ts",
        "apps/zero-trust/test/items.test.ts",
        "apps/zero-trust/README.md",
        "apps/zero-trust/.dev.vars.example",
        "tools/emulator/src/products/zero-trust/index.ts",
        "tools/emulator/src/products/index.ts",
        ".changeset/zero-trust-server.md",
      ]),
    );
    const pkg = JSON.parse(read("apps/zero-trust/package.json"));
    expect(pkg.name).toBe("zero-trust");
    expect(pkg.scripts.dev).toBe("wrangler dev --persist-to ../../.wrangler/state");
    expect(read("apps/zero-trust/wrangler.jsonc")).toContain('"port": 8792');
    expect(read("apps/zero-trust/wrangler.jsonc")).toContain(
      '"name": "cloudflare-mcp-zero-trust-dev"',
    );
    expect(read("apps/zero-trust/src/index.ts")).toContain("createMcpApp");
    expect(read("apps/zero-trust/test/tools-list.test.ts")).toContain("describeToolCatalogue");
    expect(read("apps/zero-trust/test/smoke/wrangler-dev.test.ts")).toContain(
      'describeWranglerDevSmoke("zero-trust"',
    );
    expect(read("apps/zero-trust/README.md")).toMatch(
      /<!-- BEGIN GENERATED TOOLS -->[\s\S]*<!-- END GENERATED TOOLS -->/,
    );
    expect(read(".changeset/zero-trust-server.md")).toMatch(/^---\n"zero-trust": minor\n---\n/);
    expect(read("tools/emulator/src/products/index.ts")).toContain(
      'import { zeroTrustProduct } from "./zero-trust";',
    );
  });

  it("leaves no spelling of the template's name or port in any file", () => {
    const server = generateServer({ root, name: "zero-trust" });
    const leftovers = [...Object.values(TEMPLATE_NAMES), String(TEMPLATE_PORT)];
    for (const file of server.files) {
      const text = read(file);
      for (const token of leftovers) expect(text, `${file} contains ${token}`).not.toContain(token);
    }
  });

  it("refuses an existing app folder and writes nothing", () => {
    mkdirSync(join(root, "apps", "zero-trust"));
    expect(() => generateServer({ root, name: "zero-trust" })).toThrow(
      new GenerateError(
        "apps/zero-trust already exists: pick another name, or delete it first if it is left over from an earlier run",
      ),
    );
    expect(readFileSync(registryPath(), "utf8")).toBe(REGISTRY);
    expect(existsSync(join(root, ".changeset"))).toBe(false);
  });

  it("refuses an existing emulator module of the same name", () => {
    mkdirSync(join(root, "tools", "emulator", "src", "products", "zero-trust"));
    expect(() => generateServer({ root, name: "zero-trust" })).toThrow(
      "tools/emulator/src/products/zero-trust already exists",
    );
    expect(existsSync(join(root, "apps", "zero-trust"))).toBe(false);
  });

  it("refuses a folder that is not the repository root", () => {
    rmSync(registryPath());
    expect(() => generateServer({ root, name: "zero-trust" })).toThrow(
      /products\/index\.ts is missing: is .* the root of this repository\?/,
    );
  });
});

describe("the create-server command", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env } });

  it("refuses a bad name with a clear message and exit code 1", () => {
    const result = run("Zero_Trust", "--root", root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('create-server: "Zero_Trust" is not kebab-case');
    expect(existsSync(join(root, "apps", "Zero_Trust"))).toBe(false);
  });

  it("with --skip-install, writes the server and lists the commands still to run", () => {
    const result = run("zero-trust", "--skip-install", "--root", root);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Created the zero-trust server (port 8792)");
    expect(result.stdout).toContain("  pnpm install\n");
    expect(result.stdout).toContain("pnpm --filter zero-trust test");
    expect(result.stdout).toContain("ZERO_TRUST_PORT");
    expect(existsSync(join(root, "apps", "zero-trust", "package.json"))).toBe(true);
  });

  it("asks for exactly one name", () => {
    const result = run("--root", root);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("expected one name, got 0");
  });
});
