import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { loadProductSpecs } from "./contract/load-specs";

export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.jsonc" } })],
  test: {
    // Files share one runtime per vitest worker instead of starting workerd for each file; every
    // file starts from the seed (test/seeded.ts), and every test that writes resets first.
    isolate: false,
    setupFiles: ["./test/seeded.ts"],
    // A first reset seeds every product (AI Gateway alone is ~1,700 logs); on a 2-core machine
    // running other packages' tests at the same time that can exceed vitest's 10 s default.
    hookTimeout: 60_000,
    testTimeout: 60_000,
    // The official product specs for the contract tests, or null without ../shared/data (the
    // contract tests then skip). Parsed here because workerd cannot read the file system.
    provide: { productSpecs: loadProductSpecs() },
  },
});
