// Scope: the server as wrangler builds and serves it, against the emulator over real HTTP.
import { ACME_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import { ACME_STORE } from "@repo/emulator/seed/secrets-store";
import { describeWranglerDevSmoke } from "@repo/local-stack/vitest";
import { expect } from "vitest";

describeWranglerDevSmoke("secrets-store", {
  token: USER_TOKEN.value,
  tool: "secrets_store_stores_list",
  args: { account_id: ACME_ACCOUNT.id },
  check(outcome) {
    expect(outcome.structured.stores).toEqual([expect.objectContaining({ id: ACME_STORE.id })]);
  },
});
