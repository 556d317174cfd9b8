/**
 * A throwaway copy of this workspace for generation tests: the root files, every package under
 * packages/ and tools/ (sources only, no node_modules), and no apps, so a generated server is
 * built, installed and tested without touching the real repository.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

const ROOT_FILES = [
  "package.json",
  "pnpm-workspace.yaml",
  "pnpm-lock.yaml",
  "tsconfig.base.json",
  "biome.json",
  "turbo.json",
  ".npmrc",
  ".gitignore",
];
const SKIPPED = new Set(["node_modules", ".turbo", ".wrangler", "dist", "coverage"]);

export function copyWorkspace(repoRoot: string): string {
  const copy = mkdtempSync(join(tmpdir(), "create-server-"));
  for (const file of ROOT_FILES) {
    if (existsSync(join(repoRoot, file))) cpSync(join(repoRoot, file), join(copy, file));
  }
  for (const group of ["packages", "tools"]) {
    for (const entry of readdirSync(join(repoRoot, group), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      cpSync(join(repoRoot, group, entry.name), join(copy, group, entry.name), {
        recursive: true,
        filter: (source) => !SKIPPED.has(basename(source)),
      });
    }
  }
  return copy;
}

export function removeWorkspace(copy: string): void {
  // Retries: a wrangler that is still exiting can add a file while the tree is being removed.
  rmSync(copy, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
