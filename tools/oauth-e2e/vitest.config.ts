// Node tests: each file starts the emulator and one server under `wrangler dev` (see src/stack.ts).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    hookTimeout: 90_000,
    testTimeout: 60_000,
    maxWorkers: 2,
  },
});
