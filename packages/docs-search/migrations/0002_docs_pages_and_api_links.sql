-- Page-level index and the docs-to-API bridge (@repo/docs-search). Rows are replaced wholesale on
-- every load, like docs_passages.

-- One row per page: what the page is about as a whole (title, description, the headings of its
-- sections, the words of its URL path), so a search can rank pages before passages. bm25()
-- weights are given per query in column order: title, description, headings, path.
CREATE VIRTUAL TABLE IF NOT EXISTS docs_pages USING fts5(
  title,
  description,
  headings,
  path,
  url UNINDEXED,
  product UNINDEXED,
  tokenize = 'porter unicode61'
);

-- The Cloudflare API calls shown in the docs (method when stated, path after /client/v4 as
-- written), with the heading and sentence around each: the endpoint search reads them all.
CREATE TABLE IF NOT EXISTS docs_api_links (
  method TEXT,
  path TEXT NOT NULL,
  url TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL
);
