-- Documentation search index (@repo/docs-search). The loader replaces the rows wholesale on every
-- `docs:load`; the schema itself changes only through a new migration file.

-- One row per search passage. FTS5 stores the text itself (no external content table) so that
-- snippet() can read it back; url and product are stored but not indexed. bm25() weights are
-- given per query in column order: title, heading, body, url, product.
CREATE VIRTUAL TABLE IF NOT EXISTS docs_passages USING fts5(
  title,
  heading,
  body,
  url UNINDEXED,
  product UNINDEXED,
  tokenize = 'porter unicode61'
);

-- Products present in the index, for the product filter and its "did you mean" suggestions.
CREATE TABLE IF NOT EXISTS docs_products (
  name TEXT PRIMARY KEY,
  pages INTEGER NOT NULL,
  passages INTEGER NOT NULL
) WITHOUT ROWID;

-- Facts about the last load (e.g. loaded_at, pages, passages).
CREATE TABLE IF NOT EXISTS docs_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
