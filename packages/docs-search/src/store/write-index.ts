// Writes pages into the D1 index: clears the previous rows, chunks every page, inserts passages in
// batches, then records products and load facts. Runs in a Worker or from Node through a D1 proxy.

import { extractApiLinks } from "../api-links/extract.ts";
import {
  type ChunkOptions,
  chunkPage,
  HEADING_SEPARATOR,
  type Passage,
} from "../chunk/chunk-page.ts";
import type { DocPage } from "../corpus/page.ts";
import { PAGE_QUESTIONS, type PageQuestions } from "../questions/index.ts";

export interface WriteIndexOptions extends ChunkOptions {
  /** Approximate bytes of passage JSON per insert statement. Default 700 kB: large statements
   * amortise the round trip, and stay below D1's 2 MB limit on one bound value. */
  batchBytes?: number;
  /** Called after each batch with the number of passages written so far. */
  onProgress?: (passagesWritten: number) => void;
  /** Called once every passage is written, before the index is optimised. */
  onOptimize?: () => void;
  /**
   * Questions users ask that a page answers, by URL path, indexed beside the page (one row per
   * question). Default: the package's own (`src/questions`). Paths without a page are ignored.
   */
  questions?: PageQuestions;
}

export interface IndexStats {
  pages: number;
  passages: number;
  products: number;
}

// D1 binds at most 100 parameters per statement, so rows travel as one JSON array bound to a
// single parameter and are expanded by json_each: about six times faster than 20-row VALUES lists
// (3.5 s instead of 20 s for the full corpus through wrangler's platform proxy).
const DEFAULT_BATCH_BYTES = 700_000;
// Statements sent per D1 batch: one round trip each.
const STATEMENTS_PER_BATCH = 4;
const INSERT_PASSAGES = `INSERT INTO docs_passages (title, heading, body, url, product)
  SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(?1)`;
const INSERT_PAGES = `INSERT INTO docs_pages (title, description, headings, path, url, product)
  SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM json_each(?1)`;
const INSERT_QUESTIONS = `INSERT INTO docs_questions (question, url, title, product, description)
  SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(?1)`;
const INSERT_LINKS = `INSERT INTO docs_api_links (method, path, url, title, text)
  SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(?1)`;

/**
 * Replaces the whole index with `pages`. The schema (migration 0001) must already exist. Not
 * atomic: a search running during a load sees a partial index.
 */
export async function writeDocsIndex(
  db: D1Database,
  pages: Iterable<DocPage>,
  options: WriteIndexOptions = {},
): Promise<IndexStats> {
  const batchBytes = options.batchBytes ?? DEFAULT_BATCH_BYTES;
  await db.batch([
    db.prepare("DELETE FROM docs_passages"),
    db.prepare("DELETE FROM docs_products"),
    db.prepare("DELETE FROM docs_meta"),
    db.prepare("DELETE FROM docs_pages"),
    db.prepare("DELETE FROM docs_api_links"),
    db.prepare("DELETE FROM docs_questions"),
  ]);
  const questions = options.questions ?? PAGE_QUESTIONS;
  const products = new Map<string, { pages: number; passages: number }>();
  let pageCount = 0;
  let written = 0;
  let rows: string[][] = [];
  let pendingBytes = 0;
  let statements: Array<{ statement: D1PreparedStatement; rows: number }> = [];
  const pageRows: Array<Array<string | null>> = [];
  const linkRows: Array<Array<string | null>> = [];
  const questionRows: Array<Array<string | null>> = [];
  const send = async () => {
    if (statements.length === 0) return;
    await db.batch(statements.map((entry) => entry.statement));
    for (const entry of statements) written += entry.rows;
    statements = [];
    options.onProgress?.(written);
  };
  const flush = async () => {
    if (rows.length === 0) return;
    statements.push({
      statement: db.prepare(INSERT_PASSAGES).bind(JSON.stringify(rows)),
      rows: rows.length,
    });
    rows = [];
    pendingBytes = 0;
    if (statements.length >= STATEMENTS_PER_BATCH) await send();
  };
  for (const page of pages) {
    pageCount++;
    const passages = chunkPage(page, options);
    pageRows.push(pageRow(page, passages));
    const url = page.url.split("#")[0]!;
    for (const question of questions[pathOf(url)] ?? []) {
      questionRows.push([question, url, page.title, page.product, page.description ?? null]);
    }
    for (const link of extractApiLinks(page)) {
      linkRows.push([link.method ?? null, link.path, link.url, link.title, link.text]);
    }
    const product = products.get(page.product) ?? { pages: 0, passages: 0 };
    product.pages++;
    product.passages += passages.length;
    products.set(page.product, product);
    for (const passage of passages) {
      rows.push([passage.title, passage.heading, passage.body, passage.url, passage.product]);
      pendingBytes +=
        passage.body.length +
        passage.title.length +
        passage.heading.length +
        passage.url.length +
        32;
      if (pendingBytes >= batchBytes) await flush();
    }
  }
  await flush();
  await send();
  await insertJsonRows(db, INSERT_PAGES, pageRows, batchBytes);
  await insertJsonRows(db, INSERT_LINKS, linkRows, batchBytes);
  await insertJsonRows(db, INSERT_QUESTIONS, questionRows, batchBytes);
  options.onOptimize?.();
  // Bulk inserts leave each FTS5 index in many segments; merging them once makes queries faster.
  await db.batch(
    ["docs_passages", "docs_pages", "docs_questions"].map((table) =>
      db.prepare(`INSERT INTO ${table} (${table}) VALUES ('optimize')`),
    ),
  );
  await writeProductsAndMeta(db, products, { pages: pageCount, passages: written });
  return { pages: pageCount, passages: written, products: products.size };
}

