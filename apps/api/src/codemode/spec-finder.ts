/**
 * The host side of `spec.find`: ranks endpoints with the index built once per spec version, so
 * search isolates do not each rebuild it.
 */
import { RpcTarget } from "cloudflare:workers";
import { findOperations, type RankedEndpoint, type SearchIndex } from "@repo/openapi";

export class SpecFinder extends RpcTarget {
  readonly #index: SearchIndex;

  constructor(index: SearchIndex) {
    super();
    this.#index = index;
  }

  find(query: unknown, options: unknown): RankedEndpoint[] {
    if (typeof query !== "string" || query.trim() === "") {
      throw new TypeError(
        'spec.find needs a non-empty query string, e.g. spec.find("list dns records").',
      );
    }
    const { limit, product } = (options ?? {}) as { limit?: unknown; product?: unknown };
    return findOperations(this.#index, query, {
      ...(typeof limit === "number" ? { limit } : {}),
      ...(typeof product === "string" ? { product } : {}),
    });
  }
}
