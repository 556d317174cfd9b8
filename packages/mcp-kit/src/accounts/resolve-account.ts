/**
 * Which account an account-scoped tool acts on, in this order: the only account a credential
 * sees; the `account_id` argument; the `cf-account-id` header; the caller's active account.
 * A missing or unknown account is an error that lists the accounts to choose from.
 */
import type { AccountRef } from "@repo/auth";
import { ToolError } from "../tools/errors";

export interface AccountChoice {
  argument?: string | undefined;
  header?: string | undefined;
  active?: string | undefined;
}

export function resolveAccount(accounts: AccountRef[], choice: AccountChoice): AccountRef {
  const [only] = accounts;
  if (accounts.length === 1 && only) {
    if (choice.argument && choice.argument !== only.id)
      throw unknownAccount(choice.argument, accounts);
    return only;
  }
  for (const [source, id] of [
    ["account_id argument", choice.argument],
    ["cf-account-id header", choice.header],
  ] as const) {
    if (!id) continue;
    const account = accounts.find((candidate) => candidate.id === id);
    if (!account) throw unknownAccount(id, accounts, source);
    return account;
  }
  const active = accounts.find((candidate) => candidate.id === choice.active);
  if (active) return active;
  throw new ToolError(
    `This credential can act on ${accounts.length} accounts; this tool needs to know which one.`,
    {
      hint: `Pass account_id, or call set_active_account once to choose a default for every server. Available accounts:\n${formatAccounts(accounts)}`,
    },
  );
}

export function formatAccounts(accounts: AccountRef[]): string {
  return accounts.map((account) => `- ${account.id} (${account.name})`).join("\n");
}

function unknownAccount(
  id: string,
  accounts: AccountRef[],
  source = "account_id argument",
): ToolError {
  return new ToolError(
    `Account "${id}" (from the ${source}) is not available to this credential.`,
    {
      hint: `Use one of these account ids:\n${formatAccounts(accounts)}`,
    },
  );
}
