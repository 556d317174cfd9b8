/// <reference types="node" />
/**
 * The configuration of `pnpm --filter @repo/bench call-path` only (never part of `pnpm test`): each
 * app runs in process in workerd, as `@repo/mcp-kit/testing` runs it, with the emulator bound in
 * and every repository source file instrumented by istanbul, so a test can read which files one
 * call executed (see calls.ts).
 */
import { join } from "node:path";
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { emulatorWorkerOptions } from "@repo/emulator/worker-options";
import { textImports } from "@repo/sandbox/vite";
import { defineConfig } from "vitest/config";

const REPO = join(import.meta.dirname, "..", "..");

function appProject(app: string) {
  return {
    // The pool finds vitest from the project's root: bench/ has it, the repository root has not.
    root: join(REPO, "bench"),
    plugins: [
      // The api imports its sandbox modules as text, as wrangler's esbuild does.
      textImports(),
      cloudflareTest(async () => {
        const emulator = await emulatorWorkerOptions();
        return {
          wrangler: { configPath: join(REPO, "apps", app, "wrangler.jsonc") },
          miniflare: { outboundService: emulator.name, workers: [emulator] },
        };
      }),
    ],
    test: {
      name: app,
      include: [`call-path/${app}.call-path.ts`],
      provide: { repoRoot: REPO },
      hookTimeout: 60_000,
      testTimeout: 60_000,
    },
  };
}

export default defineConfig({
  test: {
    root: join(REPO, "bench"),
    projects: [appProject("secrets-store"), appProject("api")],
    coverage: {
      enabled: true,
      provider: "istanbul",
      // Every deployed source file of the repository; the emulator runs as a separate Worker.
      include: [`${REPO}/apps/*/src/**/*.ts`, `${REPO}/packages/*/src/**/*.ts`],
      allowExternal: true,
      exclude: ["**/*.test.ts", "**/testing/**", "**/test-support.ts"],
      reporter: [],
      reportsDirectory: join(REPO, "node_modules", ".cache", "call-path-coverage"),
    },
  },
});
