// Downloads Cloudflare's published Markdown docs: the site-wide /llms.txt names the products, and
// each product's /<product>/llms-full.txt holds all of its pages (descriptions, when the full
// file lacks them, come from the product's own /<product>/llms.txt).

import type { DocPage } from "../corpus/page.ts";
import { parseLlmsFullTxt } from "./llms-full.ts";
import { parseLlmsTxt, productsOfIndex } from "./llms-txt.ts";

export const DEFAULT_DOCS_BASE_URL = "https://developers.cloudflare.com";

export interface FetchPublishedDocsOptions {
  /** Site root; default https://developers.cloudflare.com. */
  baseUrl?: string;
  /** Only these product paths (e.g. ["workers", "kv"]); default every product in /llms.txt. */
  products?: readonly string[];
  fetch?: typeof fetch;
  /** Parallel downloads; default 4. */
  concurrency?: number;
  /** Upper bound on one file; default 64 MiB. */
  maxBytes?: number;
  /** After each product: products done, products in all, the product just read. */
  onProduct?: (done: number, total: number, product: string) => void;
  signal?: AbortSignal;
}

export class PublishedDocsError extends Error {
  override readonly name = "PublishedDocsError";
}

/** Every page of the chosen products, deduplicated by URL, in product then document order. */
export async function fetchPublishedDocs(
  options: FetchPublishedDocsOptions = {},
): Promise<DocPage[]> {
  const baseUrl = `${(options.baseUrl ?? DEFAULT_DOCS_BASE_URL).replace(/\/+$/, "")}/`;
  const get = (url: string) => getText(url, options);
  const products =
    options.products ??
    productsOfIndex(parseLlmsTxt(await get(`${baseUrl}llms.txt`), baseUrl), baseUrl);
  if (products.length === 0) throw new PublishedDocsError(`${baseUrl}llms.txt names no products`);
  const perProduct: DocPage[][] = new Array(products.length);
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (next < products.length) {
      const position = next++;
      const product = products[position]!;
      perProduct[position] = await productPages(baseUrl, product, get);
      options.onProduct?.(++done, products.length, product);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(options.concurrency ?? 4, products.length) }, worker),
  );
  const seen = new Set<string>();
  return perProduct.flat().filter((page) => !seen.has(page.url) && seen.add(page.url));
}

async function productPages(
  baseUrl: string,
  product: string,
  get: (url: string) => Promise<string>,
): Promise<DocPage[]> {
  const pages = parseLlmsFullTxt(await get(`${baseUrl}${product}/llms-full.txt`));
  if (pages.every((page) => page.description !== undefined)) return pages;
  const index = await get(`${baseUrl}${product}/llms.txt`).catch(() => "");
  const descriptions = new Map(
    parseLlmsTxt(index, baseUrl).map((link) => [
      link.url.replace(/index\.md$/, ""),
      link.description,
    ]),
  );
  for (const page of pages) {
    const description = page.description ?? descriptions.get(page.url);
    if (description) page.description = description;
  }
  return pages;
}

async function getText(url: string, options: FetchPublishedDocsOptions): Promise<string> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, { signal: options.signal ?? null });
  } catch (error) {
    throw new PublishedDocsError(
      `could not fetch ${url}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!response.ok) throw new PublishedDocsError(`${url} answered ${response.status}`);
  const text = await response.text();
  if (text.length > (options.maxBytes ?? 64 * 1024 * 1024)) {
    throw new PublishedDocsError(`${url} is larger than the limit`);
  }
  return text;
}
