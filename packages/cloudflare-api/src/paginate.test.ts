// Scope: CloudflareClient.paginate — page-based and cursor-based walks, their bounds and resume positions.
import { describe, expect, it } from "vitest";
import { ACCOUNT_ID, ok, scriptedFetch, testClient } from "./test-support";

const secretsPath = `/accounts/${ACCOUNT_ID}/secrets_store/stores/store1/secrets`;

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ id: `item-${from + i}` }));

const pageOf = (page: number, perPage: number, totalCount: number) => {
  const first = (page - 1) * perPage + 1;
  const last = Math.min(page * perPage, totalCount);
  return ok(range(first, last), {
    result_info: {
      page,
      per_page: perPage,
      count: last - first + 1,
      total_count: totalCount,
      total_pages: Math.ceil(totalCount / perPage),
    },
  });
};

describe("page-based pagination", () => {
  it("follows pages until total_pages", async () => {
    const { fetch, calls } = scriptedFetch(pageOf(1, 2, 5), pageOf(2, 2, 5), pageOf(3, 2, 5));
    const result = await testClient(fetch).paginate<{ id: string }>(
      { method: "GET", path: secretsPath, query: { order: "name" } },
      { perPage: 2 },
    );
    expect(result).toEqual({ items: range(1, 5), complete: true, pagesFetched: 3, totalCount: 5 });
    expect(calls.map((call) => call.url.search)).toEqual([
      "?order=name&per_page=2",
      "?order=name&per_page=2&page=2",
      "?order=name&per_page=2&page=3",
    ]);
  });

  it("stops on a short page when the endpoint reports no totals", async () => {
    const { fetch, calls } = scriptedFetch(
      ok(range(1, 3), { result_info: { page: 1, per_page: 3, count: 3 } }),
      ok(range(4, 5), { result_info: { page: 2, per_page: 3, count: 2 } }),
    );
    const result = await testClient(fetch).paginate({ method: "GET", path: "/zones" });
    expect(result).toMatchObject({ complete: true, pagesFetched: 2 });
    expect(result.items).toHaveLength(5);
    expect(calls).toHaveLength(2);
  });

  it("stops on an empty page", async () => {
    const { fetch } = scriptedFetch(
      ok(range(1, 2), { result_info: { page: 1, count: 2 } }),
      ok([], { result_info: { page: 2, count: 0 } }),
    );
    const result = await testClient(fetch).paginate({ method: "GET", path: "/zones" });
    expect(result).toMatchObject({ complete: true, pagesFetched: 2 });
  });

  it("uses total_count when total_pages is missing (AI Gateway logs style)", async () => {
    const { fetch, calls } = scriptedFetch(
      ok(range(1, 2), { result_info: { page: 1, per_page: 2, count: 2, total_count: 4 } }),
      ok(range(3, 4), { result_info: { page: 2, per_page: 2, count: 2, total_count: 4 } }),
    );
    const result = await testClient(fetch).paginate({ method: "GET", path: "/logs" });
    expect(result).toMatchObject({ complete: true, pagesFetched: 2, totalCount: 4 });
    expect(calls).toHaveLength(2);
  });

  it("stops at maxPages and says which page to resume from", async () => {
    const { fetch, calls } = scriptedFetch(pageOf(1, 2, 10), pageOf(2, 2, 10), pageOf(3, 2, 10));
    const result = await testClient(fetch).paginate(
      { method: "GET", path: secretsPath },
      { maxPages: 2 },
    );
    expect(result).toEqual({
      items: range(1, 4),
      complete: false,
      pagesFetched: 2,
      totalCount: 10,
      nextPage: 3,
    });
    expect(calls).toHaveLength(2);
  });

  it("defaults to at most 20 pages", async () => {
    const pages = Array.from({ length: 25 }, (_, i) => pageOf(i + 1, 1, 25));
    const { fetch, calls } = scriptedFetch(...pages);
    const result = await testClient(fetch).paginate({ method: "GET", path: "/zones" });
    expect(result).toMatchObject({ complete: false, pagesFetched: 20, nextPage: 21 });
    expect(calls).toHaveLength(20);
  });

  it("cuts the last page at maxItems and says how many of it to skip when resuming", async () => {
    const { fetch, calls } = scriptedFetch(pageOf(1, 3, 9), pageOf(2, 3, 9), pageOf(3, 3, 9));
    const result = await testClient(fetch).paginate(
      { method: "GET", path: "/zones" },
      { maxItems: 4 },
    );
    expect(result).toEqual({
      items: range(1, 4),
      complete: false,
      pagesFetched: 2,
      totalCount: 9,
      nextPage: 2,
      resumeSkip: 1,
    });
    expect(calls).toHaveLength(2);
  });

  it("is incomplete when maxItems is reached exactly and more pages exist", async () => {
    const { fetch } = scriptedFetch(pageOf(1, 2, 6), pageOf(2, 2, 6));
    const result = await testClient(fetch).paginate(
      { method: "GET", path: "/zones" },
      { maxItems: 2 },
    );
    expect(result).toMatchObject({ complete: false, nextPage: 2, pagesFetched: 1 });
    expect(result.resumeSkip).toBeUndefined();
  });

  it("is complete when the bounds and the last page coincide", async () => {
    const { fetch } = scriptedFetch(pageOf(1, 2, 4), pageOf(2, 2, 4));
    const result = await testClient(fetch).paginate(
      { method: "GET", path: "/zones" },
      { maxPages: 2, maxItems: 4 },
    );
    expect(result).toMatchObject({ complete: true, pagesFetched: 2 });
    expect(result.nextPage).toBeUndefined();
  });

  it("resumes from the caller's page", async () => {
    const { fetch, calls } = scriptedFetch(pageOf(3, 2, 6));
    const result = await testClient(fetch).paginate({
      method: "GET",
      path: "/zones",
      query: { page: 3 },
    });
    expect(result).toMatchObject({ complete: true, items: range(5, 6) });
    expect(calls[0]?.url.searchParams.get("page")).toBe("3");
  });

  it("treats a list without result_info as one complete page", async () => {
    const { fetch, calls } = scriptedFetch(ok(range(1, 3)));
    const result = await testClient(fetch).paginate({ method: "GET", path: "/accounts" });
    expect(result).toEqual({ items: range(1, 3), complete: true, pagesFetched: 1 });
    expect(calls).toHaveLength(1);
  });

  it("rejects a result that is not an array", async () => {
    const { fetch } = scriptedFetch(ok({ id: "single" }));
    await expect(testClient(fetch).paginate({ method: "GET", path: "/zones/z1" })).rejects.toThrow(
      TypeError,
    );
  });
});

