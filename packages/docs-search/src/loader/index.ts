// Node-only entry (`@repo/docs-search/loader`): reading the corpus file and loading it into a
// local D1 database. Never imported by Worker code.

export {
  DEFAULT_BINDING,
  type LoadLocalOptions,
  type LoadLocalResult,
  type LocalD1,
  type LocalD1Options,
  loadCorpusIntoLocalD1,
  openLocalD1,
} from "./load-local.ts";
export { readCorpusFile } from "./read-corpus.ts";
export { MIGRATIONS_DIR, readMigrationStatements, recreateSchema } from "./schema.ts";
