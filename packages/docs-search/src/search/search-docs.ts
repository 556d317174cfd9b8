// The query API: validates input, fetches bm25-ranked candidates from FTS5 (title and headings
// weighted above body text) in one round trip, reranks them by page (see rerank.ts) and returns
// the best passage of each of the top pages with a bounded snippet.

import { DocsSearchError } from "./errors.ts";
import { buildFtsQuery } from "./fts-query.ts";
import { closeProductNames, normalizeProduct } from "./products.ts";
import { type Candidate, rerankCandidates } from "./rerank.ts";
import { boundSnippet } from "./snippet.ts";

export interface SearchDocsOptions {
  query: string;
  /** Restrict to one product slug, e.g. "workers" ("Workers AI" is read as "workers-ai"). */
  product?: string;
  /** Number of results, 1-20. Default 5; values outside the range are clamped. */
  limit?: number;
}

export interface DocsSearchResult {
  title: string;
  /** Page URL, with `#anchor` pointing at the matched section when it has a heading. */
  url: string;
  product: string;
  /** Heading path of the matched section, e.g. "Bindings > KV namespaces"; "" for the intro. */
  heading: string;
  /** Plain-text excerpt around the matched words, at most 300 characters. */
  snippet: string;
  /** Relevance: larger is better; only comparable within one response. */
  score: number;
}

export interface SearchDocsResponse {
  results: DocsSearchResult[];
}

export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 20;

// bm25 column weights in table order: title, heading, body, url, product (the last two are not
// indexed).
const BM25 = "bm25(docs_passages, 6.0, 3.0, 1.0, 0.0, 0.0)";
// How many passages the reranker sees. More lets pages with several matching sections show it,
// but each candidate costs a snippet() (about 0.15 ms: it re-reads the passage); 40 measured as
// good as 100 on the bench quality set. Snippets come with the candidates so that a search is one
// round trip to D1, which matters more in production than locally.
const MIN_CANDIDATES = 40;
const CANDIDATES_PER_RESULT = 4;
const SNIPPET_TOKENS = 40;

interface CandidateRow extends Candidate {
  product: string;
  heading: string;
  snippet: string;
}

/**
 * Searches the docs index.
 * @throws {DocsSearchError} `empty_query` when the query has no words, `unknown_product` (with
 *   close names) when the product filter matches no product, `index_empty` when nothing is loaded.
 */
export async function searchDocs(
  db: D1Database,
  options: SearchDocsOptions,
): Promise<SearchDocsResponse> {
  const fts = buildFtsQuery(options.query ?? "");
  if (!fts) {
    throw new DocsSearchError("empty_query", "The query is empty: give a few words to search for.");
  }
  const limit = clampLimit(options.limit);
  const product = options.product === undefined ? "" : normalizeProduct(options.product);
  const candidates = db
    .prepare(
      `SELECT title, url, product, heading, ${BM25} AS rank,
         snippet(docs_passages, 2, '', '', '…', ${SNIPPET_TOKENS}) AS snippet
       FROM docs_passages
       WHERE docs_passages MATCH ?1 ${product === "" ? "" : "AND product = ?3"}
       ORDER BY rank LIMIT ?2`,
    )
    .bind(
      fts.match,
      Math.max(MIN_CANDIDATES, limit * CANDIDATES_PER_RESULT),
      ...(product === "" ? [] : [product]),
    );
  const state = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM docs_products) AS loaded,
         EXISTS (SELECT 1 FROM docs_products WHERE name = ?1) AS known`,
    )
    .bind(product);
  const [stateResult, candidateResult] = await db.batch<unknown>([state, candidates]);
  const { loaded, known } = (stateResult!.results[0] ?? {}) as { loaded?: number; known?: number };
  if (!loaded) {
    throw new DocsSearchError("index_empty", "The docs index is empty: load the corpus first.");
  }
  if (product !== "" && !known) throw await unknownProduct(db, product);
  const ranked = rerankCandidates(candidateResult!.results as CandidateRow[], fts.terms, limit);
  return {
    results: ranked.map(({ candidate, score }) => ({
      title: candidate.title,
      url: candidate.url,
      product: candidate.product,
      heading: candidate.heading,
      snippet: boundSnippet(candidate.snippet),
      score: Math.round(score * 1000) / 1000,
    })),
  };
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

async function unknownProduct(db: D1Database, product: string): Promise<DocsSearchError> {
  const { results } = await db.prepare("SELECT name FROM docs_products").all<{ name: string }>();
  const close = closeProductNames(
    product,
    results.map((row) => row.name),
  );
  const hint = close.length > 0 ? ` Close names: ${close.join(", ")}.` : "";
  return new DocsSearchError("unknown_product", `Unknown product "${product}".${hint}`, close);
}
