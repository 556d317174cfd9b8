/**
 * `buildSearchIndex`: an in-memory BM25F index over the operations of a processed spec. Building
 * it for Cloudflare's whole spec takes a few tens of milliseconds, so it is built where it is
 * used rather than stored.
 * @module
 */
import type { Operation, ProcessedSpec } from "../types.ts";
import { fieldTerms, SEARCH_FIELDS, type SearchField } from "./fields.ts";
import { tokenize } from "./tokenize.ts";

/** What a search returns for one operation: enough to pick it and call it. */
export interface EndpointCard {
  method: Operation["method"];
  path: string;
  operationId?: string;
  summary?: string;
  product: string;
  permissions?: string[];
  deprecated?: true;
}

/** One operation as the index sees it. */
export interface IndexedOperation {
  card: EndpointCard;
  /** Term frequencies per field. */
  terms: Record<SearchField, Map<string, number>>;
  /** Term counts per field (for length normalisation). */
  lengths: Record<SearchField, number>;
}

/**
 * A search index over one spec. Treat it as opaque: its fields may change between versions.
 * It holds no reference to the spec's schemas, only the cards and term counts.
 */
export interface SearchIndex {
  operations: IndexedOperation[];
  /** For each term, the positions in `operations` of the operations that contain it. */
  postings: Map<string, number[]>;
  averageLengths: Record<SearchField, number>;
  /** Product keys with their terms, for recognising a product named in a query. */
  productTerms: Map<string, string[]>;
}

/** Builds the index of `spec` (or of a bare list of operations). */
export function buildSearchIndex(spec: Pick<ProcessedSpec, "operations">): SearchIndex {
  const operations: IndexedOperation[] = [];
  const postings = new Map<string, number[]>();
  const totals = emptyFieldRecord(() => 0);
  const productTerms = new Map<string, string[]>();
  spec.operations.forEach((operation, position) => {
    const fields = fieldTerms(operation);
    const terms = emptyFieldRecord(() => new Map<string, number>());
    const lengths = emptyFieldRecord(() => 0);
    const seen = new Set<string>();
    for (const field of SEARCH_FIELDS) {
      for (const term of fields[field]) {
        terms[field].set(term, (terms[field].get(term) ?? 0) + 1);
        seen.add(term);
      }
      lengths[field] = fields[field].length;
      totals[field] += lengths[field];
    }
    for (const term of seen) {
      const list = postings.get(term);
      if (list) list.push(position);
      else postings.set(term, [position]);
    }
    if (!productTerms.has(operation.product)) {
      productTerms.set(operation.product, tokenize(operation.product));
    }
    operations.push({ card: toCard(operation), terms, lengths });
  });
  const count = Math.max(operations.length, 1);
  const averageLengths = emptyFieldRecord((field) => Math.max(totals[field] / count, 1));
  return { operations, postings, averageLengths, productTerms };
}

/** The card of `operation`. */
export function toCard(operation: Operation): EndpointCard {
  const card: EndpointCard = {
    method: operation.method,
    path: operation.path,
    product: operation.product,
  };
  if (operation.operationId !== undefined) card.operationId = operation.operationId;
  if (operation.summary !== undefined) card.summary = operation.summary;
  if (operation.permissions !== undefined) card.permissions = operation.permissions;
  if (operation.deprecated === true || operation.deprecation !== undefined) card.deprecated = true;
  return card;
}

function emptyFieldRecord<T>(make: (field: SearchField) => T): Record<SearchField, T> {
  const record = {} as Record<SearchField, T>;
  for (const field of SEARCH_FIELDS) record[field] = make(field);
  return record;
}
