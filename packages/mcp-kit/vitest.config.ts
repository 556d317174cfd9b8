import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [
    cloudflareTest({
      miniflare: {
        compatibilityDate: "2026-08-01",
        compatibilityFlags: ["nodejs_compat"],
        kvNamespaces: ["MCP_STATE"],
      },
    }),
  ],
  test: {
    // Files share one runner Worker: each test builds its own fixture app, so nothing leaks, and
    // the SDK is transformed once instead of once per file.
    isolate: false,
  },
});
