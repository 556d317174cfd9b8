/**
 * `execute`: agent-written JavaScript that calls the Cloudflare API through the host's gate.
 */
import { type RegistrationContext, z } from "@repo/mcp-kit";
import { ApiGate } from "../codemode/api-gate.ts";
import { outcomeResult } from "../codemode/outcome.ts";
import { runExecute } from "../codemode/run-execute.ts";
import type { ApiEnv } from "../env.ts";
import { CODE_TIMEOUT_MS, codeInput } from "./code-input.ts";

const READ_ONLY_NOTE =
  "\nThis connection is READ-ONLY: only GET requests are sent; others fail before sending.";

export function executeDescription(readOnly: boolean): string {
  return `Call the Cloudflare API by running JavaScript in a sandbox: an async arrow function whose return value comes back as JSON. Find endpoints with search first.
In scope:
accountId: string | undefined // from account_id, or the only/active account
cloudflare.request(req: { method?: "GET"|"POST"|"PUT"|"PATCH"|"DELETE"; path: string; query?: Record<string, string|number|boolean>; body?: unknown /* JSON, or FormData for multipart */; contentType?: string; rawBody?: string|Uint8Array }): Promise<{ success: boolean; status: number; result: any; errors: { code: number; message: string }[]; messages: unknown[]; result_info?: object }>
path is relative to /client/v4, e.g. \`/accounts/\${accountId}/workers/scripts\`. No other network; at most 50 requests and ${CODE_TIMEOUT_MS / 1000} s per call.
Example:
async () => (await cloudflare.request({ path: "/zones", query: { per_page: 5 } })).result.map(z => z.name)${readOnly ? READ_ONLY_NOTE : ""}`;
}

export function registerExecuteTool(
  context: RegistrationContext,
  env: ApiEnv,
  options: { readOnly: boolean },
): void {
  context.tool({
    name: "execute",
    title: "Call the Cloudflare API with JavaScript",
    description: executeDescription(options.readOnly),
    input: {
      ...codeInput(
        "Async arrow function using cloudflare.request and accountId (see the description).",
      ),
      account_id: z
        .string()
        .min(1)
        .optional()
        .describe(
          "Account the code acts on (as accountId). Omit for the only or active account; accounts_list shows them.",
        ),
    },
    annotations: {
      readOnlyHint: options.readOnly,
      destructiveHint: !options.readOnly,
      idempotentHint: false,
    },
    async handler({ code, account_id }, call) {
      const account = await call.selectAccount(account_id);
      // ?readonly=true, or an OAuth grant the user approved as read-only.
      const readOnly = options.readOnly || call.principal.readOnly === true;
      const gate = new ApiGate({ api: call.api, readOnly });
      const outcome = await runExecute({
        loader: env.LOADER,
        code,
        gate,
        accountId: account?.id,
        timeoutMs: CODE_TIMEOUT_MS,
      });
      return outcomeResult(outcome, {
        moreHint: "Return fewer items or fields (map results to what you need).",
        requests: gate.requests(),
      });
    },
  });
}
