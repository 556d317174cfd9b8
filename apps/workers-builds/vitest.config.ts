// In-process tests (workerd, the emulator bound in) plus one wrangler dev smoke file: see @repo/mcp-kit/testing.

import { docsMigrations } from "@repo/docs-search/test-migrations";
import { loadProductSpecs } from "@repo/emulator/contract/load-specs";
import { emulatorWorkerOptions } from "@repo/emulator/worker-options";
import { appTestConfig } from "@repo/mcp-kit/testing/vitest";

export default appTestConfig({
  emulator: emulatorWorkerOptions,
  // The official specs for the request-contract test (null without ../shared/data: it skips).
  workerd: {
    provide: { productSpecs: loadProductSpecs(), docsMigrations: await docsMigrations() },
  },
});
