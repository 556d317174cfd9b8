// Scope: permissions as data — declared expressions, their OAuth scopes through the one table, and
// whether a grant covers them (all-of, any-of, permissions no scope grants, unknown ones).
import { describe, expect, it } from "vitest";
import {
  describePermission,
  evaluateNeed,
  permissionProblem,
  scopeGranted,
  scopeNeed,
  specPermission,
} from "./requirement";

describe("scopeNeed", () => {
  it("maps permission groups and spec keys through the table", () => {
    expect(scopeNeed("Secrets Store Edit", "write")).toEqual({
      scope: "secrets_store:write",
      permission: "Secrets Store Edit",
    });
    expect(scopeNeed("#dns_records:read", "read")).toMatchObject({ scope: "dns_records:read" });
    expect(scopeNeed("#ssl:read", "read")).toMatchObject({ scope: "ssl_certs:write" });
  });

  it("picks the read or write scope of a permission that covers both, by access", () => {
    expect(scopeNeed("com.cloudflare.api.account.aig", "read")).toMatchObject({
      scope: "aig:read",
    });
    expect(scopeNeed("com.cloudflare.api.account.aig", "write")).toMatchObject({
      scope: "aig:write",
    });
  });

  it("marks permissions no OAuth scope grants, and unknown ones", () => {
    expect(scopeNeed("#billing:read", "read")).toEqual({ ungrantable: "#billing:read" });
    expect(scopeNeed("Something New Read", "read")).toEqual({ unknown: "Something New Read" });
  });
});

describe("evaluateNeed", () => {
  const builds = scopeNeed(
    { allOf: ["Workers Builds Configuration Read", "Workers Scripts Read"] },
    "read",
  );

  it("needs every part of an allOf, and names what is missing", () => {
    expect(evaluateNeed(builds, ["workers_builds:read", "workers:read"]).covered).toBe(true);
    expect(evaluateNeed(builds, ["workers_builds:read"])).toEqual({
      covered: false,
      missing: ["workers:read"],
      ungrantable: [],
    });
  });

  it("takes any alternative of an anyOf, else reports the one missing least", () => {
    const either = scopeNeed({ anyOf: ["#billing:read", "#organization:read"] }, "read");
    expect(evaluateNeed(either, ["account:read"]).covered).toBe(true);
    expect(evaluateNeed(either, [])).toEqual({
      covered: false,
      missing: ["account:read"],
      ungrantable: [],
    });
  });

  it("lets a write scope cover its product's read, never the other way round", () => {
    expect(scopeGranted(["secrets_store:write"], "secrets_store:read")).toBe(true);
    expect(scopeGranted(["dns_records:edit"], "dns_records:read")).toBe(true);
    expect(scopeGranted(["secrets_store:read"], "secrets_store:write")).toBe(false);
  });

  it("never covers a permission no scope grants; always leaves an unknown one to Cloudflare", () => {
    expect(evaluateNeed(scopeNeed("#waf:edit", "write"), ["account:read"])).toEqual({
      covered: false,
      missing: [],
      ungrantable: ["#waf:edit"],
    });
    expect(evaluateNeed({ unknown: "X Read" }, []).covered).toBe(true);
  });
});

describe("declared permissions", () => {
  it("accepts table names and explicit pairs, and says what is wrong with the rest", () => {
    expect(permissionProblem({ allOf: ["Secrets Store Read", "Workers Scripts Read"] })).toBe(
      undefined,
    );
    expect(permissionProblem({ permission: "My Product Read", scope: "my_product:read" })).toBe(
      undefined,
    );
    expect(permissionProblem("Secrets Stor Read")).toContain(
      'unknown Cloudflare permission "Secrets Stor Read"',
    );
    expect(permissionProblem({ permission: "X", scope: "not a scope" })).toContain("malformed");
    expect(permissionProblem({ anyOf: [] })).toContain("empty");
  });

  it("reads as words in errors and docs", () => {
    expect(describePermission({ allOf: ["A Read", { anyOf: ["B Read", "C Read"] }] })).toBe(
      "A Read and (B Read or C Read)",
    );
  });

  it("turns a spec operation's permission values into any-of, leaving unknown ones to Cloudflare", () => {
    expect(specPermission(["#billing:read", "#billing:edit"])).toEqual({
      anyOf: ["#billing:read", "#billing:edit"],
    });
    expect(specPermission(["#zone:read"])).toBe("#zone:read");
    expect(specPermission(["#zone:read", "brand.new.permission"])).toBeUndefined();
    expect(specPermission([])).toBeUndefined();
  });
});
