/**
 * Public API of @repo/sandbox: run agent-written JavaScript in an isolated Dynamic Worker, in
 * this process (deployed) or in the supervised local sandbox process (`@repo/sandbox/local`).
 * Every export is part of the apps' contract; add names deliberately.
 */
export { membersUsed } from "./analyze.ts";
export { SandboxCodeError } from "./errors.ts";
export { HostBridge } from "./host-bridge.ts";
export { CLOSED_MESSAGE, type HostFunction, type HostFunctions } from "./host-functions.ts";
export { instrumentCode, MAX_CODE_CHARS } from "./instrument.ts";
export {
  COMPATIBILITY_DATE,
  DEFAULT_LIMITS,
  RUNTIME_MODULE,
  type SandboxJob,
  type SandboxLimits,
  type SandboxModule,
  type SandboxScope,
} from "./job.ts";
export { loaderExecutor, type SandboxExecutor } from "./loader-executor.ts";
export { HOST_FAILURES, type SandboxFailureKind, type SandboxOutcome } from "./outcome.ts";
export {
  type ConnectRunSocket,
  type RemoteExecutorOptions,
  type RunSocket,
  remoteExecutor,
} from "./remote-executor.ts";
export { executorFor, runInSandbox, type SandboxEnv, type SandboxRunOptions } from "./run.ts";
