/**
 * Runs agent-written JavaScript in a Dynamic Worker and returns its JSON result or a clear
 * failure; never throws for anything the code does (only a rejected `input` is passed on). Where the isolate runs is the executor's business (this process's Worker
 * Loader when deployed, the supervised local sandbox process in development): see README.
 */
import type { HostFunctions } from "./host-functions.ts";
import { buildJob, DEFAULT_LIMITS, type SandboxLimits, type SandboxScope } from "./job.ts";
import { loaderExecutor, type SandboxExecutor } from "./loader-executor.ts";
import type { SandboxOutcome } from "./outcome.ts";
import { remoteExecutor } from "./remote-executor.ts";

export interface SandboxRunOptions {
  executor: SandboxExecutor;
  /** The agent's code: one (async) function expression, or a function body. */
  code: string;
  /** What the code sees besides `console`: names returned by the scope module. */
  scope?: SandboxScope;
  /** Functions the isolate may call as `host.call(name, args)`: its only way out. */
  host?: HostFunctions;
  /**
   * JSON data handed to the scope module, or a promise of it: the executor connects while it
   * settles (e.g. while the caller reads which account the code acts on). If it rejects, no code
   * runs and `runInSandbox` rejects with its error.
   */
  input?: unknown;
  limits?: Partial<SandboxLimits>;
}

export async function runInSandbox(options: SandboxRunOptions): Promise<SandboxOutcome> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const input = Promise.resolve(options.input ?? null);
  const built = buildJob({
    code: options.code,
    limits,
    ...(options.scope ? { scope: options.scope } : {}),
    input,
  });
  if (!built.ok) {
    // The caller's own failure (say, an unknown account) comes first, as if it had been awaited.
    await input;
    return built.outcome;
  }
  return options.executor.run(built.job, options.host ?? {});
}

/** Bindings and variables that say where code runs. */
export interface SandboxEnv {
  /** Worker Loader binding: runs code in this process (deployed). */
  LOADER?: WorkerLoader;
  /** The local sandbox process (set by `pnpm dev` and the tests); wins over LOADER. */
  SANDBOX_URL?: string;
  SANDBOX_SECRET?: string;
}

/**
 * The executor `env` asks for: the local sandbox process when SANDBOX_URL is set, else this
 * process's Worker Loader.
 * @throws Error when neither is configured (a deployment without its LOADER binding).
 */
export function executorFor(env: SandboxEnv): SandboxExecutor {
  if (env.SANDBOX_URL) {
    return remoteExecutor({ url: env.SANDBOX_URL, secret: env.SANDBOX_SECRET ?? "" });
  }
  if (env.LOADER) return loaderExecutor(env.LOADER);
  throw new Error(
    "No sandbox: bind a Worker Loader as LOADER (deployed) or set SANDBOX_URL (local sandbox).",
  );
}
