// Plain Node vitest: unit tests of the guard, and real `wrangler deploy --dry-run` runs of every app.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
  },
});
