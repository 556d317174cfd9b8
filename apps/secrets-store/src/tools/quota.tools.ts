/**
 * Quota tool: how many secrets the account uses and may use, to check before creating many.
 */
import { jsonResult, type RegistrationContext } from "@repo/mcp-kit";
import { getQuota } from "../api";
import { READ_ERROR_HINTS, READ_PERMISSION } from "../hints";

export function registerQuotaTools(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "secrets_store_quota_get",
    title: "Get secrets quota",
    description:
      "Show how many secrets the account uses and how many its plan allows (across all stores). Check it before creating many secrets.",
    input: {},
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ_PERMISSION,
    errorHints: READ_ERROR_HINTS,
    async handler(_input, call) {
      const quota = await getQuota(call.api);
      const { usage, quota: limit } = quota.secrets;
      return jsonResult(
        { secrets: { usage, quota: limit, remaining: Math.max(0, limit - usage) } },
        { summary: `${usage} of ${limit} secrets used.` },
      );
    },
  });
}
