/**
 * `execute`: agent-written JavaScript that calls the Cloudflare API through the host's gate. The
 * description shows the in-isolate API's own declarations (codemode/isolate/execute.d.ts).
 */
import { type RegistrationContext, z } from "@repo/mcp-kit";
import { ApiGate, DEFAULT_MAX_REQUESTS } from "../codemode/api-gate.ts";
import { EXECUTE_API_TEXT } from "../codemode/isolate-api.ts";
import { outcomeResult } from "../codemode/outcome.ts";
import { runExecute } from "../codemode/run-execute.ts";
import type { ApiEnv } from "../env.ts";
import { oauthRequestCheck } from "../oauth/request-scopes.ts";
import { CODE_TIMEOUT_MS, type CodeRunner, codeInput, codeRunner } from "./code-input.ts";

const READ_ONLY_NOTE =
  "This connection is READ-ONLY: only GET requests are sent; others fail before sending.";
const WRITABLE_NOTE = "Writes allowed: confirm deletes with the user.";

export function executeDescription(readOnly: boolean): string {
  return `Call the Cloudflare API with JavaScript in a sandbox: an async arrow function whose return value comes back as JSON. Find endpoints with search first. In scope:
${EXECUTE_API_TEXT}
No other network; at most ${DEFAULT_MAX_REQUESTS} requests and ${CODE_TIMEOUT_MS / 1000} s per call.
Example:
async () => (await cloudflare.request({ path: "/zones", query: { per_page: 5 } })).result.map(z => z.name)
${readOnly ? READ_ONLY_NOTE : WRITABLE_NOTE}`;
}

export function registerExecuteTool(
  context: RegistrationContext,
  env: ApiEnv,
  options: { readOnly: boolean },
): void {
  let runner: CodeRunner | undefined;
  context.tool({
    name: "execute",
    title: "Call the Cloudflare API with JavaScript",
    description: executeDescription(options.readOnly),
    input: {
      ...codeInput("Async arrow function (see the description)."),
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
      // ?readonly=true, or an OAuth grant the user approved as read-only.
      const readOnly = options.readOnly || call.principal.readOnly === true;
      const mayRequest = await oauthRequestCheck(env, call.principal);
      const gate = new ApiGate({ api: call.api, readOnly, ...(mayRequest ? { mayRequest } : {}) });
      runner ??= codeRunner(env);
      // Not awaited here: the sandbox connects while the account is read (an unknown account still
      // fails the call before any code runs).
      const accountId = call.selectAccount(account_id).then((account) => account?.id);
      const outcome = await runExecute({ ...runner, code, gate, accountId });
      return outcomeResult(outcome, {
        moreHint: "Return fewer items or fields (map results to what you need).",
        requests: gate.requests(),
      });
    },
  });
}
