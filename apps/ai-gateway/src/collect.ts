/**
 * Reads many logs of one gateway through the paged list endpoint (50 per page, newest first),
 * up to a cap, and says whether the cap cut the set short. Pages after the first are fetched a
 * few at a time in parallel.
 */
import type { ApiQuery, CallApi } from "@repo/mcp-kit";
import { type GatewayLog, listLogs } from "./api";

const PAGE_SIZE = 50;
const PARALLEL_PAGES = 4;

export interface Collected {
  logs: GatewayLog[];
  /** How many logs match the filters (from `result_info.total_count`). */
  totalMatching: number;
  /** Index (newest first) of the first collected log. */
  from: number;
}

/** Logs `from .. from + limit` (newest first) of those matching `query`. */
export async function collectLogs(
  api: CallApi,
  gatewayId: string,
  query: ApiQuery,
  range: { from: number; limit: number },
): Promise<Collected> {
  const firstPage = Math.floor(range.from / PAGE_SIZE) + 1;
  const fetchPage = (page: number) =>
    listLogs(
      api,
      gatewayId,
      { page, per_page: PAGE_SIZE },
      { ...query, order_by: "created_at", order_by_direction: "desc" },
    );
  const first = await fetchPage(firstPage);
  const total = first.paging.total_count ?? first.items.length;
  const end = Math.min(total, range.from + range.limit);
  const lastPage = Math.max(firstPage, Math.ceil(end / PAGE_SIZE));
  const pages = [first];
  for (let next = firstPage + 1; next <= lastPage; next += PARALLEL_PAGES) {
    const batch = [];
    for (let page = next; page < next + PARALLEL_PAGES && page <= lastPage; page++) {
      batch.push(fetchPage(page));
    }
    pages.push(...(await Promise.all(batch)));
  }
  const all = pages.flatMap((page) => page.items);
  const skip = range.from - (firstPage - 1) * PAGE_SIZE;
  return { logs: all.slice(skip, skip + range.limit), totalMatching: total, from: range.from };
}

/** Runs `work` over `items` with at most `limit` in flight, keeping the input order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
