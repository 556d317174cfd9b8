// The `docs` tool through a real MCP client, on the docs subset seeded by global-setup.ts.
import { describe, expect, it } from "vitest";
import { callOk, callTool, USER_TOKEN, useStack } from "./harness.ts";

const stack = useStack();

describe("docs", () => {
  it("finds the page that answers a question, with page url, section anchor, heading and snippet", async () => {
    const client = await stack.connect(USER_TOKEN);
    const outcome = await callOk(client, "docs", { query: "bind a KV namespace to a Worker" });
    const results = outcome.structured.results as Array<{ url: string; snippet: string }>;
    expect(results.length).toBeGreaterThan(0);
    expect(results.some((hit) => hit.url.includes("developers.cloudflare.com/kv/"))).toBe(true);
    for (const hit of results) {
      expect(hit).toEqual({
        title: expect.any(String),
        url: expect.stringMatching(/^https:\/\/developers\.cloudflare\.com\/[^#]*$/),
        anchor: expect.stringMatching(/^(#[\w-]+)?$/),
        product: expect.any(String),
        heading: expect.any(String),
        snippet: expect.any(String),
      });
      expect(hit.snippet.length).toBeLessThanOrEqual(300);
    }
    expect(new Set(results.map((hit) => hit.url)).size).toBe(results.length);
    expect(outcome.text).toMatch(/^\d+ pages? for "bind a KV namespace to a Worker":/);
  });

  it("filters by product", async () => {
    const client = await stack.connect(USER_TOKEN);
    const outcome = await callOk(client, "docs", {
      query: "how long are logs kept",
      product: "ai-gateway",
      limit: 3,
    });
    const results = outcome.structured.results as Array<{ product: string; url: string }>;
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(3);
    expect(results.every((hit) => hit.product === "ai-gateway")).toBe(true);
  });

  it("rejects an empty query with a next step", async () => {
    const client = await stack.connect(USER_TOKEN);
    const outcome = await callTool(client, "docs", { query: "   ?!  " });
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(/Next: Pass a query with at least one word/);
  });

  it("suggests close product names for an unknown product", async () => {
    const client = await stack.connect(USER_TOKEN);
    const outcome = await callTool(client, "docs", { query: "logs", product: "ai-gatway" });
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(/ai-gateway/);
  });
});
