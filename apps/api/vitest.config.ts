// Node tests: a global setup seeds the spec and a docs subset into a template state folder once;
// each test file copies it and runs the emulator and this server under `wrangler dev`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["./test/global-setup.ts"],
    // Starting two wrangler processes per file takes a few seconds on a 2-core machine.
    hookTimeout: 120_000,
    testTimeout: 60_000,
    maxWorkers: 2,
  },
});
