// Scope: dropSecretValues, the guard that strips any echoed `value` from API results.
import { describe, expect, it } from "vitest";
import { dropSecretValues } from "../src/redact";

describe("dropSecretValues", () => {
  it("removes value fields at any depth and keeps everything else", () => {
    const echoed = {
      id: "a",
      value: "top-secret",
      nested: [{ name: "N", value: "also-secret", scopes: ["workers"] }],
    };
    expect(dropSecretValues(echoed)).toEqual({
      id: "a",
      nested: [{ name: "N", scopes: ["workers"] }],
    });
  });

  it("leaves the input untouched and passes primitives through", () => {
    const input = { value: "x" };
    dropSecretValues(input);
    expect(input).toEqual({ value: "x" });
    expect(dropSecretValues(null)).toBeNull();
    expect(dropSecretValues("text")).toBe("text");
  });
});
