// In-process tests (workerd, the emulator bound in) plus one wrangler dev smoke file: see @repo/mcp-kit/testing.
import { emulatorWorkerOptions } from "@repo/emulator/worker-options";
import { appTestConfig } from "@repo/mcp-kit/testing/vitest";

export default appTestConfig({ emulator: emulatorWorkerOptions });
