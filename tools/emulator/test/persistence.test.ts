// Persistence and schema lifecycle: data survives re-instantiation; construction migrates and seeds
// only what is missing; reset seeds again only what was written.
//
// The object is re-instantiated with `abortAllDurableObjects`, not `evictDurableObject`: eviction
// waits until no stub refers to the object, and stubs of earlier requests live until the garbage
// collector runs, so eviction timed out (30 s) when it had not run yet. Storage survives both.

import { abortAllDurableObjects, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { EMULATOR_OBJECT_NAME } from "../src/env";
import { SUPPORT_GATEWAY } from "../src/seed/ai-gateway";
import { ACME_ACCOUNT, GLOBEX_ACCOUNT, USER_TOKEN } from "../src/seed/identities";
import { ACME_STORE, OPENAI_API_KEY, SECRETS } from "../src/seed/secrets-store";
import { ZONES } from "../src/seed/zones";
import { call, resetEmulator } from "./helpers";

const token = USER_TOKEN.value;
const secrets = `/accounts/${ACME_ACCOUNT.id}/secrets_store/stores/${ACME_STORE.id}/secrets`;

it("keeps written data after the Durable Object is re-instantiated", async () => {
  await resetEmulator();
  const created = await call("POST", secrets, {
    token,
    body: [{ name: "PERSISTED", value: "v", scopes: ["workers"], comment: "survives" }],
  });
  await call("DELETE", `${secrets}/${OPENAI_API_KEY.id}`, { token });
  const before = (await call("GET", "/__emulator/health")).body.instance_id;

  await abortAllDurableObjects();

  const after = (await call("GET", "/__emulator/health")).body.instance_id;
  expect(after).not.toBe(before);
  const fetched = await call("GET", `${secrets}/${created.body.result[0].id}`, { token });
  expect(fetched.status).toBe(200);
  expect(fetched.body.result).toMatchObject({ name: "PERSISTED", comment: "survives" });
  // The deleted seed secret stays deleted: construction seeds only once.
  expect((await call("GET", `${secrets}/${OPENAI_API_KEY.id}`, { token })).status).toBe(404);
  expect((await call("GET", secrets, { token })).body.result).toHaveLength(SECRETS.length);
});

it("rebuilds and re-seeds every table when the stored schema version differs", async () => {
  await resetEmulator();
  await call("DELETE", `${secrets}/${OPENAI_API_KEY.id}`, { token });
  const stub = env.EMULATOR.getByName(EMULATOR_OBJECT_NAME);
  await runInDurableObject(stub, (_instance, state) => {
    state.storage.sql.exec("UPDATE emulator_meta SET value = '0' WHERE key = 'schema_version'");
  });

  await abortAllDurableObjects();

  expect((await call("GET", `${secrets}/${OPENAI_API_KEY.id}`, { token })).status).toBe(200);
});

it("seeds a product that was never seeded without touching the others' data", async () => {
  await resetEmulator();
  await call("POST", `/accounts/${GLOBEX_ACCOUNT.id}/secrets_store/stores`, {
    token,
    body: { name: "kept" },
  });
  const stub = env.EMULATOR.getByName(EMULATOR_OBJECT_NAME);
  await runInDurableObject(stub, (_instance, state) => {
    // Simulates an emulator upgrade that adds the identity product to existing state.
    state.storage.sql.exec("DROP TABLE identity_tokens");
    state.storage.sql.exec("DELETE FROM identity_token_accounts");
    state.storage.sql.exec("DELETE FROM identity_users");
    state.storage.sql.exec("DELETE FROM identity_accounts");
    state.storage.sql.exec("DELETE FROM identity_memberships");
    state.storage.sql.exec("DELETE FROM emulator_meta WHERE key = 'seeded:identity'");
  });

  await abortAllDurableObjects();

  expect((await call("GET", "/accounts", { token })).body.result).toHaveLength(2);
  const globexStores = await call("GET", `/accounts/${GLOBEX_ACCOUNT.id}/secrets_store/stores`, {
    token,
  });
  expect(globexStores.body.result.map((s: { name: string }) => s.name)).toEqual(["kept"]);
});

describe("reset", () => {
  const logs = `/accounts/${ACME_ACCOUNT.id}/ai-gateway/gateways/${SUPPORT_GATEWAY.config.id}/logs`;

  it("re-seeds nothing when nothing was written since the last reset", async () => {
    await resetEmulator();
    await call("GET", secrets, { token });
    const reset = await call("POST", "/__emulator/reset");
    expect(reset.body.result.seeded).toEqual([]);
  });

  it("restores a product whose tables were written by anyone, not only by its routes", async () => {
    await resetEmulator();
    const before = (await call("GET", `${logs}?per_page=5`, { token })).body;
    const stub = env.EMULATOR.getByName(EMULATOR_OBJECT_NAME);
    await runInDurableObject(stub, (_instance, state) => {
      state.storage.sql.exec("UPDATE ai_gateway_logs SET model = 'rewritten'");
      state.storage.sql.exec("DELETE FROM zones");
    });

    const reset = await call("POST", "/__emulator/reset");

    expect(reset.body.result.seeded).toEqual(["ai-gateway", "zones"]);
    expect((await call("GET", `${logs}?per_page=5`, { token })).body).toEqual(before);
    expect((await call("GET", "/zones", { token })).body.result).toHaveLength(ZONES.length);
  });

  it("restores a product whose table was dropped", async () => {
    await resetEmulator();
    const stub = env.EMULATOR.getByName(EMULATOR_OBJECT_NAME);
    await runInDurableObject(stub, (_instance, state) => {
      state.storage.sql.exec("DROP TABLE secrets_store_secrets");
    });

    const reset = await call("POST", "/__emulator/reset");

    expect(reset.body.result.seeded).toEqual(["secrets-store"]);
    expect((await call("GET", secrets, { token })).body.result).toHaveLength(SECRETS.length);
  });
});