/** A page's row of docs_pages: title, description, its section headings, its URL path words. */
function pageRow(page: DocPage, passages: readonly Passage[]): Array<string | null> {
  const headings = [
    ...new Set(passages.map((passage) => passage.heading.split(HEADING_SEPARATOR).at(-1) ?? "")),
  ];
  const url = page.url.split("#")[0]!;
  const path = new URL(url).pathname.replace(/[/_-]+/g, " ").trim();
  return [
    page.title,
    page.description ?? null,
    headings.filter(Boolean).join(" \n "),
    path,
    url,
    page.product,
  ];
}

/** A page URL's path with its trailing slash, the key of the questions table. */
function pathOf(url: string): string {
  const { pathname } = new URL(url);
  return pathname.endsWith("/") ? pathname : `${pathname}/`;
}

/** Inserts rows as JSON batches of about `batchBytes`, four statements per D1 batch. */
async function insertJsonRows(
  db: D1Database,
  sql: string,
  rows: ReadonlyArray<ReadonlyArray<string | null>>,
  batchBytes: number,
): Promise<void> {
  const statements: D1PreparedStatement[] = [];
  let chunk: Array<ReadonlyArray<string | null>> = [];
  let bytes = 0;
  const cut = () => {
    if (chunk.length > 0) statements.push(db.prepare(sql).bind(JSON.stringify(chunk)));
    chunk = [];
    bytes = 0;
  };
  for (const row of rows) {
    chunk.push(row);
    for (const value of row) bytes += (value?.length ?? 0) + 8;
    if (bytes >= batchBytes) cut();
  }
  cut();
  for (let start = 0; start < statements.length; start += STATEMENTS_PER_BATCH) {
    await db.batch(statements.slice(start, start + STATEMENTS_PER_BATCH));
  }
}

async function writeProductsAndMeta(
  db: D1Database,
  products: Map<string, { pages: number; passages: number }>,
  totals: { pages: number; passages: number },
): Promise<void> {
  const insertProduct = db.prepare(
    "INSERT INTO docs_products (name, pages, passages) VALUES (?, ?, ?)",
  );
  const insertMeta = db.prepare("INSERT INTO docs_meta (key, value) VALUES (?, ?)");
  await db.batch([
    ...[...products].map(([name, counts]) =>
      insertProduct.bind(name, counts.pages, counts.passages),
    ),
    insertMeta.bind("loaded_at", new Date().toISOString()),
    insertMeta.bind("pages", String(totals.pages)),
    insertMeta.bind("passages", String(totals.passages)),
  ]);
}
