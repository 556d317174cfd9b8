// Writes pages into the D1 index: clears the previous rows, chunks every page, inserts passages in
// batches, then records products and load facts. Runs in a Worker or from Node through a D1 proxy.

import { type ChunkOptions, chunkPage } from "../chunk/chunk-page.ts";
import type { DocPage } from "../corpus/page.ts";

export interface WriteIndexOptions extends ChunkOptions {
  /** Approximate bytes of passage text per D1 batch. Default 1 MB: large batches amortise the
   * round trip, and stay well below D1's request size limit. */
  batchBytes?: number;
  /** Called after each batch with the number of passages written so far. */
  onProgress?: (passagesWritten: number) => void;
}

export interface IndexStats {
  pages: number;
  passages: number;
  products: number;
}

// D1 binds at most 100 parameters per statement: 20 rows of 5 columns.
const ROWS_PER_INSERT = 20;
const COLUMNS = 5;
const DEFAULT_BATCH_BYTES = 1_000_000;

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
  ]);
  const products = new Map<string, { pages: number; passages: number }>();
  let pageCount = 0;
  let written = 0;
  let rows: unknown[][] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (rows.length === 0) return;
    await db.batch(insertStatements(db, rows));
    written += rows.length;
    rows = [];
    pendingBytes = 0;
    options.onProgress?.(written);
  };
  for (const page of pages) {
    pageCount++;
    const passages = chunkPage(page, options);
    const product = products.get(page.product) ?? { pages: 0, passages: 0 };
    product.pages++;
    product.passages += passages.length;
    products.set(page.product, product);
    for (const passage of passages) {
      rows.push([passage.title, passage.heading, passage.body, passage.url, passage.product]);
      pendingBytes += passage.body.length + passage.title.length + passage.heading.length;
      if (pendingBytes >= batchBytes) await flush();
    }
  }
  await flush();
  // Bulk inserts leave the FTS5 index in many segments; merging them once makes queries faster.
  await db.prepare("INSERT INTO docs_passages (docs_passages) VALUES ('optimize')").run();
  await writeProductsAndMeta(db, products, { pages: pageCount, passages: written });
  return { pages: pageCount, passages: written, products: products.size };
}

function insertStatements(db: D1Database, rows: unknown[][]): D1PreparedStatement[] {
  const statements: D1PreparedStatement[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT);
    const placeholders = chunk.map(() => `(${Array(COLUMNS).fill("?").join(", ")})`).join(", ");
    const sql = `INSERT INTO docs_passages (title, heading, body, url, product) VALUES ${placeholders}`;
    statements.push(db.prepare(sql).bind(...chunk.flat()));
  }
  return statements;
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
