// Plain Node vitest: the generation test installs, typechecks and tests a generated server, which
// spawns pnpm and `wrangler dev`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One generated server is installed and tested end to end; on a busy 2-core machine each of
    // those steps can take a minute.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
