import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [
    cloudflareTest({
      miniflare: { compatibilityDate: "2026-08-01", compatibilityFlags: ["nodejs_compat"] },
    }),
  ],
  // The tests are pure functions over fixture objects and share no state, so one workerd
  // instance can run every file; starting one per file would cost about a second each.
  test: { isolate: false },
});
