// The tool-naming rule: <server>_<noun>_<verb>, one noun per resource, kit tools exempt.
import { describe, expect, it } from "vitest";
import { checkToolName, checkToolNames, toolPrefixOf } from "./naming";

describe("checkToolName", () => {
  it("accepts <server>_<noun>_<verb> and returns the noun", () => {
    expect(checkToolName("secrets_store_secrets_list", "secrets_store")).toBe("secrets");
    expect(checkToolName("workers_builds_build_logs_get", "workers_builds")).toBe("build_logs");
    expect(checkToolName("accounts_list", "secrets_store")).toBe("accounts_list");
  });

  it.each([
    ["builds_list", "does not start with this server's prefix"],
    ["workers_builds_list_builds", "known verb"],
    ["workers_builds_list", "has no noun"],
    ["workers_builds_builds_fetch", "known verb"],
    ["Workers_builds_builds_list", "snake_case"],
  ])("refuses %s", (name, reason) => {
    expect(() => checkToolName(name, "workers_builds")).toThrow(reason);
  });

  it("derives the prefix from the server name", () => {
    expect(toolPrefixOf("ai-gateway")).toBe("ai_gateway");
  });
});

describe("checkToolNames", () => {
  it("refuses singular and plural nouns for one resource", () => {
    expect(() =>
      checkToolNames(["secrets_store_secrets_list", "secrets_store_secret_get"], "secrets_store"),
    ).toThrow('"secret" and "secrets"');
  });

  it("refuses a name registered twice", () => {
    expect(() => checkToolNames(["x_items_list", "x_items_list"], "x")).toThrow("twice");
  });

  it("accepts a consistent set with the kit's own tools", () => {
    expect(() =>
      checkToolNames(["accounts_list", "set_active_account", "x_items_list", "x_items_get"], "x"),
    ).not.toThrow();
  });
});
