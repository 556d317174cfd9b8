/**
 * Request-reading helpers shared by products: JSON bodies and `page`/`per_page` pagination with
 * the `result_info` block list endpoints return.
 */
import type { ApiError, ResultInfo } from "./envelope";

/**
 * Parses the body as JSON. An empty or unparsable body throws the product's own error, because
 * products word it differently (Secrets Store answers `1001 invalid_json_body`).
 */
export async function readJson(request: Request, invalid: () => ApiError): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") throw invalid();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid();
  }
}

export interface PageLimits {
  readonly defaultPerPage: number;
  readonly minPerPage: number;
  readonly maxPerPage: number;
}

export interface PageRequest {
  readonly page: number;
  readonly perPage: number;
}

/** Reads `page` and `per_page`, clamping out-of-range values into the endpoint's limits. */
export function readPage(url: URL, limits: PageLimits): PageRequest {
  const page = readPositiveInt(url.searchParams.get("page")) ?? 1;
  const requested = readPositiveInt(url.searchParams.get("per_page")) ?? limits.defaultPerPage;
  const perPage = Math.min(limits.maxPerPage, Math.max(limits.minPerPage, requested));
  return { page: Math.max(1, page), perPage };
}

/** Slices one page out of `items` and describes it. */
export function paginate<T>(
  items: readonly T[],
  request: PageRequest,
): { page: T[]; info: ResultInfo } {
  const start = (request.page - 1) * request.perPage;
  const page = items.slice(start, start + request.perPage);
  return {
    page,
    info: {
      page: request.page,
      per_page: request.perPage,
      count: page.length,
      total_count: items.length,
      total_pages: Math.max(1, Math.ceil(items.length / request.perPage)),
    },
  };
}

/** `asc` or `desc`, falling back to the endpoint's default for anything else. */
export function readDirection(url: URL, fallback: "asc" | "desc"): "asc" | "desc" {
  const value = url.searchParams.get("direction");
  return value === "asc" || value === "desc" ? value : fallback;
}

function readPositiveInt(raw: string | null): number | null {
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number.parseInt(raw, 10);
}