describe("cursor-based pagination", () => {
  it("follows result_info.cursor until it is empty (KV style)", async () => {
    const { fetch, calls } = scriptedFetch(
      ok(range(1, 2), { result_info: { count: 2, cursor: "c-2" } }),
      ok(range(3, 4), { result_info: { count: 2, cursor: "c-4" } }),
      ok(range(5, 5), { result_info: { count: 1, cursor: "" } }),
    );
    const result = await testClient(fetch).paginate({
      method: "GET",
      path: "/storage/kv/namespaces/n/keys",
    });
    expect(result).toEqual({ items: range(1, 5), complete: true, pagesFetched: 3 });
    expect(calls.map((call) => call.url.searchParams.get("cursor"))).toEqual([null, "c-2", "c-4"]);
  });

  it("follows result_info.cursors.after and drops a caller's page parameter", async () => {
    const { fetch, calls } = scriptedFetch(
      ok(range(1, 2), { result_info: { cursors: { before: "b0", after: "a2" } } }),
      ok(range(3, 3), { result_info: { cursors: { before: "b2" } } }),
    );
    const result = await testClient(fetch).paginate({
      method: "GET",
      path: "/rules/lists/l/items",
      query: { page: 1 },
    });
    expect(result).toMatchObject({ complete: true, pagesFetched: 2 });
    expect(calls[1]?.url.searchParams.get("cursor")).toBe("a2");
    expect(calls[1]?.url.searchParams.has("page")).toBe(false);
  });

  it("stops at maxPages and returns the cursor to resume from", async () => {
    const { fetch } = scriptedFetch(
      ok(range(1, 2), { result_info: { cursor: "c-2" } }),
      ok(range(3, 4), { result_info: { cursor: "c-4" } }),
    );
    const result = await testClient(fetch).paginate({ method: "GET", path: "/x" }, { maxPages: 2 });
    expect(result).toEqual({
      items: range(1, 4),
      complete: false,
      pagesFetched: 2,
      nextCursor: "c-4",
    });
  });

  it("resumes from the caller's cursor and, when cut by maxItems, points back at it", async () => {
    const { fetch, calls } = scriptedFetch(ok(range(3, 5), { result_info: { cursor: "c-5" } }));
    const result = await testClient(fetch).paginate(
      { method: "GET", path: "/x", query: { cursor: "c-2" } },
      { maxItems: 2 },
    );
    expect(calls[0]?.url.searchParams.get("cursor")).toBe("c-2");
    expect(result).toEqual({
      items: range(3, 4),
      complete: false,
      pagesFetched: 1,
      nextCursor: "c-2",
      resumeSkip: 2,
    });
  });

  it("ends instead of looping when the API repeats a cursor", async () => {
    const { fetch, calls } = scriptedFetch(
      ok(range(1, 1), { result_info: { cursor: "same" } }),
      ok(range(2, 2), { result_info: { cursor: "same" } }),
      ok(range(3, 3), { result_info: { cursor: "same" } }),
    );
    const result = await testClient(fetch).paginate({ method: "GET", path: "/x" });
    expect(result.pagesFetched).toBe(2);
    expect(calls).toHaveLength(2);
  });
});
