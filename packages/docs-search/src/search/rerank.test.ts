// Page ranking: pages whose title and path hold the question rise; one result per page with its
// best non-boilerplate passage; named products, limits pages and meta sections are weighed.
import { describe, expect, it } from "vitest";
import { planQuery } from "./query-plan.ts";
import { type PageRow, type PassageRow, rankPages } from "./rerank.ts";

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
  source: "user",
});
const page = (url: string, title: string, rank: number, product = "docs"): PageRow => ({
  title,
  url,
  product,
  description: null,
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
});
