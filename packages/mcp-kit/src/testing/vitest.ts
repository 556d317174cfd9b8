/// <reference types="node" />
/**
 * `@repo/mcp-kit/testing/vitest`: the test configuration of an app, in two projects:
 * - `workerd`: every `test/**\/*.test.ts` runs inside workerd (`@cloudflare/vitest-plugin`) with
 *   the app's own wrangler.jsonc; the emulator is an auxiliary Worker that receives the app's
 *   outbound `fetch`, so tool tests need no `wrangler dev` (see `@repo/mcp-kit/testing`);
 * - `smoke`: one file (`test/smoke/*.test.ts`) that starts the real thing under `wrangler dev`.
 */
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

type PoolOptions = Exclude<Parameters<typeof cloudflareTest>[0], (...args: never[]) => unknown>;
/** An auxiliary Worker, in Miniflare's shape. */
export type AuxiliaryWorker = NonNullable<NonNullable<PoolOptions["miniflare"]>["workers"]>[number];

export interface AppTestConfigOptions {
  /** The emulator's auxiliary Worker (`emulatorWorkerOptions` of `@repo/emulator/worker-options`). */
  emulator: () => Promise<AuxiliaryWorker & { name: string }>;
  /** Miniflare options added to the app's Worker (test-only bindings). */
  miniflare?: Record<string, unknown>;
  /** Extra options of the workerd project's `test` block (e.g. `globalSetup`, `provide`). */
  workerd?: Record<string, unknown>;
}

export const SMOKE_TESTS = "test/smoke/**/*.test.ts";

export function appTestConfig(options: AppTestConfigOptions) {
  return defineConfig({
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest(async () => {
              const emulator = await options.emulator();
              return {
                wrangler: { configPath: "./wrangler.jsonc" },
                miniflare: {
                  outboundService: emulator.name,
                  workers: [emulator],
                  ...options.miniflare,
                },
              };
            }),
          ],
          test: {
            name: "workerd",
            isolate: false,
            include: ["test/**/*.test.ts"],
            exclude: [SMOKE_TESTS],
            // A file's first request seeds its own emulator instance (AI Gateway: ~1,700 logs).
            hookTimeout: 60_000,
            testTimeout: 60_000,
            ...options.workerd,
          },
        },
        {
          test: {
            name: "smoke",
            include: [SMOKE_TESTS],
            environment: "node",
            // Starting the emulator and the app under wrangler dev takes a while on 2 cores.
            hookTimeout: 120_000,
            testTimeout: 60_000,
          },
        },
      ],
    },
  });
}
