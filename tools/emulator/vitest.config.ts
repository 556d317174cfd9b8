import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.jsonc" } })],
  test: {
    // Resets re-seed every product (AI Gateway alone is ~1,700 logs); on a 2-core machine running
    // other packages' tests at the same time that can exceed vitest's 10 s default.
    hookTimeout: 60_000,
    testTimeout: 60_000,
  },
});
