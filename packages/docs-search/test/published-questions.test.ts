// The questions per page reach Cloudflare's published Markdown docs too: the loader's second
// source (llms-full.txt) gets them by URL path, and a question asked in the user's words finds the
// page.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { fetchPublishedDocs, PAGE_QUESTIONS, searchDocs, writeDocsIndex } from "../src/index.ts";
import { PUBLISHED_BASE as BASE, publishedFixtureFetch } from "./published-site.ts";

beforeAll(async () => {
  await writeDocsIndex(
    env.DOCS_DB,
    await fetchPublishedDocs({ baseUrl: BASE, fetch: publishedFixtureFetch() }),
  );
});

describe("questions per page on the published docs", () => {
  it("indexes the questions of every published page that has some", async () => {
    const { results } = await env.DOCS_DB.prepare(
      "SELECT url, count(*) AS n FROM docs_questions GROUP BY url ORDER BY url",
    ).all<{ url: string; n: number }>();
    expect(results).toContainEqual({
      url: `${BASE}/workers/platform/limits/`,
      n: PAGE_QUESTIONS["/workers/platform/limits/"]!.length,
    });
    expect(results).toContainEqual({
      url: `${BASE}/workers/configuration/cron-triggers/`,
      n: PAGE_QUESTIONS["/workers/configuration/cron-triggers/"]!.length,
    });
  });

  it("answers a limits question that does not say 'limit' with the Limits page", async () => {
    const { results } = await searchDocs(env.DOCS_DB, {
      query: "how long can my function run before it gets cut off",
    });
    expect(results[0]?.url).toBe(`${BASE}/workers/platform/limits/`);
  });
});
