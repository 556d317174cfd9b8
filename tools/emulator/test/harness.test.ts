// Harness control routes: behaviour switches, injected faults, the request journal and the
// edge's 414 for over-long URIs.
import { beforeEach, describe, expect, it } from "vitest";
import { ACME_ACCOUNT, USER_TOKEN } from "../src/seed/identities";
import { ACME_STORE, OPENAI_API_KEY, SECRETS } from "../src/seed/secrets-store";
import { API_GATEWAY } from "../src/seed/workers-builds";
import { call, onlyError, resetEmulator } from "./helpers";

const token = USER_TOKEN.value;
const store = `/accounts/${ACME_ACCOUNT.id}/secrets_store/stores/${ACME_STORE.id}`;
const latest = `/accounts/${ACME_ACCOUNT.id}/builds/builds/latest?external_script_ids=${API_GATEWAY.tag}`;

beforeEach(resetEmulator);

describe("/__emulator/behaviour", () => {
  it("starts with the spec's behaviour and reports every switch", async () => {
    const result = await call("GET", "/__emulator/behaviour");
    expect(result.body.behaviour).toEqual({
      "secrets_store.non_empty_store_delete": "refuse",
      "secrets_store.patch_value": "accept",
    });
  });

  it("cascade-deletes a non-empty store without force when asked to play that API", async () => {
    const refused = await call("DELETE", store, { token });
    expect(refused.status).toBe(409);
    await call("POST", "/__emulator/behaviour", {
      body: { "secrets_store.non_empty_store_delete": "cascade" },
    });
    const deleted = await call("DELETE", store, { token });
    expect(deleted.status).toBe(200);
    expect((await call("GET", store, { token })).status).toBe(404);
  });

  it("refuses value in PATCH like the live API when asked, and still patches the comment", async () => {
    await call("POST", "/__emulator/behaviour", {
      body: { "secrets_store.patch_value": "refuse" },
    });
    const secret = `${store}/secrets/${OPENAI_API_KEY.id}`;
    const refused = await call("PATCH", secret, { token, body: { value: "new-value" } });
    expect(refused.status).toBe(400);
    expect(onlyError(refused)).toEqual({ code: 1001, message: "invalid_json_body" });
    const patched = await call("PATCH", secret, { token, body: { comment: "rotated soon" } });
    expect(patched.body.result.comment).toBe("rotated soon");
  });

  it("rejects unknown switches and choices, and reset restores the defaults", async () => {
    const unknown = await call("POST", "/__emulator/behaviour", { body: { nope: "x" } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toContain("unknown switch");
    const bad = await call("POST", "/__emulator/behaviour", {
      body: { "secrets_store.patch_value": "maybe" },
    });
    expect(bad.status).toBe(400);
    await call("POST", "/__emulator/behaviour", {
      body: { "secrets_store.patch_value": "refuse" },
    });
    await resetEmulator();
    const after = await call("GET", "/__emulator/behaviour");
    expect(after.body.behaviour["secrets_store.patch_value"]).toBe("accept");
  });
});

describe("/__emulator/faults", () => {
  it("makes a route answer the injected error, then recover after `times`", async () => {
    const added = await call("POST", "/__emulator/faults", {
      body: {
        method: "GET",
        route: "/accounts/:account_id/builds/builds/latest",
        status: 500,
        code: 12500,
        message: "Internal error",
        times: 1,
      },
    });
    expect(added.status).toBe(200);
    const failed = await call("GET", latest, { token });
    expect(failed.status).toBe(500);
    expect(onlyError(failed)).toEqual({ code: 12500, message: "Internal error" });
    expect((await call("GET", latest, { token })).status).toBe(200);
    const listed = await call("GET", "/__emulator/faults");
    expect(listed.body.faults).toMatchObject([{ hits: 1, times: 1 }]);
  });

  it("still checks credentials before a fault fires", async () => {
    await call("POST", "/__emulator/faults", {
      body: {
        method: "GET",
        route: "/accounts/:account_id/builds/builds/latest",
        status: 500,
        code: 1,
        message: "x",
      },
    });
    expect((await call("GET", latest)).status).toBe(400);
  });

  it("narrows a fault to concrete paths and clears with DELETE", async () => {
    await call("POST", "/__emulator/faults", {
      body: {
        method: "DELETE",
        route: "/accounts/:account_id/secrets_store/stores/:store_id/secrets",
        path_contains: ACME_STORE.id,
        status: 400,
        code: 1001,
        message: "invalid_json_body",
      },
    });
    const bulk = await call("DELETE", `${store}/secrets`, {
      token,
      body: { ids: [OPENAI_API_KEY.id] },
    });
    expect(onlyError(bulk)).toEqual({ code: 1001, message: "invalid_json_body" });
    await call("DELETE", "/__emulator/faults");
    const retried = await call("DELETE", `${store}/secrets`, {
      token,
      body: { ids: [OPENAI_API_KEY.id] },
    });
    expect(retried.status).toBe(202);
  });

  it("refuses a malformed fault", async () => {
    const result = await call("POST", "/__emulator/faults", { body: { method: "GET" } });
    expect(result.status).toBe(400);
    expect(result.body.error).toContain("route");
  });
});

describe("/__emulator/requests", () => {
  it("records method, route, status and the body with secret values masked", async () => {
    await call("DELETE", "/__emulator/requests");
    await call("POST", `${store}/secrets`, {
      token,
      body: [{ name: "NEW_KEY", value: "s3cr3t-value", scopes: ["workers"] }],
    });
    await call("GET", `${store}/secrets?per_page=5`, { token });
    const journal = await call("GET", "/__emulator/requests");
    const entries = journal.body.requests;
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      method: "POST",
      route: "/accounts/:account_id/secrets_store/stores/:store_id/secrets",
      status: 200,
      body: [{ name: "NEW_KEY", value: "************", scopes: ["workers"] }],
    });
    expect(journal.text).not.toContain("s3cr3t-value");
    expect(entries[1]).toMatchObject({ method: "GET", query: "per_page=5", body: null });
    const since = await call("GET", `/__emulator/requests?since=${entries[0].seq}`);
    expect(since.body.requests).toHaveLength(1);
  });

  it("is emptied by reset", async () => {
    await call("GET", `${store}/secrets`, { token });
    await resetEmulator();
    expect((await call("GET", "/__emulator/requests")).body.requests).toEqual([]);
  });
});

describe("URI length", () => {
  it("answers 414 from the edge for a URI over 32 KB, as Cloudflare does", async () => {
    const long = await call("GET", `${store}/secrets?search=${"x".repeat(33_000)}`, { token });
    expect(long.status).toBe(414);
    expect(long.body).toBeNull();
    const fine = await call("GET", `${store}/secrets?search=${"x".repeat(1_000)}`, { token });
    expect(fine.status).toBe(200);
    expect(SECRETS.length).toBeGreaterThan(0);
  });
});
