// OAuth scopes in the kit: the catalog read from an app's tool declarations, which tools a grant
// covers (the others are not listed), and the refusal that names the scope to add.
import { templateScopes } from "@repo/auth";
import { describe, expect, it } from "vitest";
import { ToolError } from "../tools/errors";
import type { RegistrationContext } from "../tools/types";
import { assertScopes, grantCovers, toolNeed } from "./scope-gate";
import { toolScopeCatalog } from "./tool-catalog";

const annotations = (readOnly: boolean, destructive = false) => ({
  readOnlyHint: readOnly,
  destructiveHint: destructive,
  idempotentHint: true,
});

function register(context: RegistrationContext) {
  const handler = async () => ({ content: [] });
  const tool = { title: "", description: "", input: {}, handler };
  context.accountTool({
    ...tool,
    name: "list",
    annotations: annotations(true),
    permission: "Secrets Store Read",
  });
  context.accountTool({
    ...tool,
    name: "create",
    annotations: annotations(false),
    permission: "Secrets Store Edit",
  });
  context.accountTool({
    ...tool,
    name: "remove",
    annotations: annotations(false, true),
    permission: "Secrets Store Edit",
  });
  context.tool({ ...tool, name: "ping", annotations: annotations(true) });
}

const oauth = (scopes: string[]) => ({
  kind: "oauth" as const,
  tokenKind: "user" as const,
  credentialKey: "grant:g",
  accounts: [],
  scopes,
  readOnly: !scopes.some((scope) => !scope.endsWith(":read") && scope !== "offline_access"),
});

describe("toolScopeCatalog", () => {
  it("reads the scopes from the tools' permissions without running them", async () => {
    const catalog = await toolScopeCatalog(register);
    expect(templateScopes(catalog, "read-only")).toContain("secrets_store:read");
    expect(templateScopes(catalog, "read-only")).not.toContain("secrets_store:write");
    expect(templateScopes(catalog, "full")).toContain("secrets_store:write");
  });

  it("leaves a write scope a destructive tool uses out of Default, so Default equals Read only and is merged", async () => {
    const catalog = await toolScopeCatalog(register);
    expect(catalog.templates.map((template) => template.id)).toEqual(["read-only", "full"]);
    expect(templateScopes(catalog, "default")).not.toContain("secrets_store:write");
  });

  it("offers Cloudflare's whole catalogue when asked", async () => {
    const catalog = await toolScopeCatalog(register, "cloudflare");
    expect(catalog.scopes.length).toBeGreaterThan(60);
    expect(catalog.templates.map((template) => template.id)).toEqual([
      "read-only",
      "default",
      "full",
    ]);
  });
});

describe("the scope gate", () => {
  const write = toolNeed("Secrets Store Edit", false);
  const read = toolNeed("Secrets Store Read", true);

  it("lets API tokens through (their own permissions decide) and OAuth grants with the scope", () => {
    const apiToken = {
      kind: "api-token" as const,
      tokenKind: "user" as const,
      credentialKey: "token:t",
      accounts: [],
    };
    expect(grantCovers(apiToken, write)).toBe(true);
    expect(grantCovers(oauth(["secrets_store:write"]), read)).toBe(true);
    expect(grantCovers(oauth(["secrets_store:read"]), write)).toBe(false);
  });

  it("refuses a write on a read-only grant and names the scope to add", () => {
    let error: unknown;
    try {
      assertScopes("remove", oauth(["user:read", "secrets_store:read"]), write);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ToolError);
    expect((error as ToolError).message).toContain('"secrets_store:write"');
    expect((error as ToolError).message).toContain("read-only");
    expect((error as ToolError).hint).toContain("consent page");
  });

  it("says when no OAuth scope can grant a permission", () => {
    expect(() =>
      assertScopes("billing", oauth(["user:read"]), toolNeed("#billing:read", true)),
    ).toThrow(/which no OAuth scope grants/);
  });
});
