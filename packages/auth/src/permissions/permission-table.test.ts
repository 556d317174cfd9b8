// Scope: the one permission table and Cloudflare's scope catalogue agree with each other.
import { describe, expect, it } from "vitest";
import { PERMISSION_SCOPES } from "./permission-table";
import { MAX_REQUESTED_SCOPES, SCOPE_CATALOGUE } from "./scope-catalogue";

describe("the permission table", () => {
  it("maps only to scopes of Cloudflare's catalogue", () => {
    const known = new Set(SCOPE_CATALOGUE.map((scope) => scope.name));
    for (const [permission, rule] of Object.entries(PERMISSION_SCOPES)) {
      const scopes =
        rule === null ? [] : typeof rule === "string" ? [rule] : [rule.read, rule.write];
      for (const scope of scopes) expect(known.has(scope), `${permission} -> ${scope}`).toBe(true);
    }
  });
});

describe("the scope catalogue", () => {
  it("names each scope once and stays below Cloudflare's limit per authorization", () => {
    const names = SCOPE_CATALOGUE.map((scope) => scope.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeLessThanOrEqual(MAX_REQUESTED_SCOPES);
    expect(names.length).toBeGreaterThan(60);
  });

  it("describes every scope and files it under a product", () => {
    for (const scope of SCOPE_CATALOGUE) {
      expect(scope.description.length, scope.name).toBeGreaterThan(10);
      expect(scope.product.length, scope.name).toBeGreaterThan(1);
    }
  });
});
