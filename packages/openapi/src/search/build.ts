/**
 * `buildSearchIndex`: an in-memory BM25F index over the operations of a processed spec. Building
 * it for Cloudflare's whole spec takes a fraction of a second, so it is built where it is used
 * rather than stored.
 * @module
 */
import type { Operation, ProcessedSpec } from "../types.ts";
import { type ApiDocLink, linkOperations } from "./doc-links.ts";
import {
  FIELD_LENGTH_NORMALISATION,
  FIELD_WEIGHTS,
  fieldTerms,
  SEARCH_FIELDS,
  type SearchField,
} from "./fields.ts";
import { itemParentPaths, listsMany } from "./intent.ts";
import { needsLine } from "./needs.ts";
import { addToProfile, type ProductProfile } from "./products.ts";
import { tokenize } from "./tokenize.ts";

/** What a search returns for one operation: enough to pick it and call it. */
export interface EndpointCard {
  method: Operation["method"];
  path: string;
  operationId?: string;
  summary?: string;
  product: string;
  permissions?: string[];
  /** Set when the spec marks the operation deprecated; prefer a current operation. */
  deprecated?: true;
  /** What a call must supply: `path: zone_id; query: …; body: name, type`, or "nothing". */
  needs: string;
  /** A documentation page that shows this call, when the index was built with docs links. */
  docs?: string;
}

/** One operation as the index sees it. */
export interface IndexedOperation {
  card: EndpointCard;
  /** A GET that returns many things (`listsMany`): the answer to "which … do I have". */
  lists?: true;
}

/** The operations holding one term, with the term's BM25F frequency in each. */
export interface Posting {
  /** Positions in `SearchIndex.operations`. */
  positions: number[];
  /** Field-weighted, length-normalised frequency of the term in each of those operations. */
  frequencies: number[];
}

/**
 * A search index over one spec. Treat it as opaque: its fields may change between versions.
 * It holds no reference to the spec's schemas, only the cards and term frequencies.
 */
export interface SearchIndex {
  operations: IndexedOperation[];
  /** For each term, the operations that contain it (term at a time scoring). */
  postings: Map<string, Posting>;
  /** Product keys with their terms, for recognising a product named in a query. */
  productTerms: Map<string, string[]>;
  /** What the spec and the docs say about each product, for ranking products before operations. */
  profiles: Map<string, ProductProfile>;
}

export interface BuildSearchIndexOptions {
  /**
   * Calls shown in the documentation (`@repo/docs-search`'s `extractApiLinks`): their words are
   * searched as the operation's `docs` field and the first page becomes the card's `docs`.
   */
  docs?: readonly ApiDocLink[];
}

/** Builds the index of `spec` (or of a bare list of operations). */
export function buildSearchIndex(
  spec: Pick<ProcessedSpec, "operations">,
  options: BuildSearchIndexOptions = {},
): SearchIndex {
  const links = options.docs ? linkOperations(spec.operations, options.docs) : new Map();
  const productTerms = new Map<string, string[]>();
  const profiles = new Map<string, ProductProfile>();
  const operations: IndexedOperation[] = [];
  const itemParents = itemParentPaths(spec.operations);
  const perOperation: Array<Record<SearchField, Map<string, number>>> = [];
  const lengths: Array<Record<SearchField, number>> = [];
  const totals = emptyFieldRecord(() => 0);
  spec.operations.forEach((operation, position) => {
    const docs: ApiDocLink[] = links.get(position) ?? [];
    const fields = fieldTerms(operation, docs);
    const counts = emptyFieldRecord(() => new Map<string, number>());
    const length = emptyFieldRecord(() => 0);
    for (const field of SEARCH_FIELDS) {
      for (const term of fields[field]) counts[field].set(term, (counts[field].get(term) ?? 0) + 1);
      length[field] = fields[field].length;
      totals[field] += length[field];
    }
    perOperation.push(counts);
    addToProfile(profiles, operation.product, [
      ...fields.summary,
      ...fields.tags,
      ...fields.path,
      ...fields.description,
      ...fields.titles,
      ...fields.docs,
      ...fields.phrasings,
    ]);
    lengths.push(length);
    if (!productTerms.has(operation.product)) {
      productTerms.set(operation.product, tokenize(operation.product));
    }
    const card = toCard(operation);
    if (docs[0]) card.docs = docs[0].url;
    operations.push(listsMany(operation, itemParents) ? { card, lists: true } : { card });
  });
  const count = Math.max(operations.length, 1);
  const average = emptyFieldRecord((field) => Math.max(totals[field] / count, 1));
  // BM25F: each field's count normalised by the field's length, summed with the field weights.
  const postings = new Map<string, Posting>();
  perOperation.forEach((counts, position) => {
    const frequency = new Map<string, number>();
    for (const field of SEARCH_FIELDS) {
      const b = FIELD_LENGTH_NORMALISATION[field];
      const norm = 1 - b + (b * lengths[position]![field]) / average[field];
      for (const [term, n] of counts[field]) {
        frequency.set(term, (frequency.get(term) ?? 0) + (FIELD_WEIGHTS[field] * n) / norm);
      }
    }
    for (const [term, value] of frequency) {
      let posting = postings.get(term);
      if (!posting) {
        posting = { positions: [], frequencies: [] };
        postings.set(term, posting);
      }
      posting.positions.push(position);
      posting.frequencies.push(value);
    }
  });
  return { operations, postings, productTerms, profiles };
}

/** The card of `operation`. */
export function toCard(operation: Operation): EndpointCard {
  const card: EndpointCard = {
    method: operation.method,
    path: operation.path,
    product: operation.product,
    needs: needsLine(operation),
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
