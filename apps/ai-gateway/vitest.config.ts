// In-process tests (workerd, the emulator bound in) plus one wrangler dev smoke file: see @repo/mcp-kit/testing.
import { docsMigrations } from "@repo/docs-search/test-migrations";
import { emulatorWorkerOptions } from "@repo/emulator/worker-options";
import { appTestConfig } from "@repo/mcp-kit/testing/vitest";

export default appTestConfig({
  emulator: emulatorWorkerOptions,
  // The docs index's schema for test/docs.test.ts, read here because workerd has no file system.
  workerd: { provide: { docsMigrations: await docsMigrations() } },
});
