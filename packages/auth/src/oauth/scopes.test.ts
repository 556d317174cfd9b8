// Scope catalogs: permissions to Cloudflare OAuth scopes, templates, and what a grant covers.
import { describe, expect, it } from "vitest";
import {
  buildScopeCatalog,
  isReadOnlyGrant,
  permissionScopes,
  scopeGranted,
  supportedScopes,
  templateScopes,
} from "./scopes";

const SECRETS_TOOLS = [
  { permission: "Secrets Store Read", readOnly: true, destructive: false },
  { permission: "Secrets Store Edit", readOnly: false, destructive: false },
  { permission: "Secrets Store Edit", readOnly: false, destructive: true },
  { readOnly: true, destructive: false },
];

describe("permissionScopes", () => {
  it("maps known permission groups, joined ones, and unknown ones by rule", () => {
    expect(permissionScopes("Secrets Store Edit")).toEqual(["secrets_store:write"]);
    expect(permissionScopes("Workers Builds Configuration Read and Workers Scripts Read")).toEqual([
      "workers_builds:read",
      "workers:read",
    ]);
    expect(permissionScopes("DNS Records Edit")).toEqual(["dns_records:write"]);
  });
});

describe("buildScopeCatalog", () => {
  it("derives read-only, default and full templates, always with the baseline", () => {
    const catalog = buildScopeCatalog(SECRETS_TOOLS);
    expect(templateScopes(catalog, "read-only")).toEqual([
      "account:read",
      "offline_access",
      "user:read",
      "secrets_store:read",
    ]);
    expect(templateScopes(catalog, "full")).toContain("secrets_store:write");
    expect(catalog.scopes.map((scope) => scope.name)).toContain("secrets_store:write");
    expect(catalog.scopes.every((scope) => scope.description.length > 0)).toBe(true);
  });

  it("keeps writes needed only by destructive tools out of the default template", () => {
    const catalog = buildScopeCatalog([
      { permission: "Widgets Read", readOnly: true, destructive: false },
      { permission: "Widgets Edit", readOnly: false, destructive: true },
    ]);
    expect(templateScopes(catalog, "default")).not.toContain("widgets:write");
    expect(templateScopes(catalog, "full")).toContain("widgets:write");
  });

  it("lets an app replace a template", () => {
    const catalog = buildScopeCatalog([], {
      templates: { full: ["zone:read", "dns_records:edit"] },
    });
    expect(templateScopes(catalog, "full")).toEqual(
      expect.arrayContaining(["user:read", "zone:read", "dns_records:edit"]),
    );
  });
});

describe("grants", () => {
  it("ignores scopes the server does not know", () => {
    const catalog = buildScopeCatalog(SECRETS_TOOLS);
    expect(supportedScopes(catalog, ["openid", "email", "secrets_store:read"])).toEqual([
      "secrets_store:read",
    ]);
  });

  it("lets a write scope cover the same product's read", () => {
    expect(scopeGranted(["secrets_store:write"], "secrets_store:read")).toBe(true);
    expect(scopeGranted(["secrets_store:read"], "secrets_store:write")).toBe(false);
  });

  it("calls a grant read-only when no scope can change anything", () => {
    expect(isReadOnlyGrant(["user:read", "offline_access", "aig:read"])).toBe(true);
    expect(isReadOnlyGrant(["user:read", "aig:write"])).toBe(false);
  });
});
