// The query API: validates input, asks FTS5 in one D1 batch for the best passages (by the user's
// words), the best pages (by the user's words and those the vocabulary adds) and the best of the
// questions users ask that pages answer, ranks pages (see rerank.ts) and returns each page once,
// with its URL and the anchor of its best section apart, and a snippet from that section. Every
// FTS5 statement costs a few milliseconds however small its table, so there are three.

import { fetchCandidates } from "./candidates.ts";
import { DocsSearchError } from "./errors.ts";
import { normalizeProduct } from "./products.ts";
import { planQuery } from "./query-plan.ts";
import { rankPages } from "./rerank.ts";
import { bestSnippet, boundSnippet } from "./snippet.ts";

export interface SearchDocsOptions {
  query: string;
  /** Restrict to one product slug, e.g. "workers" ("Workers AI" is read as "workers-ai"). */
  product?: string;
  /** Number of results, 1-20. Default 5; values outside the range are clamped. */
  limit?: number;
}

export interface DocsSearchResult {
  title: string;
  /** The page URL, without anchor: compare and cite this. */
  url: string;
  /** The anchor of the section that best answers (`#kv-namespaces`), or "" for the page itself. */
  anchor: string;
  product: string;
  /** Heading path of that section, e.g. "Bindings > KV namespaces"; "" for the intro. */
  heading: string;
  /** Plain-text excerpt of that section around the question's words, at most 300 characters. */
  snippet: string;
  /** Relevance: larger is better; only comparable within one response. */
  score: number;
}

export interface SearchDocsResponse {
  results: DocsSearchResult[];
}

export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 20;

/**
 * Searches the docs index.
 * @throws {DocsSearchError} `empty_query` when the query has no words, `unknown_product` (with
 *   close names) when the product filter matches no product, `index_empty` when nothing is loaded.
 */
export async function searchDocs(
  db: D1Database,
  options: SearchDocsOptions,
): Promise<SearchDocsResponse> {
  const plan = planQuery(options.query ?? "");
  if (!plan) {
    throw new DocsSearchError("empty_query", "The query is empty: give a few words to search for.");
  }
  const limit = clampLimit(options.limit);
  const product = options.product === undefined ? "" : normalizeProduct(options.product);
  const found = await fetchCandidates(db, plan, { product, limit });
  const ranked = rankPages(found.passages, found.pages, plan, limit, {
    questions: found.questions,
  });
  const words = [...plan.words, ...plan.extraWords];
  return {
    results: ranked.map((page) => {
      const passage = page.passage;
      const hash = passage?.url.indexOf("#") ?? -1;
      return {
        title: page.title,
        url: page.url,
        anchor: passage && hash !== -1 ? passage.url.slice(hash) : "",
        product: page.product,
        heading: passage?.heading ?? "",
        snippet: passage
          ? bestSnippet(passage.body, words)
          : boundSnippet(page.description || page.title),
        score: Math.round(page.score * 1000) / 1000,
      };
    }),
  };
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}
