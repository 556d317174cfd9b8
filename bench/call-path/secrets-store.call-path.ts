// One product tool call, `secrets_store_secrets_list` with an API token, as a client makes it.
import { ACME_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import { ACME_STORE } from "@repo/emulator/seed/secrets-store";
import { callOk, testApp } from "@repo/mcp-kit/testing";
import { expect, it } from "vitest";
import app from "../../apps/secrets-store/src/index.ts";
import { measureCall } from "./calls.ts";

it("secrets_store_secrets_list", async (context) => {
  const client = await testApp(app).connect(USER_TOKEN.value);
  const files = await measureCall(context, async () => {
    const result = await callOk(client, "secrets_store_secrets_list", {
      account_id: ACME_ACCOUNT.id,
      store_id: ACME_STORE.id,
    });
    expect(result.structured.secrets).toBeInstanceOf(Array);
  });
  expect(files.length).toBeGreaterThan(0);
});
