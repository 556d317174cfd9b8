// Contract errata (contract/errata.ts): each entry names a real operation, and where the
// official spec and the live API differ the emulator plays both sides, each conforming.
import { beforeEach, expect, it } from "vitest";
import { ERRATA, findOperation, validate } from "../contract";
import { aiGatewayProduct } from "../src/products/ai-gateway";
import { secretsStoreProduct } from "../src/products/secrets-store";
import { ACME_ACCOUNT, GLOBEX_ACCOUNT, USER_TOKEN } from "../src/seed/identities";
import { ACME_STORE, OPENAI_API_KEY, SECRETS } from "../src/seed/secrets-store";
import {
  callConforming,
  describeContract,
  operationFor,
  RouteCoverage,
  requestProblems,
  specs,
} from "./contract-helpers";
import { call, onlyError, resetEmulator } from "./helpers";

const token = USER_TOKEN.value;
const store = `/accounts/${ACME_ACCOUNT.id}/secrets_store/stores/${ACME_STORE.id}`;
const secret = `${store}/secrets/${OPENAI_API_KEY.id}`;
const secrets = new RouteCoverage(secretsStoreProduct);
const gateways = new RouteCoverage(aiGatewayProduct);

const behave = (changes: Record<string, string>) =>
  call("POST", "/__emulator/behaviour", { body: changes });

describeContract("errata: spec and live API both hold", () => {
  beforeEach(resetEmulator);

  it("every erratum has a source and names operations the specs contain", () => {
    expect(new Set(ERRATA.map((erratum) => erratum.id)).size).toBe(ERRATA.length);
    for (const erratum of ERRATA) {
      for (const field of [erratum.spec, erratum.live, erratum.source, erratum.emulator]) {
        expect(field.length, erratum.id).toBeGreaterThan(10);
      }
      if (erratum.operation === "*") continue;
      const [method, template] = erratum.operation.split(" ");
      const concrete = template!.replace(/\{[^}]+\}/g, "x");
      expect(findOperation(specs!, method!, concrete)?.template, erratum.id).toBe(template);
    }
  });

  it("secrets-store-patch-value: the spec accepts a value in PATCH, the live API refuses it", async () => {
    expect(requestProblems("PATCH", secret, { value: "new" })).toEqual([]);
    const accepted = await callConforming(secrets, "PATCH", secret, {
      token,
      body: { value: "new" },
    });
    expect(accepted.status).toBe(200);
    await behave({ "secrets_store.patch_value": "refuse" });
    const refused = await callConforming(secrets, "PATCH", secret, {
      token,
      body: { value: "new" },
    });
    expect(onlyError(refused).code).toBe(1001);
    const comment = await callConforming(secrets, "PATCH", secret, {
      token,
      body: { comment: "still fine" },
    });
    expect(comment.status).toBe(200);
  });

  it("secrets-store-create-store-body: an object is the spec and works; an array is refused", async () => {
    const path = `/accounts/${GLOBEX_ACCOUNT.id}/secrets_store/stores`;
    expect(requestProblems("POST", path, [{ name: "x" }]).length).toBeGreaterThan(0);
    const array = await call("POST", path, { token, body: [{ name: "x" }] });
    expect(array.status).toBe(400);
    expect(onlyError(array)).toEqual({ code: 1001, message: "invalid_json_body" });
    const object = await callConforming(secrets, "POST", path, { token, body: { name: "x" } });
    expect(object.status).toBe(200);
  });

  it("secrets-store-bulk-delete-body: the spec body works, and the live refusal conforms too", async () => {
    await call("POST", "/__emulator/faults", {
      body: {
        method: "DELETE",
        route: "/accounts/:account_id/secrets_store/stores/:store_id/secrets",
        status: 400,
        code: 1001,
        message: "invalid_json_body",
        times: 1,
      },
    });
    const ids = SECRETS.filter((item) => item.storeId === ACME_STORE.id)
      .slice(0, 2)
      .map((item) => item.id);
    const refused = await callConforming(secrets, "DELETE", `${store}/secrets`, {
      token,
      body: { ids },
    });
    expect(onlyError(refused).code).toBe(1001);
    const accepted = await callConforming(secrets, "DELETE", `${store}/secrets`, {
      token,
      body: { ids },
    });
    expect(accepted.status).toBe(202);
  });

  it("secrets-store-non-empty-store-delete: refused by the spec, cascaded by the other API", async () => {
    const refused = await callConforming(secrets, "DELETE", store, { token });
    expect(refused.status).toBe(409);
    await behave({ "secrets_store.non_empty_store_delete": "cascade" });
    const cascaded = await callConforming(secrets, "DELETE", store, { token });
    expect(cascaded.status).toBe(200);
  });

  it("nullable-enum and ai-gateway-no-rate-limit: both ways of writing 'no rate limit' conform", async () => {
    const operation = operationFor(
      "GET",
      `/accounts/${ACME_ACCOUNT.id}/ai-gateway/gateways/docs-summarizer`,
    );
    const schema = { type: ["string", "null"], enum: ["fixed", "sliding"] };
    expect(validate(operation, schema, null)).toEqual([]);
    expect(validate(operation, schema, "other").length).toBeGreaterThan(0);
    const base = `/accounts/${ACME_ACCOUNT.id}/ai-gateway/gateways`;
    const nulls = await callConforming(gateways, "GET", `${base}/docs-summarizer`, { token });
    expect(nulls.body.result.rate_limiting_technique).toBeNull();
    const zeros = await callConforming(gateways, "GET", `${base}/assistants`, { token });
    expect(zeros.body.result).toMatchObject({
      rate_limiting_interval: 0,
      rate_limiting_limit: 0,
      rate_limiting_technique: "fixed",
    });
  });
});
