// Query sanitising: user text becomes quoted OR terms, never FTS5 syntax.
import { describe, expect, it } from "vitest";
import { buildFtsQuery, MAX_QUERY_CHARS } from "./fts-query.ts";

describe("buildFtsQuery", () => {
  it("quotes every term so FTS5 operators in the input are plain words", () => {
    const query = buildFtsQuery("kv NEAR bind AND worker.");
    expect(query?.match).toBe(
      '"kv" OR "near" OR "bind" OR "worker" OR "kv near" OR "near bind" OR "bind worker"',
    );
  });

  it("drops stopwords, but searches a query made only of stopwords as written", () => {
    expect(buildFtsQuery("how do I bind a namespace?")?.terms).toEqual(["bind", "namespace"]);
    expect(buildFtsQuery("how do I")?.terms).toEqual(["how", "do", "i"]);
  });

  it("searches hyphenated, dotted and slashed compounds as phrases", () => {
    expect(buildFtsQuery("ai-gateway logs on 1.1.1.1 @cf/meta/llama-3.")?.terms).toEqual([
      "ai gateway",
      "logs",
      "1 1 1 1",
      "cf meta llama 3",
    ]);
  });

  it("adds a prefix match for a last word that may still be typed", () => {
    expect(buildFtsQuery("durable obj")?.match).toContain('"obj"*');
    expect(buildFtsQuery("durable obj ")?.match).not.toContain("*");
    expect(buildFtsQuery("durable object?")?.match).not.toContain("*");
    expect(buildFtsQuery("durable ob")?.match).not.toContain("*");
  });

  it("adds limits to questions of quantity", () => {
    expect(buildFtsQuery("how many databases per account")?.terms).toContain("limits");
    expect(buildFtsQuery("maximum value size")?.terms).toContain("limits");
    expect(buildFtsQuery("create a database")?.terms).not.toContain("limits");
  });

  it("returns undefined when the text has no words", () => {
    expect(buildFtsQuery("")).toBeUndefined();
    expect(buildFtsQuery('  ?! () "" * ')).toBeUndefined();
  });

  it("bounds the input length and the number of terms", () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
    expect(buildFtsQuery(words)?.terms).toHaveLength(12);
    const long = `${"x".repeat(MAX_QUERY_CHARS)} tail`;
    expect(buildFtsQuery(long)?.terms).toEqual(["x".repeat(MAX_QUERY_CHARS)]);
  });
});
