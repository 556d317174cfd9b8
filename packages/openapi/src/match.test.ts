// Scope: matching concrete API requests to the spec's operations (for per-request permissions).
import { describe, expect, it } from "vitest";
import { createOperationMatcher } from "./match.ts";
import type { Operation, ProcessedSpec } from "./types.ts";

const op = (method: Operation["method"], path: string): Operation => ({
  method,
  path,
  tags: [],
  product: "x",
  parameters: [],
  responses: {},
});

const spec = {
  operations: [
    op("GET", "/zones/{zone_id}/dns_records/{dns_record_id}"),
    op("GET", "/zones/{zone_id}/dns_records/export"),
    op("POST", "/zones/{zone_id}/dns_records"),
    op("GET", "/accounts/{account_id}/workers/scripts/{script_name}"),
  ],
} as unknown as ProcessedSpec;
const match = createOperationMatcher(spec);

describe("createOperationMatcher", () => {
  it("matches a concrete path to its template, by method", () => {
    expect(match("GET", "/accounts/abc/workers/scripts/my-worker")?.path).toBe(
      "/accounts/{account_id}/workers/scripts/{script_name}",
    );
    expect(match("post", "/zones/z1/dns_records?x=1")?.method).toBe("POST");
    expect(match("DELETE", "/zones/z1/dns_records")).toBeUndefined();
  });

  it("prefers the template with more literal segments", () => {
    expect(match("GET", "/zones/z1/dns_records/export")?.path).toBe(
      "/zones/{zone_id}/dns_records/export",
    );
    expect(match("GET", "/zones/z1/dns_records/r1")?.path).toBe(
      "/zones/{zone_id}/dns_records/{dns_record_id}",
    );
  });

  it("finds nothing for a path the spec does not have", () => {
    expect(match("GET", "/nowhere")).toBeUndefined();
  });
});
