// Node tests: the local sandbox supervisor and its processes, driven as a host would drive them.
import { join } from "node:path";
import { defineConfig } from "vitest/config";
import { textImports } from "./node/vite-text-imports.ts";

export default defineConfig({
  plugins: [textImports()],
  resolve: {
    // src/ is Workers code; the one runtime import it makes is replaced for Node.
    alias: {
      "cloudflare:workers": join(import.meta.dirname, "node-test", "cloudflare-workers.ts"),
    },
  },
  test: {
    include: ["node-test/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
