// Paging facts from result_info and the one summary line every list tool shows.
import { describe, expect, it } from "vitest";
import { pageSummary, pagingOf } from "./paging";

const info = (fields: Record<string, number>) => ({ raw: {}, ...fields });

describe("pagingOf", () => {
  it("takes the API's figures and the next page", () => {
    expect(
      pagingOf(info({ page: 2, perPage: 10, totalCount: 25 }), { page: 2, per_page: 10 }, 10),
    ).toEqual({ page: 2, per_page: 10, total_count: 25, total_pages: 3, next_page: 3 });
  });

  it("falls back to what was asked, and guesses more from a full page", () => {
    expect(pagingOf(undefined, { page: 1, per_page: 5 }, 5)).toEqual({
      page: 1,
      per_page: 5,
      next_page: 2,
    });
    expect(pagingOf(undefined, { page: 1, per_page: 5 }, 3)).toEqual({ page: 1, per_page: 5 });
  });
});

describe("pageSummary", () => {
  it("says how many of how many and where to go next", () => {
    expect(
      pageSummary("secrets", 10, {
        page: 1,
        per_page: 10,
        total_count: 25,
        total_pages: 3,
        next_page: 2,
      }),
    ).toBe("10 of 25 secrets (page 1 of 3). More: call again with page 2.");
    expect(pageSummary("builds", 3, { page: 1, per_page: 10 })).toBe("3 builds (page 1).");
  });

  it("says when a page is past the end", () => {
    expect(
      pageSummary("stores", 0, { page: 4, per_page: 20, total_count: 1, total_pages: 1 }),
    ).toBe("Page 4 is past the end: 1 stores in all. Ask for page 1 or lower.");
  });
});
