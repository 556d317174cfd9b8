// Node tests: each file starts the emulator and this server under `wrangler dev` (see test/harness.ts).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Starting two wrangler processes per file takes a few seconds on a 2-core machine.
    hookTimeout: 90_000,
    testTimeout: 30_000,
    maxWorkers: 2,
  },
});
