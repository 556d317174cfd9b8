/**
 * What an operation is searched by: its fields and their weights.
 * @module
 */
import { phrasingsOf, ZONE_SETTING_PHRASINGS } from "@repo/vocabulary";
import { isTemplate, splitScope } from "../product.ts";
import type { Operation } from "../types.ts";
import type { ApiDocLink } from "./doc-links.ts";
import { schemaWords } from "./schema-words.ts";
import { tokenize } from "./tokenize.ts";

/** The fields of an operation that a search looks at. */
export const SEARCH_FIELDS = [
  "summary",
  "operationId",
  "path",
  "product",
  "tags",
  "action",
  "description",
  "parameters",
  "enums",
  "titles",
  "details",
  "docs",
  "phrasings",
] as const;

/** One searchable field. */
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * How much a term found in each field counts. The summary is written for people and says what
 * the endpoint does; descriptions are long and mention many things in passing, so they count
 * less. Enum values and variant titles are how settings are named ("http3", "Brotli
 * Compression"); parameter and field descriptions and the docs that show the call are wordy, so
 * they count little, but they hold the words people use.
 */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
  summary: 3,
  operationId: 1.5,
  path: 1.5,
  product: 1.5,
  tags: 1.2,
  action: 0.8,
  description: 0.5,
  parameters: 0.4,
  enums: 1,
  titles: 0.9,
  details: 0.15,
  docs: 0.5,
  phrasings: 1.5,
};

/**
 * BM25 length normalisation per field (0: none, 1: full). A long summary is less about each of
 * its words; a long list of enum values or variant titles (the 55 zone settings of one endpoint)
 * is a catalogue, and each entry in it is as much a name of the endpoint as a short one.
 */
export const FIELD_LENGTH_NORMALISATION: Readonly<Record<SearchField, number>> = {
  summary: 0.6,
  operationId: 0.6,
  path: 0.5,
  product: 0,
  tags: 0.3,
  action: 0,
  description: 0.6,
  parameters: 0.3,
  enums: 0.15,
  titles: 0.2,
  details: 0.4,
  docs: 0.3,
  phrasings: 0.3,
};

/**
 * Canonical actions (as stems) an operation answers to, from its method and path shape: GET on a
 * path that ends in a literal segment reads a collection or a setting, GET on `/{id}` reads one item.
 */
export function actionTerms(operation: Pick<Operation, "method" | "path">): string[] {
  switch (operation.method) {
    case "DELETE":
      return ["delet"];
    case "POST":
      return ["creat"];
    case "PUT":
    case "PATCH":
      return ["updat"];
    case "GET":
      return operation.path.endsWith("}") ? ["get"] : ["list", "get"];
    default:
      return [];
  }
}

/**
 * Literal path segments below the account/zone/user scope: `/zones/{zone_id}/dns_records` ->
 * `dns_records`. Nearly every path starts with a scope, so its words would only blur matches on
 * what the endpoint is about; a scope-level path (`/zones`, `/accounts/{account_id}`) keeps it.
 */
export function pathWords(path: string): string {
  const { scope, rest } = splitScope(path);
  const literals = rest.filter((segment) => !isTemplate(segment));
  if (literals.length === 0 && scope !== undefined) return scope;
  return literals.join(" ");
}

/** The terms of every search field of `operation`; `docs` are the docs pages that show its call. */
export function fieldTerms(
  operation: Operation,
  docs: readonly ApiDocLink[] = [],
): Record<SearchField, string[]> {
  const words = schemaWords(operation);
  return {
    summary: tokenize(operation.summary ?? ""),
    operationId: tokenize(operation.operationId ?? ""),
    path: tokenize(pathWords(operation.path)),
    product: tokenize(operation.product),
    tags: tokenize(operation.tags.join(" ")),
    action: actionTerms(operation),
    description: tokenize(operation.description ?? ""),
    parameters: tokenize(words.fields.join(" ")),
    // An enum value is one identifier ("always_use_https"); its parts count as well.
    enums: words.enums.flatMap((value) => [...tokenize(value), compact(value)]).filter(Boolean),
    titles: tokenize(words.titles.join(" ")),
    details: tokenize(words.descriptions.join(" ")),
    docs: tokenize(docs.map((link) => `${link.title} ${link.text ?? ""}`).join(" ")),
    phrasings: tokenize(operationPhrasings(operation).join(" ")),
  };
}

/** "always_use_https" -> "alwaysusehttps" is not a word anyone types; "0rtt" or "http3" is. */
function compact(value: string): string {
  const joined = value.toLowerCase().replace(/[^a-z0-9]/g, "");
  return /^[a-z]*\d+[a-z]*$|^\d+[a-z]+$/.test(joined) && joined.length <= 8 ? joined : "";
}

/**
 * What people say when they want `operation` (the vocabulary's operation phrasings); the zone
 * setting endpoints also answer to the descriptions of every setting they take.
 */
function operationPhrasings(operation: Pick<Operation, "method" | "path">): readonly string[] {
  const own = phrasingsOf(operation.method, operation.path);
  if (!/^\/zones\/\{[^}]+\}\/settings\/\{[^}]+\}$/.test(operation.path)) return own;
  return [...own, ...Object.values(ZONE_SETTING_PHRASINGS).flat()];
}
