/**
 * Runs jobs in Dynamic Workers of this process, through a Worker Loader binding. Deployed, this is
 * the executor: the platform enforces `limits.cpuMs` and each isolate's memory. Locally it runs
 * inside the local sandbox process (see runner/), never in the process that holds the MCP
 * connections.
 *
 * Every run gets a fresh isolate from `LOADER.load()`: local workerd frees those once their stubs
 * are gone, while isolates named with `LOADER.get(id)` are never evicted locally (measured: see
 * the README), and a fresh isolate means no state, budget or failure carries over between runs.
 */
import type { RpcTarget } from "cloudflare:workers";
import { COMPATIBILITY_DATE } from "./compatibility.ts";
import { HostBridge } from "./host-bridge.ts";
import type { HostFunctions } from "./host-functions.ts";
import { MAIN_MODULE, type SandboxJob } from "./job.ts";
import { HOST_FAILURES, type SandboxOutcome } from "./outcome.ts";

/** Runs one job; never throws. Implementations: `loaderExecutor`, `remoteExecutor`. */
export interface SandboxExecutor {
  run(job: SandboxJob, host: HostFunctions): Promise<SandboxOutcome>;
}

/** What one isolate run needs besides its modules, with the input settled. */
export interface ResolvedRun {
  input: unknown;
  timeoutMs: number;
}

interface IsolateEntrypoint {
  run(host: RpcTarget, input: unknown): Promise<SandboxOutcome>;
}

export function loaderExecutor(loader: WorkerLoader): SandboxExecutor {
  return {
    run: async (job, host) => {
      const [input, modules] = await Promise.all([job.input, resolveModules(job)]);
      const bridge = new HostBridge(host);
      try {
        return await runInLoader(loader, modules, { input, timeoutMs: job.timeoutMs }, bridge);
      } finally {
        HostBridge.close(bridge);
      }
    },
  };
}

/** Module sources for the Worker Loader, reading shared modules. */
export async function resolveModules(job: SandboxJob): Promise<Record<string, WorkerLoaderModule>> {
  const modules: Record<string, WorkerLoaderModule> = {};
  for (const [name, module] of Object.entries(job.modules)) {
    if ("shared" in module) {
      const source = await module.shared.source();
      modules[name] = module.shared.kind === "js" ? { js: source } : { text: source };
    } else {
      modules[name] = module;
    }
  }
  return modules;
}

/**
 * Loads the modules into a fresh isolate and runs it with `bridge` as its host. Gives up after
 * `job.timeoutMs` (code waiting on a promise that never settles); disposes the stubs it made.
 * `bridge` is the isolate's `host`: an RpcTarget with `call(name, args)`.
 */
export async function runInLoader(
  loader: WorkerLoader,
  modules: Record<string, WorkerLoaderModule>,
  job: ResolvedRun,
  bridge: RpcTarget,
): Promise<SandboxOutcome> {
  let entrypoint: IsolateEntrypoint;
  try {
    const worker = loader.load({
      compatibilityDate: COMPATIBILITY_DATE,
      mainModule: MAIN_MODULE,
      modules,
      globalOutbound: null,
      limits: { cpuMs: job.timeoutMs },
    });
    entrypoint = worker.getEntrypoint() as unknown as IsolateEntrypoint;
  } catch (error) {
    return HOST_FAILURES.crash(describe(error));
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<SandboxOutcome>((resolve) => {
    timer = setTimeout(() => resolve(HOST_FAILURES.timeout(job.timeoutMs)), job.timeoutMs);
  });
  try {
    return await Promise.race([callIsolate(entrypoint, bridge, job), timeout]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    disposeStub(entrypoint);
  }
}

/** Releases an RPC stub now rather than when it is garbage-collected. */
function disposeStub(stub: object): void {
  const dispose = (Symbol as { dispose?: symbol }).dispose;
  const release = dispose ? (stub as Record<symbol, unknown>)[dispose] : undefined;
  if (typeof release === "function") release.call(stub);
}

async function callIsolate(
  entrypoint: IsolateEntrypoint,
  bridge: RpcTarget,
  job: ResolvedRun,
): Promise<SandboxOutcome> {
  try {
    const outcome = await entrypoint.run(bridge, job.input);
    return { ...outcome, logs: [...outcome.logs] };
  } catch (error) {
    const message = describe(error);
    // workerd's own verdict on code awaiting something nothing can ever resolve.
    if (/hung and would never generate a response/.test(message)) return HOST_FAILURES.hung();
    // The platform's limits (deployed): 128 MB per isolate, `limits.cpuMs`.
    if (/memory limit|out of memory/i.test(message)) return HOST_FAILURES.memory();
    if (/CPU time limit|exceeded CPU/i.test(message)) return HOST_FAILURES.cpu(job.timeoutMs);
    return HOST_FAILURES.crash(message);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
