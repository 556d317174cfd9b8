// Scope: which names the generator accepts, and how one name is spelled across generated files.
import { describe, expect, it } from "vitest";
import { deriveNames, MAX_NAME_LENGTH, nameProblem } from "../src/names.ts";
import { substitute } from "../src/substitute.ts";

describe("nameProblem", () => {
  it("accepts kebab-case product names", () => {
    for (const name of ["zero-trust", "r2", "d1-databases", "a".repeat(MAX_NAME_LENGTH)]) {
      expect(nameProblem(name), name).toBeUndefined();
    }
  });

  it("refuses names that are not kebab-case, saying what is allowed", () => {
    for (const name of [
      "ZeroTrust",
      "zero_trust",
      "zero--trust",
      "-zero",
      "zero-",
      "1zero",
      "a b",
    ]) {
      expect(nameProblem(name), name).toContain("is not kebab-case");
    }
  });

  it("refuses names too long for the staging Worker name", () => {
    expect(nameProblem("a".repeat(MAX_NAME_LENGTH + 1))).toContain("cloudflare-mcp-<name>-staging");
  });

  it("refuses reserved names and the prefixes the generator adds", () => {
    expect(nameProblem("api")).toContain('"api" is reserved');
    expect(nameProblem("emulator")).toContain("is reserved");
    expect(nameProblem("cloudflare-zero-trust")).toContain("drop it");
    expect(nameProblem("")).toContain("give the server a name");
  });
});

describe("deriveNames", () => {
  it("spells a name for folders, tools, identifiers, variables and titles", () => {
    expect(deriveNames("zero-trust-access")).toEqual({
      kebab: "zero-trust-access",
      snake: "zero_trust_access",
      camel: "zeroTrustAccess",
      pascal: "ZeroTrustAccess",
      constant: "ZERO_TRUST_ACCESS",
      title: "Zero Trust Access",
    });
  });
});

describe("substitute", () => {
  const target = { names: deriveNames("zero-trust"), port: 8795 };

  it("replaces every spelling of the template name and its port", () => {
    const text =
      'my-product my_product_items_list myProductProduct MyProduct MY_PRODUCT_PORT "My Product Read" :8799/mcp';
    expect(substitute(text, target)).toBe(
      'zero-trust zero_trust_items_list zeroTrustProduct ZeroTrust ZERO_TRUST_PORT "Zero Trust Read" :8795/mcp',
    );
  });

  it("replaces in one pass, so a new name containing the template name is not replaced again", () => {
    const nested = { names: deriveNames("my-product-two"), port: 8799 };
    expect(substitute("apps/my-product myProduct", nested)).toBe(
      "apps/my-product-two myProductTwo",
    );
  });
});
