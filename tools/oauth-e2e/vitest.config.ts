// Node tests against the emulator and the servers under `wrangler dev`, started once for every
// file by src/global-setup.ts (see src/stack.ts). Files run one at a time: they share the
// emulator's OAuth upstream (token lifetime, grants), and each starts from its seed.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["./src/global-setup.ts"],
    setupFiles: ["./test/seeded.ts"],
    fileParallelism: false,
    hookTimeout: 90_000,
    testTimeout: 60_000,
  },
});
