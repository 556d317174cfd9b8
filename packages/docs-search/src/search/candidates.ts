// The candidates of one docs search, asked of FTS5 in one D1 batch: the best passages (by the
// user's words), the best pages (by the user's words and those the vocabulary adds, with the
// overviews of the products the question is about) and the best of the questions users ask that
// pages answer. Every FTS5 statement costs a few milliseconds however small its table, so there
// are three, and one that reads whether the index is loaded and knows the product filter.

import { DocsSearchError } from "./errors.ts";
import { closeProductNames } from "./products.ts";
import type { QueryPlan } from "./query-plan.ts";
import type { PageRow, PassageRow, QuestionRow } from "./rerank.ts";

// bm25 column weights in table order. Passages: title, heading, body (url, product not indexed).
// Pages: title, description, headings, path.
const PASSAGE_BM25 = "bm25(docs_passages, 6.0, 3.0, 1.0, 0.0, 0.0)";
const PAGE_BM25 = "bm25(docs_pages, 8.0, 3.0, 1.5, 4.0, 0.0, 0.0)";
// Candidates per source. Bodies come back with them (their first 1,000 characters) and snippets
// are cut in JS: cheaper than FTS5's snippet(), which re-reads each passage.
const USER_PASSAGES = 30;
const PAGES = 40;
const QUESTIONS = 70;
const BODY_CHARS = 1000;
/** Products whose overview pages join the candidates, at most. */
const MAX_OVERVIEWS = 3;

export interface Candidates {
  passages: PassageRow[];
  pages: PageRow[];
  questions: QuestionRow[];
}

export interface CandidateOptions {
  /** A normalised product slug, or "" for every product. */
  product: string;
  /** The number of results wanted (more candidates are read). */
  limit: number;
}

/**
 * Reads a search's candidates from the index.
 * @throws {DocsSearchError} `index_empty` when nothing is loaded (or by an older version),
 *   `unknown_product` (with close names) when the product filter matches no product.
 */
export async function fetchCandidates(
  db: D1Database,
  plan: QueryPlan,
  { product, limit }: CandidateOptions,
): Promise<Candidates> {
  const filter = product === "" ? "" : "AND product = ?3";
  const passages = (match: string, count: number) =>
    db
      .prepare(
        `SELECT title, url, product, heading, substr(body, 1, ${BODY_CHARS}) AS body, ${PASSAGE_BM25} AS rank
         FROM docs_passages WHERE docs_passages MATCH ?1 ${filter} ORDER BY rank LIMIT ?2`,
      )
      .bind(match, Math.max(count, limit * 3), ...(product === "" ? [] : [product]));
  // The overviews of the products the question names or points at are candidates too: a general
  // question about a product ("something like aws lambda") may match none of its words.
  const overviews = overviewMatch(plan, product);
  const pageQuery = `SELECT title, url, product, description, ${PAGE_BM25} AS rank
       FROM docs_pages WHERE docs_pages MATCH ?1 ${filter} ORDER BY rank LIMIT ?2`;
  const pages = db
    .prepare(
      overviews
        ? `SELECT *, 0 AS overview FROM (${pageQuery}) UNION ALL
           SELECT *, 1 AS overview FROM (SELECT title, url, product, description, 0 AS rank
             FROM docs_pages WHERE docs_pages MATCH ?4 ${filter} ORDER BY length(path) LIMIT ?5)`
        : pageQuery,
    )
    .bind(
      plan.expansion ? `${plan.user.match} OR ${plan.expansion}` : plan.user.match,
      Math.max(PAGES, limit * 2),
      ...(overviews
        ? [product, overviews.match, overviews.count]
        : product === ""
          ? []
          : [product]),
    );
  const asked = db
    .prepare(
      `SELECT question, url, title, product, description, bm25(docs_questions) AS rank
       FROM docs_questions WHERE docs_questions MATCH ?1 ${filter} ORDER BY rank LIMIT ?2`,
    )
    .bind(plan.asked, QUESTIONS, ...(product === "" ? [] : [product]));
  const state = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM docs_products) AS loaded,
         EXISTS (SELECT 1 FROM docs_products WHERE name = ?1) AS known`,
    )
    .bind(product);
  const statements = [state, passages(plan.user.words, USER_PASSAGES), pages, asked];
  const [stateResult, passageRows, pageRows, questionRows] = await db
    .batch<unknown>(statements)
    .catch((error: unknown) => {
      throw isMissingSchema(error) ? outdatedIndex() : error;
    });
  const { loaded, known } = (stateResult!.results[0] ?? {}) as { loaded?: number; known?: number };
  if (!loaded) {
    throw new DocsSearchError("index_empty", "The docs index is empty: load the corpus first.");
  }
  if (product !== "" && !known) throw await unknownProduct(db, product);
  return {
    passages: passageRows!.results as PassageRow[],
    pages: pageRows!.results as PageRow[],
    questions: questionRows!.results as QuestionRow[],
  };
}

/** An FTS5 match for the pages whose URL path starts with the slug of a product the question is about. */
function overviewMatch(
  plan: QueryPlan,
  product: string,
): { match: string; count: number } | undefined {
  const slugs = [...plan.about]
    .filter((slug) => product === "" || slug === product)
    .slice(0, MAX_OVERVIEWS);
  if (slugs.length === 0) return undefined;
  const phrases = slugs.map((slug) => `^"${slug.replace(/[^a-z0-9]+/g, " ").trim()}"`);
  return { match: `path : (${phrases.join(" OR ")})`, count: slugs.length * 2 };
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

// A database whose tables are missing or older than this code: never loaded (the migrations
// were not applied either), or loaded by an earlier version. D1 reports it only in its message.
function outdatedIndex(): DocsSearchError {
  return new DocsSearchError(
    "index_empty",
    "The docs index is not loaded, or was loaded by an older version of this server: load it again.",
  );
}

function isMissingSchema(error: unknown): boolean {
  return error instanceof Error && /no such (table|column)/i.test(error.message);
}
