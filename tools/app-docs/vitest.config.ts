// Plain Node vitest: the repository check starts real `wrangler dev` processes, never inside workerd.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Starts take seconds when the machine is idle; CI runs every package's tests at once.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
