/**
 * Bounded walk over a paginated list endpoint. Detects the scheme from `result_info`:
 * cursor-based (`cursor`, or `cursors.after`; sent back as the `cursor` query parameter) or
 * page-based (`page` with `total_pages`/`total_count`, else stop on a short or empty page).
 * A response without `result_info` is a single, complete page.
 * @module
 */
import type {
  ApiQuery,
  ApiRequest,
  ApiResponse,
  PaginateOptions,
  PaginateResult,
  ResultInfo,
} from "./types";

type Position = { page: number } | { cursor: string };

/** Where a request starts: the caller's `page`/`cursor` query parameters, if any. */
interface Start {
  page?: number;
  cursor?: string;
}

export async function paginate<T>(
  request: (req: ApiRequest) => Promise<ApiResponse<unknown>>,
  req: ApiRequest,
  options: PaginateOptions,
): Promise<PaginateResult<T>> {
  const maxPages = Math.max(1, options.maxPages ?? 20);
  const maxItems = options.maxItems === undefined ? undefined : Math.max(1, options.maxItems);
  const baseQuery: ApiQuery = { ...req.query };
  if (options.perPage !== undefined) baseQuery.per_page = options.perPage;

  const items: T[] = [];
  let start: Start = initialStart(baseQuery);
  let pagesFetched = 0;
  let totalCount: number | undefined;

  for (;;) {
    const response = await request({ ...req, query: queryFor(baseQuery, start) });
    pagesFetched++;
    if (!Array.isArray(response.result)) {
      throw new TypeError(`paginate: the result of ${req.method} ${req.path} is not an array`);
    }
    const pageItems = response.result as T[];
    const info = response.resultInfo;
    totalCount = info?.totalCount ?? totalCount;
    const summary = { pagesFetched, ...(totalCount !== undefined ? { totalCount } : {}) };

    const room = maxItems === undefined ? Number.POSITIVE_INFINITY : maxItems - items.length;
    if (pageItems.length > room) {
      // Cut inside a page: resume at this same page and skip what was already returned.
      items.push(...pageItems.slice(0, room));
      const here = currentPosition(start, info);
      return { items, complete: false, ...summary, ...here, resumeSkip: room };
    }
    items.push(...pageItems);

    const next = nextPosition(info, pageItems.length, start, numberOf(baseQuery.per_page));
    if (next === undefined) return { items, complete: true, ...summary };
    if (pagesFetched >= maxPages || items.length === maxItems) {
      return { items, complete: false, ...summary, ...resumeFields(next) };
    }
    start = "cursor" in next ? { cursor: next.cursor } : { page: next.page };
  }
}

function initialStart(query: ApiQuery): Start {
  const page = numberOf(query.page);
  const cursor = typeof query.cursor === "string" && query.cursor !== "" ? query.cursor : undefined;
  return { ...(page !== undefined ? { page } : {}), ...(cursor !== undefined ? { cursor } : {}) };
}

/** The first request sends only what the caller asked for; later ones send `page` or `cursor`. */
function queryFor(baseQuery: ApiQuery, start: Start): ApiQuery {
  const query: ApiQuery = { ...baseQuery };
  if (start.cursor !== undefined) {
    query.cursor = start.cursor;
    delete query.page;
  } else if (start.page !== undefined) {
    query.page = start.page;
    delete query.cursor;
  }
  return query;
}

/**
 * The position after the page just read, or `undefined` when the walk is over.
 * Cursor pagination wins when a non-empty cursor is present (KV and R2 send `cursor: ""` on the
 * last page; Lists sends `cursors.after`). A repeated cursor ends the walk instead of looping.
 */
function nextPosition(
  info: ResultInfo | undefined,
  count: number,
  start: Start,
  requestedPerPage: number | undefined,
): Position | undefined {
  if (info === undefined) return undefined;
  const cursor = info.cursors?.after || info.cursor;
  if (cursor) return cursor === start.cursor ? undefined : { cursor };
  if (info.cursor !== undefined || info.cursors !== undefined) return undefined;

  const hasPageInfo =
    info.page !== undefined || info.totalPages !== undefined || info.totalCount !== undefined;
  if (!hasPageInfo || count === 0) return undefined;
  const page = info.page ?? start.page ?? 1;
  if (info.totalPages !== undefined) return page < info.totalPages ? { page: page + 1 } : undefined;
  const perPage = info.perPage ?? requestedPerPage;
  if (perPage === undefined) return { page: page + 1 };
  if (info.totalCount !== undefined) {
    return page * perPage < info.totalCount ? { page: page + 1 } : undefined;
  }
  return count < perPage ? undefined : { page: page + 1 };
}

/** Where the page just read started, for resuming inside it. */
function currentPosition(
  start: Start,
  info: ResultInfo | undefined,
): Partial<PaginateResult<never>> {
  if (start.cursor !== undefined) return { nextCursor: start.cursor };
  if (info?.cursor !== undefined || info?.cursors !== undefined) return {};
  return { nextPage: info?.page ?? start.page ?? 1 };
}

function resumeFields(next: Position): Partial<PaginateResult<never>> {
  return "cursor" in next ? { nextCursor: next.cursor } : { nextPage: next.page };
}

function numberOf(value: ApiQuery[string]): number | undefined {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) ? number : undefined;
}
