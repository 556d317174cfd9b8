/** Public API of @repo/sandbox: run agent-written JavaScript in an isolated Dynamic Worker. */
export { SandboxCodeError } from "./errors.ts";
export { instrumentCode, MAX_CODE_CHARS } from "./instrument.ts";
export { BUDGET_MESSAGE } from "./isolate-source.ts";
export {
  COMPATIBILITY_DATE,
  DEFAULT_MAX_LOG_CHARS,
  DEFAULT_MAX_RESULT_CHARS,
  DEFAULT_MAX_TICKS,
  DEFAULT_TIMEOUT_MS,
  runInSandbox,
  type SandboxFailureKind,
  type SandboxOutcome,
  type SandboxRunOptions,
} from "./run.ts";
