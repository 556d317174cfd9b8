import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { docsMigrations } from "./src/test-migrations.ts";

// The tests apply the package's own migrations (test/apply-migrations.ts) to fresh databases.
const migrations = await docsMigrations();

export default defineConfig({
  plugins: [
    cloudflareTest({
      miniflare: {
        compatibilityDate: "2026-08-01",
        compatibilityFlags: ["nodejs_compat"],
        d1Databases: {
          DOCS_DB: "docs-test",
          EMPTY_DOCS_DB: "docs-test-empty",
          OLD_DOCS_DB: "docs-test-old",
          BARE_DOCS_DB: "docs-test-bare",
        },
        bindings: { TEST_MIGRATIONS: migrations },
      },
    }),
  ],
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    setupFiles: ["./test/apply-migrations.ts"],
  },
});
