// Cloudflare's published Markdown docs: the llms.txt index, both llms-full.txt page framings, MDX
// cleanup, and the download of a whole site through a fetch that serves the committed fixture.
import { describe, expect, it } from "vitest";
import {
  PUBLISHED_BASE as BASE,
  publishedFixtureFetch as fixtureFetch,
  PUBLISHED_FILES,
} from "../../test/published-site.ts";
import { fetchPublishedDocs, PublishedDocsError } from "./fetch-published.ts";
import { parseLlmsFullTxt } from "./llms-full.ts";
import { parseLlmsTxt, productsOfIndex } from "./llms-txt.ts";

const kvFull = PUBLISHED_FILES["/kv/llms-full.txt"]!;
const siteIndex = PUBLISHED_FILES["/llms.txt"]!;
const workersFull = PUBLISHED_FILES["/workers/llms-full.txt"]!;

describe("parseLlmsTxt", () => {
  it("reads list-item links with their descriptions and names the products of a site index", () => {
    const links = parseLlmsTxt(siteIndex, `${BASE}/`);
    expect(links[0]).toEqual({
      title: "Workers",
      url: `${BASE}/workers/llms.txt`,
      description: "Run code at the edge.",
    });
    expect(productsOfIndex(links, BASE)).toEqual(["workers", "kv"]);
  });
});

describe("parseLlmsFullTxt", () => {
  it("reads <page> blocks: frontmatter title without the site suffix, folded values, body", () => {
    const pages = parseLlmsFullTxt(workersFull);
    expect(pages.map((page) => [page.url, page.title, page.product])).toEqual([
      [`${BASE}/workers/configuration/cron-triggers/`, "Cron Triggers", "workers"],
      [`${BASE}/workers/platform/limits/`, "Limits", "workers"],
    ]);
    expect(pages[0]!.description).toBe("Run a Worker on a schedule with cron expressions.");
    expect(pages[1]!.description).toBe(
      "CPU time, memory and request limits of Workers on each plan.",
    );
    expect(pages[0]!.text).toMatch(/^A Cron Trigger runs/);
    expect(pages[0]!.text).toContain("not a separator.");
    expect(pages[0]!.source_path).toBe("workers/configuration/cron-triggers/index.md");
  });

  it("reads '# Title / URL:' blocks, keeping headings and rules that belong to a page", () => {
    const pages = parseLlmsFullTxt(kvFull);
    expect(pages.map((page) => page.title)).toEqual(["Write key-value pairs", "KV limits"]);
    expect(pages[0]!.text).toContain("# Notes inside a page");
    expect(pages[1]!.text).toBe("A value can be at most 25 MiB.");
  });

  it("drops MDX imports and component tags but keeps their text and code", () => {
    const [write] = parseLlmsFullTxt(kvFull);
    expect(write!.text).not.toMatch(/import |<Tabs>|<TabItem|<Render/);
    expect(write!.text).toContain(
      'await env.NAMESPACE.put("config", value, { expirationTtl: 3600 });',
    );
  });
});

describe("fetchPublishedDocs", () => {
  it("downloads every product named by /llms.txt, with descriptions from a product's llms.txt", async () => {
    const products: string[] = [];
    const pages = await fetchPublishedDocs({
      baseUrl: BASE,
      fetch: fixtureFetch(),
      onProduct: (_done, _total, product) => products.push(product),
    });
    expect(pages.map((page) => page.url)).toEqual([
      `${BASE}/workers/configuration/cron-triggers/`,
      `${BASE}/workers/platform/limits/`,
      `${BASE}/kv/api/write-key-value-pairs/`,
      `${BASE}/kv/platform/limits/`,
    ]);
    expect(pages[2]!.description).toBe("Store values from a Worker, with expiration.");
    expect(pages[3]!.description).toBeUndefined();
    expect(products.sort()).toEqual(["kv", "workers"]);
  });

  it("fetches only the products asked for", async () => {
    const asked: string[] = [];
    const pages = await fetchPublishedDocs({
      baseUrl: BASE,
      products: ["workers"],
      fetch: fixtureFetch(asked),
    });
    expect(pages).toHaveLength(2);
    expect(asked).toEqual(["/workers/llms-full.txt"]);
  });

  it("fails with the URL and status when a file is missing", async () => {
    await expect(
      fetchPublishedDocs({ baseUrl: BASE, products: ["nope"], fetch: fixtureFetch() }),
    ).rejects.toThrow(new PublishedDocsError(`${BASE}/nope/llms-full.txt answered 404`));
  });
});
