// Locates the monorepo root (the folder holding pnpm-workspace.yaml) from this module's own location.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

/** Absolute path of the repository root. Throws if this file is not inside the workspace. */
export function repoRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("local-stack: no pnpm-workspace.yaml above this package");
    dir = parent;
  }
}
