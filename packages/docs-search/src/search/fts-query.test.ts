// Query sanitising: user text becomes quoted OR terms, never FTS5 syntax.
import { describe, expect, it } from "vitest";
import {
  buildFtsQuery,
  buildTermsQuery,
  COST_QUESTION,
  MAX_QUERY_CHARS,
  QUANTITY_QUESTION,
} from "./fts-query.ts";

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

  it("gives the passages the words and prefix without the adjacent pairs", () => {
    expect(buildFtsQuery("durable obj")?.words).toBe('"durable" OR "obj" OR "obj"*');
    expect(buildFtsQuery("durable obj")?.match).toContain('"durable obj"');
  });

  it("adds a prefix match for a last word that may still be typed", () => {
    expect(buildFtsQuery("durable obj")?.match).toContain('"obj"*');
    expect(buildFtsQuery("durable obj ")?.match).not.toContain("*");
    expect(buildFtsQuery("durable object?")?.match).not.toContain("*");
    expect(buildFtsQuery("durable ob")?.match).not.toContain("*");
  });

  it("recognises questions of quantity and of cost", () => {
    expect(QUANTITY_QUESTION.test("how many databases per account")).toBe(true);
    expect(QUANTITY_QUESTION.test("largest value i can store")).toBe(true);
    expect(QUANTITY_QUESTION.test("create a database")).toBe(false);
    expect(COST_QUESTION.test("what will i pay for 10 million requests")).toBe(true);
    expect(COST_QUESTION.test("deploy a worker")).toBe(false);
  });

  it("builds the expansion query from words the user did not type", () => {
    expect(buildTermsQuery(["rollback deployment", "the versions"])).toBe(
      '"rollback" OR "deployment" OR "versions"',
    );
    expect(buildTermsQuery(["the of"])).toBeUndefined();
  });

  it("returns undefined when the text has no words", () => {
    expect(buildFtsQuery("")).toBeUndefined();
    expect(buildFtsQuery('  ?! () "" * ')).toBeUndefined();
  });

  it("bounds the input length but keeps every word of it", () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
    expect(buildFtsQuery(words)?.terms).toHaveLength(40);
    const long = `${"x".repeat(MAX_QUERY_CHARS)} tail`;
    expect(buildFtsQuery(long)?.terms).toEqual(["x".repeat(MAX_QUERY_CHARS)]);
  });
});
