// Workerd tests: the sandbox with a real Worker Loader binding (the deployed executor).
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { textImports } from "./node/vite-text-imports.ts";

export default defineConfig({
  plugins: [textImports(), cloudflareTest({ wrangler: { configPath: "./wrangler.jsonc" } })],
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
