/**
 * Types of the isolate runtime (runtime.isolate.js): the contract between the code that runs in
 * a Dynamic Worker and the host that reads its outcome. The host's `SandboxOutcome` is this
 * `Outcome` widened with the failures only the host can see (src/outcome.ts).
 */

export interface RunOptions {
  /** Loop iterations plus function calls allowed in one run. */
  maxTicks: number;
  /** Milliseconds from the start of `execute` after which the guard stops the code. */
  deadlineMs: number;
  /** Longest JSON text of the return value. */
  maxResultChars: number;
  /** Console output kept, in characters. */
  maxLogChars: number;
}

/** What a run reports from inside the isolate. */
export type Outcome =
  | { ok: true /** The return value as JSON text. */; json: string; logs: string[] }
  | {
      ok: false;
      kind: "budget" | "timeout" | "recursion" | "exception" | "too_large";
      message: string;
      logs: string[];
    };

export interface CapturedConsole {
  log(...args: unknown[]): void;
  info(...args: unknown[]): void;
  debug(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

export interface Run {
  /** Called by instrumented code at the top of every loop and function body. */
  guard(): void;
  /** Runs the code's function and reports what it returned or threw. Never throws. */
  execute(body: () => Promise<unknown>): Promise<Outcome>;
  console: CapturedConsole;
}
