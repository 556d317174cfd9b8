/**
 * What one call executes: the istanbul counters of every instrumented repository file, zeroed
 * after a warm-up call, then read after the measured call. A file counts when at least one of its
 * statements ran.
 */
import { inject, type TestContext } from "vitest";

declare module "vitest" {
  interface ProvidedContext {
    repoRoot: string;
  }
  interface TaskMeta {
    /** Repository files (relative paths) with at least one statement executed by the call. */
    callPath?: string[];
  }
}

interface FileCounters {
  path: string;
  s: Record<string, number>;
  f: Record<string, number>;
  b: Record<string, number[]>;
}

function counters(): FileCounters[] {
  const store = (globalThis as { __VITEST_COVERAGE__?: Record<string, FileCounters> })
    .__VITEST_COVERAGE__;
  if (!store)
    throw new Error("no istanbul counters: run through `pnpm --filter @repo/bench call-path`");
  return Object.values(store);
}

function zero(): void {
  for (const file of counters()) {
    for (const key of Object.keys(file.s)) file.s[key] = 0;
    for (const key of Object.keys(file.f)) file.f[key] = 0;
    for (const branch of Object.values(file.b)) branch.fill(0);
  }
}

function executed(repoRoot: string): string[] {
  return counters()
    .filter((file) => Object.values(file.s).some((count) => count > 0))
    .map((file) => (file.path.startsWith(repoRoot) ? file.path.slice(repoRoot.length) : file.path))
    .sort();
}

/**
 * Runs `call` twice: the first warms every cache a running server has (module load, token
 * verification, per-isolate state); counters are zeroed; the second is measured.
 */
export async function measureCall(
  context: TestContext,
  call: () => Promise<void>,
): Promise<string[]> {
  await call();
  zero();
  await call();
  const files = executed(`${inject("repoRoot")}/`);
  context.task.meta.callPath = files;
  return files;
}
