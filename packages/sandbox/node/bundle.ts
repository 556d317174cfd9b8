/**
 * Builds what the local sandbox runs: the runner Worker (runner/worker.ts and the modules it
 * shares with the host side) as one ES module for workerd (esbuild resolves the
 * `with { type: "text" }` imports as wrangler does), and the supervisor (node/cli.ts) as one
 * plain JavaScript file, so its process loads neither a TypeScript loader nor esbuild.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, stop } from "esbuild";

const RUNNER_ENTRY = join(import.meta.dirname, "..", "runner", "worker.ts");
const CLI_ENTRY = join(import.meta.dirname, "cli.ts");

/** Writes runner.js and supervisor.mjs into a new temporary folder and returns the folder. */
export async function bundleSandbox(): Promise<string> {
  const [runner, supervisor] = await Promise.all([
    build({
      entryPoints: [RUNNER_ENTRY],
      bundle: true,
      format: "esm",
      platform: "neutral",
      target: "es2023",
      external: ["cloudflare:*"],
      write: false,
      logLevel: "silent",
    }),
    build({
      entryPoints: [CLI_ENTRY],
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node22",
      // ws's optional native speed-ups; it works without them.
      external: ["bufferutil", "utf-8-validate"],
      // ws is CommonJS and requires Node's modules.
      banner: {
        js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
      },
      write: false,
      logLevel: "silent",
    }),
  ]);
  // esbuild keeps a service process for later builds; there are none.
  await stop();
  const dir = await mkdtemp(join(tmpdir(), "sandbox-"));
  await writeFile(join(dir, "runner.js"), runner.outputFiles[0]?.text ?? "");
  await writeFile(join(dir, "supervisor.mjs"), supervisor.outputFiles[0]?.text ?? "");
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
