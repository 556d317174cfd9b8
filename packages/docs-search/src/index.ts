// Public API of @repo/docs-search for Workers: chunking, index writing and search over a D1
// database. The Node loader lives in the separate `@repo/docs-search/loader` entry. Any new export
// here becomes public API: named exports only.

export { type ApiLink, extractApiLinks } from "./api-links/extract.ts";
export { readApiLinks } from "./api-links/read.ts";
export { type DocsSearchBackend, d1DocsSearch } from "./backend.ts";
export {
  type ChunkOptions,
  chunkPage,
  DEFAULT_MAX_PASSAGE_CHARS,
  HEADING_SEPARATOR,
  type Passage,
} from "./chunk/chunk-page.ts";
export { slugifyHeading } from "./chunk/slug.ts";
export { CorpusFormatError, type DocPage, parseDocPage, parseDocPages } from "./corpus/page.ts";
export {
  DEFAULT_DOCS_BASE_URL,
  type FetchPublishedDocsOptions,
  fetchPublishedDocs,
  PublishedDocsError,
} from "./published/fetch-published.ts";
export { parseLlmsFullTxt } from "./published/llms-full.ts";
export { type LlmsLink, parseLlmsTxt, productsOfIndex } from "./published/llms-txt.ts";
export { PAGE_QUESTIONS, type PageQuestions } from "./questions/index.ts";
export { DocsSearchError, type DocsSearchErrorCode } from "./search/errors.ts";
export { buildFtsQuery, type FtsQuery, MAX_QUERY_CHARS } from "./search/fts-query.ts";
export {
  closeProductNames,
  listProducts,
  normalizeProduct,
  type ProductInfo,
} from "./search/products.ts";
export {
  DEFAULT_LIMIT,
  type DocsSearchResult,
  MAX_LIMIT,
  type SearchDocsOptions,
  type SearchDocsResponse,
  searchDocs,
} from "./search/search-docs.ts";
export { MAX_SNIPPET_CHARS } from "./search/snippet.ts";
export { type IndexStats, type WriteIndexOptions, writeDocsIndex } from "./store/write-index.ts";
