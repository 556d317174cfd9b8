/**
 * What a sandbox run returns. Executors never throw: every failure is an outcome with a kind, so
 * callers can log it and tell the model what to do next.
 */
import type { Outcome } from "./isolate/runtime";

/**
 * - `code`: the code is empty, too long, not JavaScript or not a function (nothing ran);
 * - `exception`: the code threw; `recursion`: it overflowed the stack;
 * - `budget`: too many loop iterations or calls; `timeout`: it ran or waited past its time limit;
 * - `cpu`: it kept the CPU busy past the limit where it could not be interrupted (inside a
 *   built-in such as a regular expression or a sort), so its sandbox was stopped;
 * - `memory`: it used more memory than the sandbox allows; its sandbox was stopped;
 * - `crash`: the sandbox failed for another reason (it died, or could not start);
 * - `too_large`: the return value is larger than allowed.
 */
export type SandboxFailureKind =
  | "code"
  | "exception"
  | "recursion"
  | "budget"
  | "timeout"
  | "cpu"
  | "memory"
  | "crash"
  | "too_large";

export type SandboxOutcome =
  | Extract<Outcome, { ok: true }>
  | { ok: false; kind: SandboxFailureKind; message: string; logs: string[] };

export function failed(kind: SandboxFailureKind, message: string): SandboxOutcome {
  return { ok: false, kind, message, logs: [] };
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** Messages for failures the host sees from outside the isolate, written for the model. */
export const HOST_FAILURES = {
  timeout: (limitMs: number) =>
    failed(
      "timeout",
      `Stopped: the code did not finish within ${seconds(limitMs)}. Do less per call (fewer requests, smaller loops) or split the work.`,
    ),
  hung: () =>
    failed(
      "timeout",
      "Stopped: the code waits on a promise that can never settle (nothing left to run). Make sure every promise you await resolves.",
    ),
  cpu: (limitMs: number) =>
    failed(
      "cpu",
      `Stopped: the code kept the CPU busy past its ${seconds(limitMs)} limit inside a built-in operation (for example a regular expression that backtracks, or sorting, filling or searching a huge array), so its sandbox was restarted. Use smaller inputs or a simpler pattern.`,
    ),
  memory: () =>
    failed(
      "memory",
      "Stopped: the code used more memory than the sandbox allows, so its sandbox was restarted. Work on less data at a time (slice arrays, avoid building huge strings).",
    ),
  crash: (detail: string) =>
    failed(
      "crash",
      `The sandbox failed while running the code (${detail}). Call again; if it keeps failing, simplify the code.`,
    ),
} as const;
