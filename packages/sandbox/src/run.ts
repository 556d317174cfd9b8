/**
 * Runs agent code in a Dynamic Worker (Worker Loader binding). The isolate has no network
 * (`globalOutbound: null`); the only way out is the `host` RPC object the caller passes, so
 * credentials stay in the host. The host never waits longer than `timeoutMs`.
 */
import type { RpcTarget } from "cloudflare:workers";
import { SandboxCodeError } from "./errors.ts";
import { instrumentCode } from "./instrument.ts";
import { isolateSource } from "./isolate-source.ts";

export const DEFAULT_TIMEOUT_MS = 30_000;
/** Loop iterations plus function calls per run: a tight loop gets through 100 million in well under a second. */
export const DEFAULT_MAX_TICKS = 100_000_000;
export const DEFAULT_MAX_RESULT_CHARS = 4_000_000;
export const DEFAULT_MAX_LOG_CHARS = 8_000;
export const COMPATIBILITY_DATE = "2026-08-01";

export interface SandboxRunOptions {
  loader: WorkerLoader;
  /** The agent's code: one (async) function expression, or a function body. */
  code: string;
  /**
   * Name of an isolate to reuse while it is warm. Runs that pass the same key must pass the same
   * code and setup (make the key a hash of everything that goes into the isolate, and of the
   * caller when callers must not share one). Omit it for a fresh isolate per run.
   */
  cacheKey?: string;
  /** Module-level statements run once per isolate; may import `modules`. `sandbox.deepFreeze` is available. */
  setup?: string;
  /** Statements run before the function in every call; `host` and `input` are in scope. */
  scope?: string;
  /** Extra modules for the isolate, built only when an isolate is created. */
  modules?: () => Record<string, WorkerLoaderModule>;
  /** The object the isolate may call (an RpcTarget); passed as `host`. */
  host?: RpcTarget;
  /** Structured-clonable data passed as `input`. */
  input?: unknown;
  timeoutMs?: number;
  maxTicks?: number;
  maxResultChars?: number;
  maxLogChars?: number;
}

export type SandboxFailureKind =
  | "code"
  | "exception"
  | "budget"
  | "recursion"
  | "timeout"
  | "too_large"
  | "isolate";

export type SandboxOutcome =
  | { ok: true /** The return value as JSON text. */; json: string; logs: string[] }
  | { ok: false; kind: SandboxFailureKind; message: string; logs: string[] };

interface IsolateEntrypoint {
  run(host: RpcTarget | undefined, input: unknown): Promise<SandboxOutcome>;
}

export async function runInSandbox(options: SandboxRunOptions): Promise<SandboxOutcome> {
  const guardName = `__sbx${randomTag()}`;
  let expression: string;
  try {
    expression = instrumentCode(options.code, guardName).expression;
  } catch (error) {
    if (error instanceof SandboxCodeError)
      return { ok: false, kind: "code", message: error.message, logs: [] };
    throw error;
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const buildCode = (): WorkerLoaderWorkerCode => ({
    compatibilityDate: COMPATIBILITY_DATE,
    mainModule: "main.js",
    modules: {
      ...options.modules?.(),
      "main.js": isolateSource({
        expression,
        guardName,
        setup: options.setup ?? "",
        scope: options.scope ?? "",
        maxTicks: options.maxTicks ?? DEFAULT_MAX_TICKS,
        timeoutMs,
        maxResultChars: options.maxResultChars ?? DEFAULT_MAX_RESULT_CHARS,
        maxLogChars: options.maxLogChars ?? DEFAULT_MAX_LOG_CHARS,
      }),
    },
    globalOutbound: null,
    limits: { cpuMs: timeoutMs },
  });
  const worker =
    options.cacheKey === undefined
      ? options.loader.load(buildCode())
      : options.loader.get(options.cacheKey, buildCode);
  const entrypoint = worker.getEntrypoint() as unknown as IsolateEntrypoint;

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<SandboxOutcome>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          ok: false,
          kind: "timeout",
          message: `Stopped: the code did not finish within ${Math.round(timeoutMs / 1000)} s. Do less per call (fewer requests, smaller loops) or split the work.`,
          logs: [],
        }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([runEntrypoint(entrypoint, options), timeout]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

async function runEntrypoint(
  entrypoint: IsolateEntrypoint,
  options: SandboxRunOptions,
): Promise<SandboxOutcome> {
  try {
    return await entrypoint.run(options.host, options.input);
  } catch (error) {
    // The isolate itself failed: the module did not load, it ran out of memory, or it was killed.
    const message = error instanceof Error ? error.message : String(error);
    if (/hung and would never generate a response/.test(message)) {
      return {
        ok: false,
        kind: "timeout",
        message:
          "Stopped: the code waits on a promise that can never settle (nothing left to run). Make sure every promise you await resolves.",
        logs: [],
      };
    }
    return { ok: false, kind: "isolate", message: `The sandbox failed: ${message}`, logs: [] };
  }
}

function randomTag(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
