import { defineConfig } from "vitest/config";

// Pure data and pure functions: plain Node is enough.
export default defineConfig({ test: { include: ["src/**/*.test.ts"] } });
