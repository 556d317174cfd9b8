/**
 * Built-in tools every server has: see the accounts the credential can act on, and choose the
 * active one. The choice belongs to the credential (this API token, or this OAuth sign-in), never
 * to the person: another token of the same user, say a read-only one, cannot move it. It is kept
 * in storage every server of a deployment shares, so it holds across sessions and servers.
 */
import { z } from "zod";
import { ToolError } from "../tools/errors";
import { jsonResult } from "../tools/results";
import type { RegistrationContext } from "../tools/types";
import type { ActiveAccountStore } from "./active-account-store";
import { formatAccounts } from "./resolve-account";

export function registerAccountTools(
  context: RegistrationContext,
  store: ActiveAccountStore,
): void {
  context.tool({
    name: "accounts_list",
    title: "List accounts",
    description:
      "List the Cloudflare accounts this connection can act on (id and name) and which one is active. Account-scoped tools use the only account when there is one; otherwise pass account_id to them, or call set_active_account once to choose a default that every server remembers for this credential.",
    input: {},
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    async handler(_input, call) {
      const { accounts, credentialKey } = call.principal;
      const activeId = accounts.length === 1 ? accounts[0]?.id : await store.get(credentialKey);
      const rows = accounts.map((account) => ({ ...account, active: account.id === activeId }));
      const selection =
        accounts.length === 1
          ? "This credential sees one account; every tool uses it."
          : activeId && rows.some((row) => row.active)
            ? `Active account: ${activeId}. Tools use it unless you pass account_id.`
            : "No active account: pass account_id to account tools, or call set_active_account.";
      return jsonResult(
        { accounts: rows },
        { summary: `${accounts.length} account(s). ${selection}` },
      );
    },
  });

  context.tool({
    name: "set_active_account",
    title: "Set active account",
    description:
      "Choose the account that account-scoped tools use when no account_id is passed. The choice is remembered for this credential (this API token or this sign-in, not other tokens of the same user) across sessions and every server. Get ids from accounts_list.",
    input: {
      account_id: z
        .string()
        .min(1)
        .describe("Id of the account to make active (32 hex characters), from accounts_list."),
    },
    annotations: {
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: true,
      openWorldHint: false,
    },
    async handler({ account_id }, call) {
      const account = call.principal.accounts.find((candidate) => candidate.id === account_id);
      if (!account) {
        throw new ToolError(`Account "${account_id}" is not available to this credential.`, {
          hint: `Use one of these account ids:\n${formatAccounts(call.principal.accounts)}`,
        });
      }
      await store.set(call.principal.credentialKey, account.id);
      return jsonResult(
        { active_account: account },
        {
          summary: `Active account is now ${account.name} (${account.id}) for this credential, on every server.`,
        },
      );
    },
  });
}
