// Which apps a release deploys, from versions now and at the base commit.
import { describe, expect, it } from "vitest";
import { baseRef } from "../src/base-ref.ts";
import { selectReleases } from "../src/select-apps.ts";

describe("selectReleases", () => {
  it("deploys only the apps whose version changed, by name", () => {
    const current = new Map([
      ["workers-builds", "0.2.0"],
      ["ai-gateway", "0.2.0"],
      ["secrets-store", "0.1.0"],
    ]);
    const previous = new Map([
      ["workers-builds", "0.1.0"],
      ["ai-gateway", "0.1.0"],
      ["secrets-store", "0.1.0"],
    ]);
    expect(selectReleases(current, previous)).toEqual([
      { app: "ai-gateway", from: "0.1.0", to: "0.2.0" },
      { app: "workers-builds", from: "0.1.0", to: "0.2.0" },
    ]);
  });

  it("deploys an app that did not exist at the base commit", () => {
    expect(selectReleases(new Map([["api", "0.1.0"]]), new Map([["api", undefined]]))).toEqual([
      { app: "api", from: undefined, to: "0.1.0" },
    ]);
  });

  it("deploys nothing when no version moved, and never an app without a version", () => {
    expect(selectReleases(new Map([["a", "1.0.0"]]), new Map([["a", "1.0.0"]]))).toEqual([]);
    expect(selectReleases(new Map([["a", undefined]]), new Map())).toEqual([]);
  });

  it("treats a version moved back as a change (a revert is deployed too)", () => {
    expect(selectReleases(new Map([["a", "1.0.0"]]), new Map([["a", "1.1.0"]]))).toHaveLength(1);
  });
});

describe("baseRef", () => {
  it("uses the push's previous commit, or HEAD^ when there is none", () => {
    expect(baseRef("a1b2c3")).toBe("a1b2c3");
    expect(baseRef(undefined)).toBe("HEAD^");
    expect(baseRef("  ")).toBe("HEAD^");
    expect(baseRef("0000000000000000000000000000000000000000")).toBe("HEAD^");
  });
});
