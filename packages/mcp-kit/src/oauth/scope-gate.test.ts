// OAuth scopes in the kit: the catalog read from an app's tool declarations, and the gate that
// refuses a tool whose scope the grant lacks, naming the scope to add.
import { templateScopes } from "@repo/auth";
import { describe, expect, it } from "vitest";
import { ToolError } from "../tools/errors";
import type { RegistrationContext } from "../tools/types";
import { assertScopes, missingScopes } from "./scope-gate";
import { toolScopeCatalog } from "./tool-catalog";

const annotations = (readOnly: boolean, destructive = false) => ({
  readOnlyHint: readOnly,
  destructiveHint: destructive,
  idempotentHint: true,
});

function register(context: RegistrationContext) {
  const handler = async () => ({ content: [] });
  context.accountTool({
    name: "list",
    title: "",
    description: "",
    input: {},
    annotations: annotations(true),
    permission: "Secrets Store Read",
    handler,
  });
  context.accountTool({
    name: "remove",
    title: "",
    description: "",
    input: {},
    annotations: annotations(false, true),
    permission: "Secrets Store Edit",
    handler,
  });
  context.tool({
    name: "ping",
    title: "",
    description: "",
    input: {},
    annotations: annotations(true),
    handler,
  });
}

const oauth = (scopes: string[]) => ({
  kind: "oauth" as const,
  tokenKind: "user" as const,
  userKey: "user:u",
  accounts: [],
  scopes,
  readOnly: !scopes.some((scope) => scope.endsWith(":write")),
});

describe("toolScopeCatalog", () => {
  it("reads the scopes from the tools' permissions without running them", async () => {
    const catalog = await toolScopeCatalog(register);
    expect(templateScopes(catalog, "read-only")).toContain("secrets_store:read");
    expect(templateScopes(catalog, "read-only")).not.toContain("secrets_store:write");
    expect(templateScopes(catalog, "full")).toContain("secrets_store:write");
  });
});

describe("the scope gate", () => {
  it("lets API tokens through (their own permissions decide) and OAuth grants with the scope", () => {
    const apiToken = {
      kind: "api-token" as const,
      tokenKind: "user" as const,
      userKey: "u",
      accounts: [],
    };
    expect(missingScopes(apiToken, "Secrets Store Edit")).toEqual([]);
    expect(missingScopes(oauth(["secrets_store:write"]), "Secrets Store Read")).toEqual([]);
  });

  it("refuses a write on a read-only grant and names the scope to add", () => {
    let error: unknown;
    try {
      assertScopes("remove", oauth(["user:read", "secrets_store:read"]), "Secrets Store Edit");
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ToolError);
    expect((error as ToolError).message).toContain('"secrets_store:write"');
    expect((error as ToolError).message).toContain("read-only");
    expect((error as ToolError).hint).toContain("consent page");
  });
});
