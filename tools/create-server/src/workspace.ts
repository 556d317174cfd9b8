// The steps after writing files, run in the workspace root with its own pnpm: format, install, docs.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The nearest folder at or above `start` that holds pnpm-workspace.yaml. */
export function findWorkspaceRoot(start: string): string | undefined {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function hasRootScript(root: string, script: string): boolean {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  return typeof pkg.scripts?.[script] === "string";
}

/** Runs `pnpm <args>` in `root`, showing its output; returns whether it succeeded. */
export function runPnpm(root: string, args: readonly string[]): boolean {
  const result = spawnSync("pnpm", args, { cwd: root, stdio: "inherit" });
  return result.status === 0;
}

/**
 * Formats and lints `files` with the root's Biome, run directly: `pnpm exec` would first install
 * the new package. Returns false when Biome is not installed yet or left problems.
 */
export function formatFiles(root: string, files: readonly string[]): boolean {
  const biome = join(root, "node_modules", ".bin", "biome");
  if (!existsSync(biome)) return false;
  const result = spawnSync(biome, ["check", "--write", ...files], { cwd: root, stdio: "inherit" });
  return result.status === 0;
}
