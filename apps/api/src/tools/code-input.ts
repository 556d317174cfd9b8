import { TIME_BUDGET, z } from "@repo/mcp-kit";
import { executorFor, type SandboxExecutor } from "@repo/sandbox";
import type { ApiEnv } from "../env.ts";

/** Agent code's share of the tool call's time (the kit's time-budget model, budget.ts). */
export const CODE_TIMEOUT_MS = TIME_BUDGET.codeMs;

export function codeInput(description: string) {
  return { code: z.string().min(1).max(100_000).describe(description) };
}

export interface CodeRunner {
  executor: SandboxExecutor;
  timeoutMs: number;
}

/**
 * Where code runs and for how long, from the environment (see ApiEnv). It throws when no sandbox
 * is bound, so tools read it on their first call, not at registration (tools/list still answers),
 * and keep it: a registration's bindings never change.
 */
export function codeRunner(env: ApiEnv): CodeRunner {
  const configured = Number(env.CODE_TIMEOUT_MS);
  const timeoutMs =
    Number.isFinite(configured) && configured > 0
      ? Math.min(configured, CODE_TIMEOUT_MS)
      : CODE_TIMEOUT_MS;
  return { executor: executorFor(env), timeoutMs };
}
