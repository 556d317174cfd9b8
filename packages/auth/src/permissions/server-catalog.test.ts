// Scope: what a server's consent page offers: templates that differ, say what they include, and
// keep deleting out of Default; identical templates merged.
import { describe, expect, it } from "vitest";
import { BASELINE_SCOPES } from "./scope-catalogue";
import {
  buildCloudflareCatalog,
  buildToolCatalog,
  isReadOnlyGrant,
  supportedScopes,
  templateScopes,
} from "./server-catalog";

const tool = (scopes: string[], readOnly: boolean, destructive = false) => ({
  scopes,
  readOnly,
  destructive,
});

describe("a product server's catalog", () => {
  it("merges Default into Read only when every write it could add also deletes", () => {
    const catalog = buildToolCatalog([
      tool(["secrets_store:read"], true),
      tool(["secrets_store:write"], false),
      tool(["secrets_store:write"], false, true),
    ]);
    expect(catalog.templates.map((template) => template.id)).toEqual(["read-only", "full"]);
    const [readOnly, full] = catalog.templates;
    expect(readOnly?.scopes).toEqual([...BASELINE_SCOPES, "secrets_store:read"]);
    expect(readOnly?.description).toBe(
      "See Secrets Store stores and secret metadata (never values). Nothing can be changed.",
    );
    expect(readOnly?.description).toContain("Nothing can be changed");
    expect(full?.description).toContain("delete Secrets Store secrets");
    expect(full?.description).toContain("Includes deleting");
  });

  it("keeps one template when the server only reads", () => {
    const catalog = buildToolCatalog([tool(["aig:read"], true), tool([], true)]);
    expect(catalog.templates).toHaveLength(1);
    expect(catalog.templates[0]?.description).toMatch(/^Everything this server does: see/);
  });

  it("calls Default 'Full access' when nothing it adds deletes and nothing more exists", () => {
    const catalog = buildToolCatalog([
      tool(["workers_builds:read", "workers:read"], true),
      tool(["workers_builds:write"], false),
    ]);
    expect(catalog.templates.map((template) => template.title)).toEqual([
      "Read only",
      "Full access",
    ]);
    expect(catalog.templates[1]?.description).toBe(
      "Read only, plus: start Workers Builds (manual builds and retries). Nothing can be deleted.",
    );
  });

  it("offers three different templates when there are safe writes and deleting ones", () => {
    const catalog = buildToolCatalog([
      tool(["aig:read"], true),
      tool(["agw:run"], false),
      tool(["aig:write"], false, true),
    ]);
    expect(catalog.templates.map((template) => template.scopes.length)).toEqual([4, 5, 6]);
    expect(templateScopes(catalog, "default")).not.toContain("aig:write");
  });
});

describe("Cloudflare's whole catalogue (the api server)", () => {
  const catalog = buildCloudflareCatalog();
  const [readOnly, byDefault, full] = catalog.templates;

  it("offers three templates that really differ, read-only first", () => {
    expect(catalog.templates.map((template) => template.id)).toEqual([
      "read-only",
      "default",
      "full",
    ]);
    expect(readOnly!.scopes.length).toBeLessThan(byDefault!.scopes.length);
    expect(byDefault!.scopes.length).toBeLessThan(full!.scopes.length);
  });

  it("reads everything in Read only, runs work in Default, and deletes only in Full access", () => {
    expect(isReadOnlyGrant(readOnly!.scopes)).toBe(true);
    expect(readOnly!.scopes).toEqual(
      expect.arrayContaining(["workers:read", "dns_records:read", "aig:read"]),
    );
    expect(byDefault!.scopes).toEqual(expect.arrayContaining(["ai:write", "workers_builds:write"]));
    for (const scope of ["workers_scripts:write", "dns_records:edit", "d1:write", "teams:pii"]) {
      expect(byDefault!.scopes).not.toContain(scope);
      expect(full!.scopes).toContain(scope);
    }
    expect(byDefault!.description).toContain("Nothing can be deleted");
    expect(full!.description).toContain("Includes deleting");
  });

  it("groups its scopes by product", () => {
    const products = new Set(catalog.scopes.map((scope) => scope.product));
    expect([...products]).toEqual(
      expect.arrayContaining(["Account", "Workers", "AI", "Zones and DNS", "Zero Trust"]),
    );
  });
});

describe("requests", () => {
  it("ignores scopes the server does not know", () => {
    const catalog = buildToolCatalog([tool(["secrets_store:read"], true)]);
    expect(supportedScopes(catalog, ["openid", "email", "secrets_store:read"])).toEqual([
      "secrets_store:read",
    ]);
  });
});
