// Writing the index: counts, products and replacing a previous load.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { chunkPage, writeDocsIndex } from "../src/index.ts";
import { fixturePages, loadFixture } from "./fixture.ts";

async function count(sql: string): Promise<number> {
  return (await env.DOCS_DB.prepare(sql).first<number>("n")) ?? -1;
}

describe("writeDocsIndex", () => {
  it("stores every passage of every page and one row per product", async () => {
    const stats = await loadFixture();
    const pages = fixturePages();
    const passages = pages.flatMap((page) => chunkPage(page)).length;
    expect(stats).toEqual({ pages: pages.length, passages, products: 6 });
    expect(await count("SELECT count(*) AS n FROM docs_passages")).toBe(passages);
    expect(await count("SELECT count(*) AS n FROM docs_products")).toBe(6);
    expect(await count("SELECT value AS n FROM docs_meta WHERE key = 'pages'")).toBe(
      `${pages.length}` as unknown as number,
    );
  });

  it("replaces the previous index instead of adding to it", async () => {
    await loadFixture();
    const [first] = fixturePages();
    const stats = await writeDocsIndex(env.DOCS_DB, [first!], { batchBytes: 10 });
    expect(stats.pages).toBe(1);
    expect(await count("SELECT count(*) AS n FROM docs_passages")).toBe(stats.passages);
    expect(await count("SELECT count(*) AS n FROM docs_products")).toBe(1);
  });

  it("reports progress after each batch", async () => {
    const seen: number[] = [];
    await writeDocsIndex(env.DOCS_DB, fixturePages(), {
      batchBytes: 2_000,
      onProgress: (written) => seen.push(written),
    });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
