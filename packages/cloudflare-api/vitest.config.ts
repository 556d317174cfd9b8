import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [
    cloudflareTest({
      miniflare: { compatibilityDate: "2026-08-01", compatibilityFlags: ["nodejs_compat"] },
    }),
  ],
  // Pure functions and scripted fetches: files can share one runner.
  test: { isolate: false },
});
