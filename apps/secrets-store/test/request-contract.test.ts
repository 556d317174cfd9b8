// Scope: every request body this server sends validates against the official Secrets Store
// request schemas (../shared/data/product-specs; skipped without it), read back from the
// emulator's request journal after driving each write tool through an MCP client.

import { checkRequestBodies, type ProductSpecs } from "@repo/emulator/contract";
import { emulatorControl } from "@repo/emulator/control";
import { ACME_ACCOUNT, GLOBEX_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import { ACME_STORE, OPENAI_API_KEY, STRIPE_SECRET_KEY } from "@repo/emulator/seed/secrets-store";
import { callOk, callTool, testApp } from "@repo/mcp-kit/testing";
import { describe, expect, inject, it } from "vitest";
import app from "../src/index";

declare module "vitest" {
  export interface ProvidedContext {
    productSpecs: ProductSpecs | null;
  }
}

// Parsed in Node by vitest.config.ts (workerd cannot read the file system).
const specs = inject("productSpecs");
const stack = testApp(app);
const inStore = { account_id: ACME_ACCOUNT.id, store_id: ACME_STORE.id };

describe.skipIf(!specs)("request bodies follow the official spec", () => {
  it("for every write tool", async () => {
    await stack.emulator.reset();
    const control = emulatorControl(stack.emulator.url);
    const since = await control.mark();
    const client = await stack.connect(USER_TOKEN.value);
    await callOk(client, "secrets_store_stores_create", {
      account_id: GLOBEX_ACCOUNT.id,
      name: "globex_keys",
    });
    await callOk(client, "secrets_store_secrets_create", {
      ...inStore,
      secrets: [
        { name: "A_KEY", value: "value-a", scopes: ["workers"], comment: "first" },
        { name: "B_KEY", value: "value-b", scopes: ["ai_gateway", "workers"] },
      ],
    });
    await callOk(client, "secrets_store_secrets_update", {
      ...inStore,
      secret_id: OPENAI_API_KEY.id,
      scopes: ["workers"],
      comment: "updated",
    });
    await callOk(client, "secrets_store_secrets_update", {
      ...inStore,
      secret_id: OPENAI_API_KEY.id,
      value: "in-place-value",
    });
    await callOk(client, "secrets_store_secrets_duplicate", {
      ...inStore,
      secret_id: OPENAI_API_KEY.id,
      name: "OPENAI_API_KEY_COPY",
    });
    await callOk(client, "secrets_store_secrets_rotate", {
      ...inStore,
      secret_id: STRIPE_SECRET_KEY.id,
      value: "rotated-value",
    });
    const listed = await callOk(client, "secrets_store_secrets_list", {
      ...inStore,
      per_page: 100,
    });
    const ids = (listed.structured.secrets as Array<{ id: string; name: string }>)
      .filter((row) => row.name === "A_KEY" || row.name === "B_KEY")
      .map((row) => row.id);
    await callOk(client, "secrets_store_secrets_delete", { ...inStore, secret_ids: ids });
    await callTool(client, "secrets_store_stores_delete", { ...inStore, force: true });

    const checks = checkRequestBodies(specs!, await control.requests(since));
    expect(new Set(checks.map((check) => check.operation))).toEqual(
      new Set([
        "POST /accounts/{account_id}/secrets_store/stores",
        "POST /accounts/{account_id}/secrets_store/stores/{store_id}/secrets",
        "PATCH /accounts/{account_id}/secrets_store/stores/{store_id}/secrets/{secret_id}",
        "POST /accounts/{account_id}/secrets_store/stores/{store_id}/secrets/{secret_id}/duplicate",
        "DELETE /accounts/{account_id}/secrets_store/stores/{store_id}/secrets",
      ]),
    );
    for (const check of checks) expect(check.problems, check.operation).toEqual([]);
  });
});
