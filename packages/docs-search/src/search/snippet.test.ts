// Snippet bounding: whitespace collapsed, cut at a word boundary within the limit.
import { describe, expect, it } from "vitest";
import { boundSnippet, MAX_SNIPPET_CHARS } from "./snippet.ts";

describe("boundSnippet", () => {
  it("collapses whitespace and keeps short text whole", () => {
    expect(boundSnippet("a\n\n  b\tc ")).toBe("a b c");
  });

  it("cuts long text at a word boundary and marks the cut", () => {
    const text = "alpha ".repeat(100);
    const bounded = boundSnippet(text);
    expect(bounded.length).toBeLessThanOrEqual(MAX_SNIPPET_CHARS);
    expect(bounded.endsWith("alpha…")).toBe(true);
  });

  it("cuts a single unbroken token too", () => {
    expect(boundSnippet("x".repeat(1_000)).length).toBe(MAX_SNIPPET_CHARS);
  });
});
