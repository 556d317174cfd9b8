/**
 * The `docs` tool: Cloudflare developer documentation search. Any server can add it: the api
 * server searches every product, a product server passes `product` to scope it to its own docs.
 * The backend is structural (packages/docs-search's `d1DocsSearch` fits) so the kit does not
 * depend on a search implementation.
 */
import { z } from "zod";
import { ToolError } from "./errors";
import type { RegistrationContext, ToolOutput } from "./types";

/** One page of the docs, as a backend returns it (packages/docs-search's `DocsSearchResult`). */
export interface DocsHit {
  title: string;
  /** The page URL, without anchor. */
  url: string;
  /** Anchor of the section that best answers (`#kv-namespaces`), or "" for the page itself. */
  anchor?: string;
  product: string;
  /** Heading path of that section; "" for the intro. */
  heading: string;
  snippet: string;
  score: number;
}

export interface DocsBackend {
  search(options: { query: string; product?: string; limit?: number }): Promise<{
    results: DocsHit[];
  }>;
}

export interface DocsToolOptions {
  /** Restrict every search to this product slug (e.g. "ai-gateway") and drop the product argument. */
  product?: string;
}

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 20;
const RESULT_SHAPE =
  "Returns the best pages, one result each: title, url, and the answering section's anchor, heading and snippet (open url + anchor).";

export function registerDocsTool(
  context: RegistrationContext,
  backend: DocsBackend | undefined,
  options: DocsToolOptions = {},
): void {
  const scope = options.product;
  const input = {
    query: z
      .string()
      .max(500)
      .describe('What to look up, in plain words, e.g. "bind a KV namespace to a Worker".'),
    ...(scope
      ? {}
      : {
          product: z
            .string()
            .max(100)
            .optional()
            .describe('Only this product\'s docs, e.g. "workers", "ai-gateway", "secrets-store".'),
        }),
    limit: z
      .number()
      .int()
      .min(1)
      .max(MAX_LIMIT)
      .optional()
      .describe(`How many pages (default ${DEFAULT_LIMIT}).`),
  };
  context.tool({
    name: "docs",
    title: scope ? `Search the ${scope} docs` : "Search the Cloudflare docs",
    description: scope
      ? `Search Cloudflare's ${scope} docs in plain words. ${RESULT_SHAPE}`
      : `Search Cloudflare's developer docs in plain words (questions, goals, errors, limits, prices). ${RESULT_SHAPE} Filter by product when you know it.`,
    input,
    annotations: {
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: true,
      openWorldHint: false,
    },
    async handler(args) {
      const { query, limit } = args as { query: string; limit?: number; product?: string };
      const product = scope ?? (args as { product?: string }).product;
      if (!backend) {
        throw new ToolError("Documentation search is not configured on this server.", {
          hint: "Operators: bind DOCS_DB and load the index (pnpm docs:update).",
        });
      }
      try {
        const { results } = await backend.search({
          query,
          ...(product ? { product } : {}),
          ...(limit ? { limit } : {}),
        });
        return docsResult(query, product, results);
      } catch (error) {
        throw asToolError(error, scope);
      }
    },
  });
}

function docsResult(query: string, product: string | undefined, results: DocsHit[]): ToolOutput {
  const where = product ? ` in ${product}` : "";
  if (results.length === 0) {
    return {
      content: [
        {
          type: "text",
          text: `No documentation matched "${query}"${where}. Try other words${product ? " or drop the product filter" : ""}.`,
        },
      ],
      structuredContent: { results: [] },
    };
  }
  const hits = results.map(({ title, url, anchor, product: hitProduct, heading, snippet }) => ({
    title,
    url,
    anchor: anchor ?? "",
    product: hitProduct,
    heading,
    snippet,
  }));
  const lines = hits.map((hit, position) => {
    const section = hit.anchor ? `\n   section: ${hit.heading || hit.anchor} (${hit.anchor})` : "";
    return `${position + 1}. ${hit.title} [${hit.product}]\n   ${hit.url}${section}\n   ${hit.snippet}`;
  });
  return {
    content: [
      {
        type: "text",
        text: `${hits.length} ${hits.length === 1 ? "page" : "pages"} for "${query}"${where}:\n${lines.join("\n")}`,
      },
    ],
    structuredContent: { results: hits },
  };
}

/** DocsSearchError (packages/docs-search) carries a code; turn it into a next step. */
function asToolError(error: unknown, scope: string | undefined): unknown {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "empty_query":
      return new ToolError(message, { hint: "Pass a query with at least one word." });
    case "unknown_product": {
      const suggestions = (error as { suggestions?: readonly string[] }).suggestions ?? [];
      return new ToolError(message, {
        hint: scope
          ? "This server's docs scope is misconfigured."
          : suggestions.length > 0
            ? `Use one of: ${suggestions.join(", ")}; or omit product.`
            : "Omit product to search every product.",
      });
    }
    case "index_empty":
      return new ToolError(message, {
        hint: "Operators: load the docs index (pnpm docs:update with CLOUDFLARE_DOCS_CORPUS).",
      });
    default:
      return error;
  }
}
