// Plain Node vitest: the tests drive a throwaway git repository with the real git.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
  },
});
