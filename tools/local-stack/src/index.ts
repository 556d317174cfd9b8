// Public API of @repo/local-stack: run Workers, the emulator and the MCP apps locally from Node tests.
// Every export here is used by other packages' tests; add to it deliberately.
export { type ConnectMcpClientOptions, connectMcpClient } from "./mcp-client.ts";
export { findFreePort, isPortFree } from "./ports.ts";
export type { ExitInfo } from "./process-group.ts";
export { WorkerStartError } from "./readiness.ts";
export { repoRoot } from "./repo-root.ts";
export { listApps, type RunningApp, type StartAppOptions, startApp } from "./start-app.ts";
export {
  type RunningEmulator,
  type StartEmulatorOptions,
  startEmulator,
} from "./start-emulator.ts";
export { type RunningWorker, type StartWorkerOptions, startWorker } from "./start-worker.ts";
