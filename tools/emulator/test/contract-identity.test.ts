// Contract: the identity routes every server's auth calls (/user, /accounts, /memberships,
// /user/tokens/verify) answer what Cloudflare's full spec documents for them.
import { expect, it } from "vitest";
import { identityProduct } from "../src/products/identity";
import { ACCOUNT_TOKEN, ACME_ACCOUNT, INVALID_TOKEN, USER_TOKEN } from "../src/seed/identities";
import { callConforming, describeContract, RouteCoverage, specs } from "./contract-helpers";
import { call } from "./helpers";

const coverage = new RouteCoverage(identityProduct);
const hasIdentity = specs?.documents.some((doc) => doc.file.endsWith("(identity paths)")) ?? false;

describeContract("identity responses follow the official spec", () => {
  it.skipIf(!hasIdentity)("user, accounts, memberships and token verification", async () => {
    await callConforming(coverage, "GET", "/user", { token: USER_TOKEN.value });
    await callConforming(coverage, "GET", "/user", { token: ACCOUNT_TOKEN.value });
    await callConforming(coverage, "GET", "/accounts?per_page=5", { token: USER_TOKEN.value });
    await callConforming(coverage, "GET", "/accounts", { token: ACCOUNT_TOKEN.value });
    await callConforming(coverage, "GET", "/memberships", { token: USER_TOKEN.value });
    await callConforming(coverage, "GET", "/user/tokens/verify", { token: USER_TOKEN.value });
    const refused = await callConforming(coverage, "GET", "/user/tokens/verify", {
      token: INVALID_TOKEN.value,
    });
    expect(refused.status).toBe(401);
  });

  it.skipIf(!hasIdentity)("covers every identity route the specs have", async () => {
    // Not in the specs we hold (erratum account-token-verify-not-in-specs); checked for shape only.
    const accountVerify = await call("GET", `/accounts/${ACME_ACCOUNT.id}/tokens/verify`, {
      token: ACCOUNT_TOKEN.value,
    });
    expect(accountVerify.body).toMatchObject({ success: true, result: { status: "active" } });
    expect(coverage.missing()).toEqual(["GET /accounts/:account_id/tokens/verify"]);
  });
});
