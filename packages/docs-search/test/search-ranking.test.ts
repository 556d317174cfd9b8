// Ranking on the fixture corpus: the page about the asked topic comes first, one result per page.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { searchDocs, writeDocsIndex } from "../src/index.ts";
import { FIXTURE_BASE, fixturePages, loadFixture } from "./fixture.ts";

beforeAll(async () => {
  await loadFixture();
});

/** Result URLs with their section anchors. */
async function topUrls(query: string): Promise<string[]> {
  const { results } = await searchDocs(env.DOCS_DB, { query });
  return results.map((result) => `${result.url}${result.anchor}`);
}

const page = (url: string | undefined) => url?.split("#")[0];

describe("searchDocs ranking", () => {
  it.each([
    ["what does error 1003 mean in Secrets Store", "/secrets-store/"],
    ["how long are AI Gateway logs kept", "/ai-gateway/observability/logging/"],
    ["maximum size of a KV value", "/kv/platform/limits/"],
    ["restore a D1 database to an earlier time", "/d1/reference/time-travel/"],
    ["which roles can deploy secrets", "/secrets-store/access-control/"],
    ["allow browsers on other origins to fetch objects", "/r2/buckets/cors/"],
  ])("answers %j with the page that holds the answer first", async (query, path) => {
    expect(page((await topUrls(query))[0])).toBe(`${FIXTURE_BASE}${path}`);
  });

  it.each([
    ["what does error 1003 mean in Secrets Store", "/secrets-store/#error-codes"],
    ["maximum size of a KV value", "/kv/platform/limits/#value-size"],
    ["restore a D1 database to an earlier time", "/d1/reference/time-travel/#restore-a-database"],
  ])("points %j at the section that holds the answer", async (query, url) => {
    expect((await topUrls(query))[0]).toBe(`${FIXTURE_BASE}${url}`);
  });

  it("answers a question that points at a product, its overview query in the same D1 statement", async () => {
    // "s3" points at R2 through the vocabulary; the R2 pages come back by their path.
    const top = await topUrls("is there an s3 alternative");
    expect(top.some((url) => url.startsWith(`${FIXTURE_BASE}/r2/`))).toBe(true);
  });

  it("finds both pages about binding a KV namespace in the top two", async () => {
    const top = (await topUrls("how do I bind a KV namespace to a Worker")).slice(0, 2);
    expect(top).toContain(`${FIXTURE_BASE}/workers/configuration/bindings/#kv-namespaces`);
    expect(top.map(page)).toContain(`${FIXTURE_BASE}/kv/concepts/namespaces/`);
  });

  it("returns at most one passage per page", async () => {
    const { results } = await searchDocs(env.DOCS_DB, {
      query: "presigned URL expiry key",
      limit: 20,
    });
    const pages = results.map((result) => result.url);
    expect(new Set(pages).size).toBe(pages.length);
  });

  it("orders results by descending score and fills every field", async () => {
    const { results } = await searchDocs(env.DOCS_DB, { query: "database query wrangler" });
    expect(results.length).toBeGreaterThan(1);
    const scores = results.map((result) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const result of results) {
      expect(result).toEqual({
        title: expect.any(String),
        url: expect.stringMatching(/^https:\/\/docs\.example\.test\/[^#]*$/),
        anchor: expect.stringMatching(/^(#[\w-]+)?$/),
        product: expect.any(String),
        heading: expect.any(String),
        snippet: expect.any(String),
        score: expect.any(Number),
      });
    }
  });

  it("reports the heading path of the matched section", async () => {
    const { results } = await searchDocs(env.DOCS_DB, { query: "wrangler deploy env option" });
    expect(results.map((result) => result.heading)).toContain("deploy > Options");
  });

  it("matches a word the user is still typing by prefix", async () => {
    expect(page((await topUrls("presig"))[0])).toBe(`${FIXTURE_BASE}/r2/api/presigned-urls/`);
  });

  it("returns an empty list when nothing matches", async () => {
    expect(await searchDocs(env.DOCS_DB, { query: "xylophone zeppelin" })).toEqual({ results: [] });
  });

  it("finds a page by a question users ask in words the page does not use", async () => {
    const query = "get back a table I dropped by mistake yesterday";
    await writeDocsIndex(env.DOCS_DB, fixturePages(), { questions: {} });
    const without = (await topUrls(query)).map(page);
    await writeDocsIndex(env.DOCS_DB, fixturePages(), {
      questions: { "/d1/reference/time-travel/": ["get back a table i dropped by mistake"] },
    });
    const found = (await topUrls(query)).map(page);
    await loadFixture();
    expect(without[0]).not.toBe(`${FIXTURE_BASE}/d1/reference/time-travel/`);
    expect(found[0]).toBe(`${FIXTURE_BASE}/d1/reference/time-travel/`);
  });
});
