/**
 * Public API of `@repo/vocabulary`: the Cloudflare vocabulary that the endpoint search and the
 * docs search share, as data (`src/data/`), and the reading of a request against it. Every export
 * here is public API: add names deliberately.
 * @module
 */
export {
  OPERATION_PHRASINGS,
  operationKey,
  PHRASING_TABLES,
  phrasingsOf,
  ZONE_SETTING_PHRASINGS,
} from "./data/phrasings/index.ts";
export { PRODUCTS } from "./data/products.ts";
export {
  COLLIDING_WORDS,
  GATED_API_PRODUCTS,
  namedAsWritten,
  type PhraseMatch,
  type QueryReading,
  readQuery,
  VOCABULARY,
} from "./read-query.ts";
export type { Intent, OperationPhrasings, ProductEntry, VocabularyEntry } from "./types.ts";
export { FILLER_WORDS, matchForm, singular, vocabularyWords } from "./words.ts";
