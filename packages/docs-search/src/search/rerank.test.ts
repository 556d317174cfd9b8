// Page ranking: pages whose title and path hold the question rise; one result per page with its
// best non-boilerplate passage; named products, limits pages and meta sections are weighed.
import { describe, expect, it } from "vitest";
import { planQuery } from "./query-plan.ts";
import { type PageRow, type PassageRow, type QuestionRow, rankPages } from "./rerank.ts";

const base = "https://docs.example.test";
const passage = (
  url: string,
  title: string,
  rank: number,
  heading = "",
  product = "docs",
): PassageRow => ({
  title,
  url,
  product,
  heading,
  body: `${title} text`,
  rank,
});
const page = (url: string, title: string, rank: number, product = "docs"): PageRow => ({
  title,
  url,
  product,
  description: null,
  rank,
});
const asked = (url: string, question: string, rank: number, product = "docs"): QuestionRow => ({
  question,
  url,
  title: "Page",
  product,
  rank,
});
const urls = (ranked: ReturnType<typeof rankPages>) => ranked.map((entry) => entry.url);

describe("rankPages", () => {
  it("lifts a page whose title and path hold the question's words", () => {
    const ranked = rankPages(
      [
        passage(`${base}/tutorials/app/#caching`, "Tutorial", -10),
        passage(`${base}/ai-gateway/caching/`, "Caching", -8),
      ],
      [],
      planQuery("caching")!,
      5,
    );
    expect(urls(ranked)).toEqual([`${base}/ai-gateway/caching/`, `${base}/tutorials/app/`]);
  });

  it("returns each page once, with the passage under the heading that holds the question", () => {
    const ranked = rankPages(
      [
        passage(`${base}/a/#intro`, "A", -9, "Intro"),
        passage(`${base}/a/#tokens`, "A", -8, "Rotate tokens"),
        passage(`${base}/b/`, "B", -7),
      ],
      [],
      planQuery("rotate tokens")!,
      2,
    );
    expect(urls(ranked)).toEqual([`${base}/a/`, `${base}/b/`]);
    expect(ranked[0]?.passage?.url).toBe(`${base}/a/#tokens`);
  });

  it("does not let a boilerplate section stand for its page", () => {
    const ranked = rankPages(
      [
        passage(`${base}/x/#prerequisites`, "X", -10, "Prerequisites"),
        passage(`${base}/y/`, "Y", -7),
      ],
      [],
      planQuery("wrangler account")!,
      2,
    );
    expect(urls(ranked)[0]).toBe(`${base}/y/`);
  });

  it("ranks pages found only by the page index, and prefers the product the question names", () => {
    const ranked = rankPages(
      [],
      [page(`${base}/waf/logs/`, "Logs", -5, "waf"), page(`${base}/kv/logs/`, "Logs", -5, "kv")],
      planQuery("logs of workers kv")!,
      2,
    );
    expect(urls(ranked)[0]).toBe(`${base}/kv/logs/`);
  });

  it("answers a question of quantity with the Limits page", () => {
    const ranked = rankPages(
      [
        passage(`${base}/kv/api/write/`, "Write", -9, "", "kv"),
        passage(`${base}/kv/platform/limits/`, "Limits", -6, "", "kv"),
      ],
      [],
      planQuery("largest value in kv")!,
      2,
    );
    expect(urls(ranked)[0]).toBe(`${base}/kv/platform/limits/`);
  });

  it("finds a page through a question users ask that its own words do not hold", () => {
    const ranked = rankPages(
      [passage(`${base}/cache/purge/`, "Purge cache", -9, "", "cache")],
      [],
      planQuery("stop caching while I edit my site")!,
      2,
      {
        questions: [
          asked(
            `${base}/cache/development-mode/`,
            "stop caching while i edit my site",
            -12,
            "cache",
          ),
        ],
      },
    );
    expect(urls(ranked)[0]).toBe(`${base}/cache/development-mode/`);
  });

  it("does not let one rare word of the question in a title beat pages about its main terms", () => {
    const ranked = rankPages(
      [
        passage(`${base}/realtime/ui-kit/rtk-spinner/`, "rtk-spinner", -12),
        {
          ...passage(`${base}/workers/static-assets/`, "Static assets", -8),
          body: "Serve the files of a site with a loading screen from a Worker.",
        },
      ],
      [],
      planQuery("show a spinner while my site files load")!,
      2,
    );
    expect(urls(ranked)[0]).toBe(`${base}/workers/static-assets/`);
  });

  it("takes a question made of a product and a title for that page, above its subpages", () => {
    const ranked = rankPages(
      [],
      [
        page(`${base}/waf/managed-rules/troubleshooting/`, "Troubleshoot managed rules", -9, "waf"),
        page(`${base}/waf/managed-rules/`, "Managed rules", -8, "waf"),
      ],
      planQuery("WAF managed rules")!,
      2,
    );
    expect(urls(ranked)[0]).toBe(`${base}/waf/managed-rules/`);
  });

  it("takes a question that is only a product's name for the product's overview", () => {
    const ranked = rankPages(
      [],
      [
        page(
          `${base}/ai-search/concepts/how-ai-search-works/`,
          "How AI Search works",
          -9,
          "ai-search",
        ),
        page(`${base}/ai-search/`, "Overview", -6, "ai-search"),
      ],
      planQuery("AI Search")!,
      2,
    );
    expect(urls(ranked)[0]).toBe(`${base}/ai-search/`);
  });

  it("reads a limits question written with other words of measure as the same question", () => {
    const ranked = rankPages([], [], planQuery("how large can my d1 database grow")!, 2, {
      questions: [
        asked(`${base}/d1/configuration/environments/`, "databases for staging", -10, "d1"),
        asked(`${base}/d1/platform/limits/`, "how big can my database get", -9, "d1"),
      ],
    });
    expect(urls(ranked)[0]).toBe(`${base}/d1/platform/limits/`);
  });

  it("answers a quantity question about a named product with its limits page, not another product's", () => {
    const ranked = rankPages(
      [
        passage(
          `${base}/queues/tutorials/handle-rate-limits/`,
          "Handle rate limits",
          -9,
          "",
          "queues",
        ),
      ],
      [page(`${base}/queues/platform/limits/`, "Limits", -6, "queues")],
      planQuery("how many queues can I create")!,
      3,
      {
        questions: [
          asked(`${base}/kv/platform/limits/`, "how many namespaces can i create", -9, "kv"),
        ],
      },
    );
    expect(urls(ranked)[0]).toBe(`${base}/queues/platform/limits/`);
  });

  it("counts the docs' word for the user's word as that word: 'lambda' is in a Workers title", () => {
    const ranked = rankPages(
      [],
      [
        page(`${base}/tunnel/deployment-guides/aws/`, "AWS", -9, "tunnel"),
        page(`${base}/workers/`, "Cloudflare Workers", -6, "workers"),
      ],
      planQuery("does cloudflare have something like aws lambda")!,
      2,
    );
    expect(urls(ranked)[0]).toBe(`${base}/workers/`);
  });

  it("answers a product asked about in a word with its overview, over pages whose questions mention it", () => {
    const ranked = rankPages(
      [],
      [
        page(`${base}/spectrum/`, "Cloudflare Spectrum", -9, "spectrum"),
        page(`${base}/spectrum/reference/limitations/`, "Limitations", -9, "spectrum"),
      ],
      planQuery("Spectrum")!,
      2,
      {
        questions: [
          asked(`${base}/spectrum/`, "what is spectrum", -1, "spectrum"),
          asked(
            `${base}/spectrum/reference/limitations/`,
            "what can't spectrum proxy",
            -9,
            "spectrum",
          ),
        ],
      },
    );
    expect(urls(ranked)[0]).toBe(`${base}/spectrum/`);
  });

  it("does not let a subpage's question that restates its title lift it over the overview that title names", () => {
    const ranked = rankPages(
      [],
      [
        page(`${base}/waf/custom-rules/create-dashboard/`, "Create a custom rule", -9, "waf"),
        page(`${base}/waf/custom-rules/`, "Custom rules", -8, "waf"),
      ],
      planQuery("WAF custom rules")!,
      2,
      {
        questions: [
          asked(`${base}/waf/custom-rules/create-dashboard/`, "add a waf custom rule", -12, "waf"),
          asked(`${base}/waf/custom-rules/`, "block requests that match my conditions", -2, "waf"),
        ],
      },
    );
    expect(urls(ranked)[0]).toBe(`${base}/waf/custom-rules/`);
  });

  it("counts a word that most pages' questions share for less than one that tells them apart", () => {
    const ranked = rankPages([], [], planQuery("rotate tunnel token")!, 2, {
      questions: [
        asked(`${base}/a/`, "tunnel token", -12),
        asked(`${base}/b/`, "rotate a token", -10),
        asked(`${base}/c/`, "tunnel token expiry", -9),
        asked(`${base}/d/`, "install a tunnel", -8),
        asked(`${base}/e/`, "list my tunnels", -8),
      ],
    });
    expect(urls(ranked)[0]).toBe(`${base}/b/`);
  });

  it("takes the overview of a product the question points at as a candidate, not another product's", () => {
    const overview = (url: string, title: string, product: string): PageRow => ({
      ...page(url, title, 0, product),
      overview: 1,
    });
    const ranked = rankPages(
      [],
      [
        page(`${base}/tunnel/deployment-guides/aws/`, "AWS", -9, "tunnel"),
        overview(`${base}/workers/`, "Cloudflare Workers", "workers"),
        overview(`${base}/workers-ai/`, "Cloudflare Workers AI", "workers-ai"),
      ],
      planQuery("does cloudflare have something like aws lambda")!,
      3,
    );
    expect(urls(ranked)).toEqual([`${base}/workers/`, `${base}/tunnel/deployment-guides/aws/`]);
  });

  it("reads a title in the docs' words for the question as the question's title: 'bust the cache' is 'Purge cache'", () => {
    const ranked = rankPages(
      [],
      [
        page(
          `${base}/cache/how-to/purge-cache/purge-by-tags/`,
          "Purge cache by cache-tags",
          -9,
          "cache",
        ),
        page(`${base}/cache/how-to/purge-cache/`, "Purge cache", -6, "cache"),
      ],
      planQuery("bust the cache")!,
      2,
    );
    expect(urls(ranked)[0]).toBe(`${base}/cache/how-to/purge-cache/`);
  });
});
