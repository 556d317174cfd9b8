// Secret values are write-only: no Secrets Store response ever contains one, seeded or written.
import { beforeEach, expect, it } from "vitest";
import { ACME_ACCOUNT, USER_TOKEN } from "../src/seed/identities";
import { ACME_STORE, SECRETS } from "../src/seed/secrets-store";
import { type CallResult, call, resetEmulator } from "./helpers";

beforeEach(resetEmulator);

const token = USER_TOKEN.value;
const account = `/accounts/${ACME_ACCOUNT.id}/secrets_store`;
const secrets = `${account}/stores/${ACME_STORE.id}/secrets`;

it("never returns a secret value from any endpoint", async () => {
  const created = "value-written-by-test-4f1c9a";
  const patched = "value-patched-by-test-8b2e7d";
  const responses: CallResult[] = [];
  const record = async (result: Promise<CallResult>) => {
    const response = await result;
    responses.push(response);
    return response;
  };

  const create = await record(
    call("POST", secrets, {
      token,
      body: [{ name: "TEST_SECRET", value: created, scopes: ["workers"] }],
    }),
  );
  const id = create.body.result[0].id as string;
  await record(call("GET", secrets, { token }));
  await record(call("GET", `${secrets}/${id}`, { token }));
  await record(call("PATCH", `${secrets}/${id}`, { token, body: { value: patched } }));
  const copy = await record(
    call("POST", `${secrets}/${id}/duplicate`, {
      token,
      body: { name: "TEST_SECRET_COPY", scopes: ["workers"] },
    }),
  );
  await record(call("GET", `${secrets}/${copy.body.result.id}`, { token }));
  await record(call("GET", `${account}/stores`, { token }));
  await record(call("GET", `${account}/stores/${ACME_STORE.id}`, { token }));
  await record(call("GET", `${account}/quota`, { token }));
  await record(call("GET", `${secrets}?search=value`, { token }));
  // A failing write must not echo the value either.
  await record(
    call("POST", secrets, {
      token,
      body: [{ name: "TEST_SECRET", value: created, scopes: ["workers"] }],
    }),
  );
  await record(call("GET", "/"));

  for (const response of responses) {
    expect(response.text).not.toContain(created);
    expect(response.text).not.toContain(patched);
    for (const seeded of SECRETS) expect(response.text).not.toContain(seeded.value);
    expect(response.text).not.toMatch(/"value"/);
  }
});

it("lists metadata fields only", async () => {
  const result = await call("GET", secrets, { token });
  for (const secret of result.body.result) {
    expect(Object.keys(secret).sort()).toEqual(
      ["comment", "created", "id", "modified", "name", "scopes", "status", "store_id"].sort(),
    );
  }
});
