// Endpoint ranking on the mini Cloudflare fixture: relevance, synonyms, filters and cards.
import { describe, expect, it } from "vitest";
import { processSpec } from "../process.ts";
import { miniCloudflareSpec } from "../test-fixtures/mini-cloudflare.ts";
import { buildSearchIndex } from "./build.ts";
import { findOperations } from "./find.ts";

const index = buildSearchIndex(processSpec(miniCloudflareSpec()));

function top(query: string, options?: Parameters<typeof findOperations>[2]) {
  const [first] = findOperations(index, query, options);
  return first ? `${first.method} ${first.path}` : undefined;
}

describe("findOperations", () => {
  it.each([
    ["create a dns record", "POST /zones/{zone_id}/dns_records"],
    ["list dns records", "GET /zones/{zone_id}/dns_records"],
    ["remove a dns record", "DELETE /zones/{zone_id}/dns_records/{dns_record_id}"],
    ["get all workers", "GET /accounts/{account_id}/workers/scripts"],
    ["upload worker script", "PUT /accounts/{account_id}/workers/scripts/{script_name}"],
    ["add a new store to the secrets store", "POST /accounts/{account_id}/secrets_store/stores"],
    ["new kv namespace", "POST /accounts/{account_id}/storage/kv/namespaces"],
    ["verify api token", "GET /user/tokens/verify"],
    ["create a domain", "POST /zones"],
  ])("ranks %j first as %s", (query, expected) => {
    expect(top(query)).toBe(expected);
  });

  it("returns compact cards with a score, best first", () => {
    const results = findOperations(index, "create a dns record", { limit: 3 });
    expect(results).toHaveLength(3);
    expect(results[0]).toEqual({
      method: "POST",
      path: "/zones/{zone_id}/dns_records",
      operationId: "dns-records-create",
      summary: "Create DNS Record",
      product: "dns_records",
      permissions: ["#dns_records:edit"],
      needs: expect.stringMatching(/^path: zone_id/),
      score: expect.any(Number),
    });
    const scores = results.map((result) => result.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("filters by product, accepting dashes for underscores", () => {
    const results = findOperations(index, "list", { product: "secrets-store" });
    expect(results.map((result) => result.product)).toEqual(["secrets_store"]);
    expect(findOperations(index, "list", { product: "nope" })).toEqual([]);
  });

  it("honours the limit and returns nothing for an empty or filler-only query", () => {
    expect(findOperations(index, "list", { limit: 2 })).toHaveLength(2);
    expect(findOperations(index, "")).toEqual([]);
    expect(findOperations(index, "how do I the")).toEqual([]);
    expect(findOperations(index, "list", { limit: 0 })).toEqual([]);
  });

  it("puts an exact operationId or path first", () => {
    expect(top("worker-script-delete-worker")).toBe(
      "DELETE /accounts/{account_id}/workers/scripts/{script_name}",
    );
    expect(top("DELETE /zones/{id}/dns_records/{record}")).toBe(
      "DELETE /zones/{zone_id}/dns_records/{dns_record_id}",
    );
  });

  it("ranks a deprecated operation below its replacement and flags it", () => {
    const results = findOperations(index, "list workers scripts");
    const paths = results.map((result) => result.path);
    expect(paths.indexOf("/accounts/{account_id}/workers/scripts")).toBeLessThan(
      paths.indexOf("/accounts/{account_id}/workers/legacy_scripts"),
    );
    expect(results.find((result) => result.path.endsWith("legacy_scripts"))?.deprecated).toBe(true);
  });
});
