// Input handling of searchDocs: product filter, limits, snippets and the typed errors.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { DocsSearchError, listProducts, MAX_SNIPPET_CHARS, searchDocs } from "../src/index.ts";
import { loadFixture } from "./fixture.ts";

beforeAll(async () => {
  await loadFixture();
});

async function searchError(options: Parameters<typeof searchDocs>[1], db = env.DOCS_DB) {
  const error = await searchDocs(db, options).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DocsSearchError);
  return error as DocsSearchError;
}

describe("product filter", () => {
  it("returns only passages of the requested product", async () => {
    const { results } = await searchDocs(env.DOCS_DB, { query: "namespace", product: "kv" });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((result) => result.product === "kv")).toBe(true);
  });

  it("reads a product written as a display name", async () => {
    const { results } = await searchDocs(env.DOCS_DB, { query: "cache", product: "AI Gateway" });
    expect(results.map((result) => result.product)).toEqual(["ai-gateway"]);
  });

  it("rejects an unknown product and lists close names", async () => {
    const error = await searchError({ query: "roles", product: "secret-store" });
    expect(error.code).toBe("unknown_product");
    expect(error.suggestions).toEqual(["secrets-store"]);
    expect(error.message).toBe('Unknown product "secret-store". Close names: secrets-store.');
  });
});

describe("bad input", () => {
  it.each(["", "   ", "?!", '"" () *'])("rejects the query %j as empty", async (query) => {
    expect((await searchError({ query })).code).toBe("empty_query");
  });

  it.each([
    '"unbalanced quote',
    "(kv",
    "kv) OR (",
    "NEAR(kv bind, 2)",
    "AND",
    "kv AND OR NOT",
    "title:kv",
    "{title body}: kv",
    "kv* ^bind -worker",
    "d1 - time-travel",
    "ai-gateway:logs",
    "it's a 'single' quote",
    "kv + r2 = ?",
    "🔑 secrets 🔒",
    "x".repeat(10_000),
  ])("never throws on FTS5 syntax in %j", async (query) => {
    const response = await searchDocs(env.DOCS_DB, { query });
    expect(Array.isArray(response.results)).toBe(true);
  });

  it("reports an index that was never loaded", async () => {
    expect((await searchError({ query: "kv" }, env.EMPTY_DOCS_DB)).code).toBe("index_empty");
  });

  it("reports a database without tables, or with an earlier version's tables, as not loaded", async () => {
    for (const db of [env.BARE_DOCS_DB, env.OLD_DOCS_DB]) {
      const error = await searchError({ query: "kv" }, db);
      expect(error.code).toBe("index_empty");
      expect(error.message).toMatch(/older version/);
    }
  });
});

describe("limits and snippets", () => {
  it("returns 5 results by default and clamps the limit to 1-20", async () => {
    const query = "worker database bucket secret gateway namespace";
    expect((await searchDocs(env.DOCS_DB, { query })).results).toHaveLength(5);
    expect((await searchDocs(env.DOCS_DB, { query, limit: 0 })).results).toHaveLength(1);
    expect((await searchDocs(env.DOCS_DB, { query, limit: 2.7 })).results).toHaveLength(2);
    const many = await searchDocs(env.DOCS_DB, { query, limit: 500 });
    expect(many.results.length).toBeGreaterThan(5);
    expect(many.results.length).toBeLessThanOrEqual(20);
  });

  it("bounds every snippet and keeps it on one line", async () => {
    const { results } = await searchDocs(env.DOCS_DB, {
      query: "presigned links expire signing key server",
      limit: 20,
    });
    expect(results.length).toBeGreaterThan(0);
    for (const { snippet } of results) {
      expect(snippet.length).toBeGreaterThan(0);
      expect(snippet.length).toBeLessThanOrEqual(MAX_SNIPPET_CHARS);
      expect(snippet).not.toMatch(/\n/);
    }
  });

  it("centres the snippet on the matched words", async () => {
    const { results } = await searchDocs(env.DOCS_DB, { query: "error 1003" });
    expect(results[0]?.snippet).toContain("1003");
  });
});

describe("listProducts", () => {
  it("lists every product with its page and passage counts", async () => {
    const products = await listProducts(env.DOCS_DB);
    expect(products.map((product) => product.name)).toEqual([
      "ai-gateway",
      "d1",
      "kv",
      "r2",
      "secrets-store",
      "workers",
    ]);
    expect(products.find((product) => product.name === "kv")).toMatchObject({ pages: 2 });
    expect(products.every((product) => product.passages >= product.pages)).toBe(true);
  });
});
