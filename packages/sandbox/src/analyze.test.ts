// Reading which members of a scope name code uses, conservatively.
import { describe, expect, it } from "vitest";
import { membersUsed } from "./analyze.ts";

const used = (code: string) => {
  const result = membersUsed(code, "spec");
  return result === "any" ? "any" : [...result].sort();
};

describe("membersUsed", () => {
  it("lists plain member reads", () => {
    expect(used('async () => spec.find("dns", { limit: 3 })')).toEqual(["find"]);
    expect(
      used("async () => { const a = await spec.find('x'); return spec.paths[a[0].path]; }"),
    ).toEqual(["find", "paths"]);
    expect(used("return spec.operations.length")).toEqual(["operations"]);
  });

  it("ignores the name where it is a property, not the variable", () => {
    expect(used("async () => ({ spec: 1, x: other.spec, y: { spec() {} } })")).toEqual([]);
  });

  it("answers any for every other use", () => {
    for (const code of [
      "async () => spec['paths']",
      "async () => Object.keys(spec)",
      "async () => { const { paths } = spec; return paths; }",
      "async () => { const s = spec; return s.paths; }",
      "async () => ({ spec })",
      "async () => { let spec = 1; return spec; }",
      "async () => { return ; ; ) }",
    ]) {
      expect(used(code), code).toBe("any");
    }
  });
});
