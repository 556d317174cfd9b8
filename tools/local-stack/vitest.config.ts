// Plain Node vitest: these tests spawn real `wrangler dev` processes, so they never run inside workerd.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Starts take seconds when the machine is idle; CI runs every package's tests at once.
    testTimeout: 120_000,
    hookTimeout: 150_000,
  },
});
