// Scope: the server as wrangler builds and serves it, against the emulator over real HTTP.
import { ACME_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import { describeWranglerDevSmoke } from "@repo/local-stack/vitest";
import { expect } from "vitest";

describeWranglerDevSmoke("my-product", {
  token: USER_TOKEN.value,
  tool: "my_product_items_list",
  args: { account_id: ACME_ACCOUNT.id },
  check(outcome) {
    expect(outcome.structured.paging).toMatchObject({ total_count: 3 });
  },
});
