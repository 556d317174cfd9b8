// Reads an llms.txt index (https://llmstxt.org): markdown whose list items link to pages,
// `- [Title](url): description`. Cloudflare's site-wide /llms.txt links each product's own
// /<product>/llms.txt; a product's llms.txt links its pages.

export interface LlmsLink {
  title: string;
  url: string;
  description?: string;
}

const LINK_ITEM = /^\s*[-*]\s+\[([^\]]+)\]\(([^)\s]+)\)(?::\s*(.*))?$/;

/** Every list-item link of an llms.txt document, in order, with relative URLs resolved. */
export function parseLlmsTxt(text: string, baseUrl: string): LlmsLink[] {
  const links: LlmsLink[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = LINK_ITEM.exec(line);
    if (!match) continue;
    let url: string;
    try {
      url = new URL(match[2]!, baseUrl).toString();
    } catch {
      continue;
    }
    const link: LlmsLink = { title: match[1]!.trim(), url };
    if (match[3]?.trim()) link.description = match[3].trim();
    links.push(link);
  }
  return links;
}

/**
 * Product paths named by a site-wide index: links to `/<product>/llms.txt` or
 * `/<product>/llms-full.txt` give the product directly; otherwise (an index that lists pages)
 * the first path segment of each page link.
 */
export function productsOfIndex(links: readonly LlmsLink[], baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  const products = new Set<string>();
  for (const link of links) {
    const url = new URL(link.url);
    if (url.origin !== origin) continue;
    const segments = url.pathname.split("/").filter((segment) => segment !== "");
    const last = segments.at(-1);
    if (last === "llms.txt" || last === "llms-full.txt") {
      if (segments.length >= 2) products.add(segments.slice(0, -1).join("/"));
    } else if (segments[0]) {
      products.add(segments[0]);
    }
  }
  return [...products];
}
