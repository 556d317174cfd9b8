-- Questions per page (@repo/docs-search, src/questions): how users ask for what a page answers,
-- one row per question (doc2query). A table of their own rather than a column of docs_pages:
-- FTS5's bm25 normalises by the length of the whole row, so question text in docs_pages would
-- lower every other column's matches of the pages that have questions. Rows are replaced on
-- every load, like the other docs tables. The page's title, product and description ride along
-- so that a page found only by a question can be shown.
CREATE VIRTUAL TABLE IF NOT EXISTS docs_questions USING fts5(
  question,
  url UNINDEXED,
  title UNINDEXED,
  product UNINDEXED,
  description UNINDEXED,
  tokenize = 'porter unicode61'
);
