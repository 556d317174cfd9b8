/// <reference path="./isolate/text-modules.d.ts" />
/**
 * A sandbox job: everything a Dynamic Worker needs to run one piece of agent code, as data an
 * executor can run in this process (Worker Loader) or send to a local sandbox process.
 *
 * The isolate gets three kinds of module: the generated main module (the agent's instrumented
 * function, compiled in because workerd forbids eval at request time), the runtime
 * (isolate/runtime.isolate.js: guard, console, outcome), and the caller's scope module, which
 * exports `scope(host, input)` returning the names the code sees (`cloudflare`, `spec`...).
 */
import { COMPATIBILITY_DATE } from "./compatibility.ts";
import { SandboxCodeError } from "./errors.ts";
import { instrumentCode } from "./instrument.ts";
import RUNTIME_SOURCE from "./isolate/runtime.isolate.js" with { type: "text" };
import { failed, type SandboxOutcome } from "./outcome.ts";

export { COMPATIBILITY_DATE };
export const MAIN_MODULE = "main.js";
export const RUNTIME_MODULE = "sandbox-runtime.js";
export const SCOPE_MODULE = "sandbox-scope.js";

/**
 * One module of the isolate. `shared` modules are large and the same for many jobs (a spec):
 * they carry a content id so an executor in another process can cache them and ask for the
 * source only once; `source` is read only when needed.
 */
export type SandboxModule =
  | { js: string }
  | { text: string }
  | { shared: { id: string; kind: "js" | "text"; source: () => string | Promise<string> } };

/** What the caller puts in scope. */
export interface SandboxScope {
  /** Source of an ES module exporting `scope(host, input)`; it may import `modules` and "sandbox-runtime.js". */
  module: string;
  /** The names `scope` returns, bound as constants around the code. */
  names: readonly string[];
  modules?: Readonly<Record<string, SandboxModule>>;
}

export interface SandboxLimits {
  /** Wall-clock limit of one run, also its CPU limit where the platform enforces one. */
  timeoutMs: number;
  /** Loop iterations plus function calls per run. */
  maxTicks: number;
  maxResultChars: number;
  maxLogChars: number;
}

export const DEFAULT_LIMITS: SandboxLimits = {
  timeoutMs: 30_000,
  // A tight loop gets through 100 million in well under a second.
  maxTicks: 100_000_000,
  maxResultChars: 4_000_000,
  maxLogChars: 8_000,
};

/** A job ready for an executor. */
export interface SandboxJob {
  modules: Record<string, SandboxModule>;
  /**
   * The JSON data handed to the scope module, once the caller has it: an executor gets ready for
   * the run (a remote one connects) meanwhile. When it rejects, nothing runs and the executor
   * rethrows its error.
   */
  input: Promise<unknown>;
  timeoutMs: number;
}

/**
 * Builds the job for `code`, or the `code` failure that explains why it cannot run.
 * @param guardName random identifier of the guard; every generated module-level name starts with it.
 */
export function buildJob(
  request: {
    code: string;
    scope?: SandboxScope;
    input?: Promise<unknown>;
    limits: SandboxLimits;
  },
  guardName: string = `__sbx${randomTag()}`,
): { ok: true; job: SandboxJob } | { ok: false; outcome: SandboxOutcome } {
  let expression: string;
  try {
    expression = instrumentCode(request.code, guardName).expression;
  } catch (error) {
    if (error instanceof SandboxCodeError)
      return { ok: false, outcome: failed("code", error.message) };
    throw error;
  }
  const { limits, scope } = request;
  return {
    ok: true,
    job: {
      modules: {
        [MAIN_MODULE]: { js: mainModule({ expression, guardName, limits, scope }) },
        [RUNTIME_MODULE]: { js: RUNTIME_SOURCE },
        ...(scope ? { ...scope.modules, [SCOPE_MODULE]: { js: scope.module } } : {}),
      },
      input: request.input ?? Promise.resolve(null),
      timeoutMs: limits.timeoutMs,
    },
  };
}

function mainModule(options: {
  expression: string;
  guardName: string;
  limits: SandboxLimits;
  scope: SandboxScope | undefined;
}): string {
  const { guardName: G, limits, scope } = options;
  const names = scope?.names ?? [];
  for (const name of names) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new TypeError(`Invalid scope name ${name}`);
  }
  const runOptions = {
    maxTicks: limits.maxTicks,
    // Leave the guard's error time to travel back before the executor gives up waiting.
    deadlineMs: Math.max(limits.timeoutMs - 250, 50),
    maxResultChars: limits.maxResultChars,
    maxLogChars: limits.maxLogChars,
  };
  return `import { WorkerEntrypoint } from "cloudflare:workers";
import { createRun as ${G}_createRun } from "${RUNTIME_MODULE}";
${scope ? `import { scope as ${G}_scope } from "${SCOPE_MODULE}";` : ""}
const ${G}_run = ${G}_createRun(${JSON.stringify(runOptions)});
const ${G} = ${G}_run.guard;
export default class extends WorkerEntrypoint {
  async run(host, input) {
    return ${G}_run.execute(async () => {
      const console = ${G}_run.console;
      ${scope ? `const { ${names.join(", ")} } = ${G}_scope(host, input);` : ""}
      const ${G}_fn = ${options.expression};
      return await ${G}_fn();
    });
  }
}
`;
}

function randomTag(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
