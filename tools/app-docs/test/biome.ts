// Runs the repository's Biome on a text, as `pnpm lint` would see it at `path`.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "@repo/local-stack";

/** Biome's formatting of `text`; `path` (inside the repo, not ignored) picks the language. */
export function biomeFormat(text: string, path: string): string {
  const biome = join(repoRoot(), "node_modules", ".bin", "biome");
  const result = spawnSync(biome, ["format", `--stdin-file-path=${path}`], {
    input: text,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`biome format failed: ${result.stderr}`);
  return result.stdout;
}
