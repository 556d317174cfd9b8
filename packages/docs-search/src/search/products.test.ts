// Product names: normalising what callers type and suggesting close names.
import { describe, expect, it } from "vitest";
import { closeProductNames, normalizeProduct } from "./products.ts";

const NAMES = ["ai-gateway", "d1", "kv", "r2", "secrets-store", "workers", "workers-ai"];

describe("normalizeProduct", () => {
  it("reads display names as slugs", () => {
    expect(normalizeProduct("  AI Gateway ")).toBe("ai-gateway");
    expect(normalizeProduct("secrets_store")).toBe("secrets-store");
  });
});

describe("closeProductNames", () => {
  it("suggests names containing the input first", () => {
    expect(closeProductNames("worker", NAMES)).toEqual(["workers", "workers-ai"]);
  });

  it("suggests names within a small edit distance", () => {
    expect(closeProductNames("secret-store", NAMES)[0]).toBe("secrets-store");
    expect(closeProductNames("ai-gatway", NAMES)[0]).toBe("ai-gateway");
  });

  it("suggests names that share a word", () => {
    expect(closeProductNames("gateway-logs", NAMES)).toContain("ai-gateway");
  });

  it("suggests nothing for an unrelated name", () => {
    expect(closeProductNames("spreadsheets", NAMES)).toEqual([]);
  });
});
