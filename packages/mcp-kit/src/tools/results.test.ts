// boundJson: output stays valid JSON under the bound and says what it cut.
import { describe, expect, it } from "vitest";
import { boundJson } from "./results";

describe("boundJson", () => {
  it("returns small values untouched", () => {
    const result = boundJson({ a: 1 }, 100);
    expect(result).toMatchObject({ truncated: false, text: '{"a":1}' });
  });

  it("keeps the longest prefix of a top-level array, wrapped with a note", () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ i }));
    const result = boundJson(items, 2000, "Use page=2.");
    const parsed = JSON.parse(result.text);
    expect(result.text.length).toBeLessThanOrEqual(2000);
    expect(parsed.items[0]).toEqual({ i: 0 });
    expect(parsed._truncated).toMatch(/shows \d+ of 1000 items.*Use page=2\./);
  });

  it("cuts a long string inside an object and keeps other fields", () => {
    const result = boundJson({ id: "x", body: "y".repeat(50_000) }, 1000);
    const parsed = JSON.parse(result.text);
    expect(parsed.id).toBe("x");
    expect(parsed.body.length).toBeLessThan(1000);
    expect(parsed._truncated).toContain("body cut to");
  });

  it("shrinks nested structures until the whole fits", () => {
    const value = {
      groups: Array.from({ length: 50 }, (_, g) => ({
        g,
        rows: Array.from({ length: 200 }, (_, r) => `row-${r}`),
      })),
    };
    const result = boundJson(value, 5000);
    expect(result.text.length).toBeLessThanOrEqual(5000);
    expect(() => JSON.parse(result.text)).not.toThrow();
  });
});
