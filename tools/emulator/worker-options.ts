/// <reference types="node" />
/**
 * The emulator as an auxiliary Worker of an in-process test (`@cloudflare/vitest-plugin`'s
 * `miniflare.workers`): its source bundled once by esbuild into a content-addressed file (so
 * concurrent test runs never race on it), with the Durable Object that holds its state.
 * Requests for `http://<name>.emulator.test/...` reach an instance of their own (src/env.ts).
 */
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

/** Name of the auxiliary Worker; point a test Worker's `outboundService` at it. */
export const EMULATOR_WORKER_NAME = "cloudflare-emulator";

/** A type alias, not an interface: Miniflare's option type needs an implicit index signature. */
export type EmulatorWorkerOptions = {
  name: string;
  modules: true;
  scriptPath: string;
  modulesRoot: string;
  compatibilityDate: string;
  compatibilityFlags: string[];
  durableObjects: Record<string, { className: string; useSQLite: boolean }>;
};

const SOURCE = join(import.meta.dirname, "src", "index.ts");

export async function emulatorWorkerOptions(): Promise<EmulatorWorkerOptions> {
  const bundle = await build({
    entryPoints: [SOURCE],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    external: ["cloudflare:*", "node:*"],
    write: false,
    logLevel: "silent",
  });
  const code = bundle.outputFiles[0]?.contents;
  if (!code) throw new Error("emulator bundle is empty");
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const dir = join(tmpdir(), "cloudflare-mcp-emulator");
  mkdirSync(dir, { recursive: true });
  const scriptPath = join(dir, `emulator-${hash}.mjs`);
  const partial = `${scriptPath}.${process.pid}.tmp`;
  writeFileSync(partial, code);
  renameSync(partial, scriptPath);
  return {
    name: EMULATOR_WORKER_NAME,
    modules: true,
    scriptPath,
    // Module names are paths relative to this root; outside it workerd refuses to start.
    modulesRoot: dir,
    compatibilityDate: "2026-08-01",
    compatibilityFlags: ["nodejs_compat"],
    durableObjects: { EMULATOR: { className: "EmulatorObject", useSQLite: true } },
  };
}
