// Writing the index: counts, products and replacing a previous load.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { chunkPage, PAGE_QUESTIONS, writeDocsIndex } from "../src/index.ts";
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

  it("indexes each page's questions by URL path, one row per question, with the page's facts", async () => {
    await writeDocsIndex(env.DOCS_DB, fixturePages(), {
      questions: {
        "/kv/platform/limits/": ["how big can a value be", "how many writes per second"],
        "/not/a/page/": ["never indexed"],
      },
    });
    const { results } = await env.DOCS_DB.prepare(
      "SELECT question, url, title, product FROM docs_questions ORDER BY question",
    ).all();
    expect(results).toEqual([
      {
        question: "how big can a value be",
        url: "https://docs.example.test/kv/platform/limits/",
        title: "Limits",
        product: "kv",
      },
      {
        question: "how many writes per second",
        url: "https://docs.example.test/kv/platform/limits/",
        title: "Limits",
        product: "kv",
      },
    ]);
  });

  it("uses the package's own questions by default, whatever the host of the pages", async () => {
    await loadFixture();
    const limits = PAGE_QUESTIONS["/kv/platform/limits/"]!;
    expect(
      await count(
        "SELECT count(*) AS n FROM docs_questions WHERE url = 'https://docs.example.test/kv/platform/limits/'",
      ),
    ).toBe(limits.length);
  });
});
