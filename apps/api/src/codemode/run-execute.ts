/// <reference path="./isolate/text-modules.d.ts" />
/**
 * `execute`: agent code runs in a fresh Dynamic Worker per call with no network; its only way out
 * is `cloudflare.request` (isolate/execute-scope.isolate.js), which reaches the host's ApiGate as
 * the host function "request".
 */
import { runInSandbox, type SandboxExecutor, type SandboxOutcome } from "@repo/sandbox";
import type { ApiGate, GateRequest } from "./api-gate.ts";
import EXECUTE_SCOPE from "./isolate/execute-scope.isolate.js" with { type: "text" };

export interface ExecuteRunOptions {
  executor: SandboxExecutor;
  code: string;
  gate: ApiGate;
  /** The account the code acts on; the sandbox gets ready while it settles, nothing runs if it rejects. */
  accountId: Promise<string | undefined>;
  timeoutMs: number;
}

export async function runExecute(options: ExecuteRunOptions): Promise<SandboxOutcome> {
  try {
    return await runInSandbox({
      executor: options.executor,
      code: options.code,
      scope: { module: EXECUTE_SCOPE, names: ["accountId", "cloudflare"] },
      host: { request: (request: GateRequest) => options.gate.request(request) },
      input: options.accountId.then((accountId) => ({ accountId })),
      limits: { timeoutMs: options.timeoutMs },
    });
  } finally {
    options.gate.close();
  }
}
