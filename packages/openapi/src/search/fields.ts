/**
 * What an operation is searched by: its fields, their weights, and the action words it answers to.
 * @module
 */
import { isTemplate, splitScope } from "../product.ts";
import type { Operation } from "../types.ts";
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
] as const;

/** One searchable field. */
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * How much a term found in each field counts. The summary is written for people and says what
 * the endpoint does; descriptions are long and mention many things in passing, so they count least.
 */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
  summary: 3,
  operationId: 1.5,
  path: 1.5,
  product: 1.5,
  tags: 1.2,
  action: 1.2,
  description: 0.5,
  parameters: 0.3,
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

/**
 * Names of query, header and cookie parameters. Path parameters are left out: they name the
 * scope and the item (`zone_id`, `script_name`), which the path words already say, and being on
 * almost every operation they would make "zone" or "account" match everything.
 */
function parameterNames(operation: Operation): string {
  return operation.parameters
    .filter((parameter) => parameter.in !== "path")
    .map((parameter) => parameter.name)
    .join(" ");
}

/** The terms of every search field of `operation`. */
export function fieldTerms(operation: Operation): Record<SearchField, string[]> {
  return {
    summary: tokenize(operation.summary ?? ""),
    operationId: tokenize(operation.operationId ?? ""),
    path: tokenize(pathWords(operation.path)),
    product: tokenize(operation.product),
    tags: tokenize(operation.tags.join(" ")),
    action: actionTerms(operation),
    description: tokenize(operation.description ?? ""),
    parameters: tokenize(parameterNames(operation)),
  };
}
