/**
 * Builds the runner Worker (runner/worker.ts and the modules it shares with the host side) into
 * one ES module for workerd. esbuild resolves the `with { type: "text" }` imports as wrangler does.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

const RUNNER_ENTRY = join(import.meta.dirname, "..", "runner", "worker.ts");

/** Writes runner.js into a new temporary folder and returns the folder. */
export async function bundleRunner(): Promise<string> {
  const result = await build({
    entryPoints: [RUNNER_ENTRY],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2023",
    external: ["cloudflare:*"],
    write: false,
    logLevel: "silent",
  });
  const dir = await mkdtemp(join(tmpdir(), "sandbox-runner-"));
  await writeFile(join(dir, "runner.js"), result.outputFiles[0]?.text ?? "");
  return dir;
}

/** The workerd binary that wrangler uses (same version, from the `workerd` package). */
export function workerdBinary(): string {
  const require = createRequire(import.meta.url);
  const workerd = require("workerd") as { default?: string } | string;
  const path = typeof workerd === "string" ? workerd : workerd.default;
  if (!path) throw new Error("the workerd package did not name its binary");
  return path;
}
