/**
 * Paging, owned by the kit so every list tool pages the same way: the same two input fields
 * ({@link pagingInput}), the same `paging` object in the output, and the same summary line that
 * says how many there are and which page to ask for next ({@link pageSummary}, {@link pageResult}).
 */
import type { ResultInfo } from "@repo/cloudflare-api";
import { z } from "zod";
import { jsonResult } from "../tools/results";
import type { ToolOutput } from "../tools/types";

/** What a caller asked for (after the input schema filled the defaults). */
export interface PageRequest {
  page: number;
  per_page: number;
}

/** Where a page sits in the whole list, as the model sees it in every list result. */
export interface Paging {
  page: number;
  per_page: number;
  total_count?: number;
  total_pages?: number;
  /** The page to ask for next, when there is one. */
  next_page?: number;
}

export interface Page<T> {
  items: T[];
  paging: Paging;
}

export interface PagingInputOptions {
  /** What is listed, for the field description ("secrets"). */
  noun: string;
  /** Default 20. */
  defaultPerPage?: number;
  /** Default 100. */
  maxPerPage?: number;
}

/** The `page` and `per_page` input fields of a list tool, with their defaults filled in. */
export function pagingInput(options: PagingInputOptions) {
  const perPage = options.defaultPerPage ?? 20;
  const max = options.maxPerPage ?? 100;
  return {
    page: z.number().int().min(1).default(1).describe("Page number, from 1 (default 1)."),
    per_page: z
      .number()
      .int()
      .min(1)
      .max(max)
      .default(perPage)
      .describe(`${capitalize(options.noun)} per page, 1..${max} (default ${perPage}).`),
  };
}

/** Paging facts from `result_info`, falling back to what was asked when the API omits them. */
export function pagingOf(
  info: ResultInfo | undefined,
  requested: PageRequest,
  itemCount: number,
): Paging {
  const page = info?.page ?? requested.page;
  const perPage = info?.perPage ?? requested.per_page;
  const paging: Paging = { page, per_page: perPage };
  if (info?.totalCount !== undefined) paging.total_count = info.totalCount;
  const totalPages =
    info?.totalPages ??
    (info?.totalCount !== undefined
      ? Math.max(1, Math.ceil(info.totalCount / perPage))
      : undefined);
  if (totalPages !== undefined) paging.total_pages = totalPages;
  const more = totalPages !== undefined ? page < totalPages : itemCount >= perPage;
  if (more) paging.next_page = page + 1;
  return paging;
}

/**
 * One line for the model: how many are shown out of how many, and the next page.
 * `noun` may be a phrase: "builds of api-gateway".
 */
export function pageSummary(noun: string, shown: number, paging: Paging): string {
  const total = paging.total_count;
  if (shown === 0 && paging.page > 1) {
    const all = total !== undefined ? `: ${total} ${noun} in all` : "";
    const last =
      paging.total_pages !== undefined ? `page ${paging.total_pages} or lower` : "a lower page";
    return `Page ${paging.page} is past the end${all}. Ask for ${last}.`;
  }
  const of = total !== undefined ? ` of ${total}` : "";
  const pages = paging.total_pages !== undefined ? ` of ${paging.total_pages}` : "";
  const more =
    paging.next_page !== undefined ? ` More: call again with page ${paging.next_page}.` : "";
  return `${shown}${of} ${noun} (page ${paging.page}${pages}).${more}`;
}

export interface PageResultOptions {
  /** Noun (or phrase) of the summary line. */
  noun: string;
  /** Key of the rows in the output. Default: `noun`. */
  key?: string;
  /** Other fields of the output, before the rows (e.g. the parent's id). */
  data?: Record<string, unknown>;
  /** The summary when the first page is empty ("The account has no stores yet. Create one with …"). */
  empty?: string;
  /** How to get the rest when the output had to be cut. */
  moreHint?: string;
}

/** A list tool's result: `{ ...data, [key]: rows, paging }` with the kit's summary line. */
export function pageResult(
  rows: readonly unknown[],
  paging: Paging,
  options: PageResultOptions,
): ToolOutput {
  const summary =
    rows.length === 0 && paging.page === 1 && options.empty
      ? options.empty
      : pageSummary(options.noun, rows.length, paging);
  return jsonResult(
    { ...options.data, [options.key ?? options.noun]: rows, paging },
    {
      summary,
      moreHint: options.moreHint ?? "Ask for a smaller per_page, or narrow the list, and page on.",
    },
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
