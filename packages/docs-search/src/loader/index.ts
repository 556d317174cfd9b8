// Node-only entry (`@repo/docs-search/loader`): reading the docs (a corpus file or Cloudflare's
// published Markdown docs) and loading them into a local D1 database. Never imported by Worker code.

export {
  DEFAULT_BINDING,
  type DocsSource,
  type LoadDocsOptions,
  type LoadLocalResult,
  type LoadProgress,
  type LocalD1,
  type LocalD1Options,
  loadCorpusIntoLocalD1,
  loadDocsIntoD1,
  loadDocsIntoLocalD1,
  openLocalD1,
} from "./load-local.ts";
export { readCorpusFile } from "./read-corpus.ts";
export { MIGRATIONS_DIR, readMigrationStatements, recreateSchema } from "./schema.ts";
