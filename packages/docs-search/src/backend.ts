// The seam for replacing the D1 index with another search service (e.g. an AI Search binding)
// without touching the `docs` tool: the tool depends on this interface, not on D1.

import { listProducts, type ProductInfo } from "./search/products.ts";
import {
  type SearchDocsOptions,
  type SearchDocsResponse,
  searchDocs,
} from "./search/search-docs.ts";

/**
 * A docs search backend. The D1 implementation is `d1DocsSearch(db)`.
 *
 * An implementation over AI Search would map `product` to a metadata filter on the page URL
 * prefix, take `snippet` from the returned chunk (bounded to 300 characters) and `score` from its
 * relevance. It must keep the same error contract: reject with `DocsSearchError` (`empty_query`,
 * `unknown_product` with suggestions, `index_empty`) and never with the service's raw errors.
 */
export interface DocsSearchBackend {
  search(options: SearchDocsOptions): Promise<SearchDocsResponse>;
  listProducts(): Promise<ProductInfo[]>;
}

/** The D1 backend: `searchDocs` and `listProducts` bound to one database. */
export function d1DocsSearch(db: D1Database): DocsSearchBackend {
  return {
    search: (options) => searchDocs(db, options),
    listProducts: () => listProducts(db),
  };
}
