// api `execute` with one `cloudflare.request` to the emulator, in a Dynamic Worker (Worker Loader),
// the deployed code path.
import { ACME_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import { callOk, testApp } from "@repo/mcp-kit/testing";
import { expect, it } from "vitest";
import app from "../../apps/api/src/index.ts";
import { measureCall } from "./calls.ts";

// The agent's code names accountId, in scope in the sandbox.
const CODE = `async () => (await cloudflare.request({ path: "/accounts/" + accountId + "/secrets_store/stores" })).result.map((store) => store.name)`;

it("execute", async (context) => {
  const client = await testApp(app).connect(USER_TOKEN.value);
  const files = await measureCall(context, async () => {
    const result = await callOk(client, "execute", { account_id: ACME_ACCOUNT.id, code: CODE });
    expect(result.structured.result).toBeInstanceOf(Array);
  });
  expect(files.length).toBeGreaterThan(0);
});
