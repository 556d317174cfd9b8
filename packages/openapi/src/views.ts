/**
 * The derived views of a list of operations: by path and method, and the product list.
 * @module
 */
import type { HttpMethod, Operation, ProcessedSpec } from "./types.ts";

/** The `paths` view of `operations`: path, then lower-case method, to the same objects. */
export function indexByPath(operations: readonly Operation[]): ProcessedSpec["paths"] {
  const paths: ProcessedSpec["paths"] = {};
  for (const operation of operations) {
    const methods = paths[operation.path] ?? {};
    methods[operation.method.toLowerCase() as HttpMethod] = operation;
    paths[operation.path] = methods;
  }
  return paths;
}

/** Sorted distinct product keys of `operations`. */
export function collectProducts(operations: readonly Operation[]): string[] {
  return [...new Set(operations.map((operation) => operation.product))].sort();
}
