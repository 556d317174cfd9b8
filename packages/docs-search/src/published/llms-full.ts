// Parses Cloudflare's published per-product `llms-full.txt` (developers.cloudflare.com/<product>/
// llms-full.txt) into corpus pages. Two page framings are in use and both are read:
//
//   <page>                                   # Title
//   ---
//   title: Title · Cloudflare Workers docs   URL: https://developers.cloudflare.com/workers/x/
//   description: ...
//   source_url:                              <markdown body>
//     html: https://developers.cloudflare.com/workers/x/
//     md: https://.../workers/x/index.md     ---
//   ---
//   <markdown body>
//   </page>
//
// The right-hand form carries the page's MDX source, so imports and JSX component tags are
// removed (their inner text stays).

import type { DocPage } from "../corpus/page.ts";
import { cleanMdx } from "./mdx.ts";

/** Pages of one `llms-full.txt` document, in document order. Pages without a URL are skipped. */
export function parseLlmsFullTxt(text: string): DocPage[] {
  const normalized = text.replace(/\r\n?/g, "\n");
  return normalized.includes("<page>")
    ? parsePageBlocks(normalized)
    : parseHeaderBlocks(normalized);
}

const PAGE_BLOCK = /<page>\n([\s\S]*?)\n<\/page>/g;

function parsePageBlocks(text: string): DocPage[] {
  const pages: DocPage[] = [];
  for (const match of text.matchAll(PAGE_BLOCK)) {
    const block = match[1]!;
    const front = /^---\n([\s\S]*?)\n---\n?/.exec(block);
    const fields = front ? readFrontmatter(front[1]!) : new Map<string, string>();
    const url = fields.get("source_url.html") ?? fields.get("url");
    const title = fields.get("title");
    if (!url || !title) continue;
    const body = front ? block.slice(front[0].length) : block;
    pages.push(toPage(url, stripSiteSuffix(title), body, fields.get("description")));
  }
  return pages;
}

// "# Title\n\nURL: <url>\n\n" opens a page; the page runs to the next opening (its trailing "---"
// separator removed). Bodies may contain "# " headings and "---" rules of their own, so a page
// only starts where a heading is followed by a URL line.
const HEADER = /^# (.+)\n\nURL: (https?:\/\/\S+)\n/gm;

function parseHeaderBlocks(text: string): DocPage[] {
  const starts = [...text.matchAll(HEADER)];
  return starts.map((match, index) => {
    const bodyStart = match.index + match[0].length;
    const bodyEnd = index + 1 < starts.length ? starts[index + 1]!.index : text.length;
    const body = text.slice(bodyStart, bodyEnd).replace(/\n+---\s*$/, "");
    return toPage(match[2]!, match[1]!.trim(), body);
  });
}

function toPage(url: string, title: string, body: string, description?: string): DocPage {
  const pageUrl = url.split("#")[0]!;
  const path = new URL(pageUrl).pathname.replace(/^\/+|\/+$/g, "");
  const page: DocPage = {
    url: pageUrl,
    title,
    product: path.split("/")[0] || "docs",
    text: cleanMdx(body).trim(),
    source_path: `${path}/index.md`,
  };
  if (description?.trim()) page.description = description.trim();
  return page;
}

// "Overview · Cloudflare Workers docs" -> "Overview".
function stripSiteSuffix(title: string): string {
  return title.replace(/\s+·\s+Cloudflare\b.*$/u, "").trim();
}

/**
 * The flat fields of a YAML frontmatter block, enough for the keys these pages use: `key: value`,
 * folded values (`key: >-` followed by indented lines) and one level of nesting, read as
 * `parent.key`.
 */
function readFrontmatter(yaml: string): Map<string, string> {
  const fields = new Map<string, string>();
  const lines = yaml.split("\n");
  let parent = "";
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const match = /^(\s*)([\w-]+):\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, indent, key, rawValue] = match as unknown as [string, string, string, string];
    if (indent === "") parent = "";
    const name = indent === "" ? key : `${parent}.${key}`;
    let value = rawValue.trim();
    if (value === "") {
      if (indent === "") parent = key;
      continue;
    }
    if (value === ">-" || value === ">" || value === "|" || value === "|-") {
      const continuation: string[] = [];
      while (index + 1 < lines.length && /^\s+\S/.test(lines[index + 1]!)) {
        const next = lines[index + 1]!;
        if (/^\s*[\w-]+:\s/.test(next) && next.search(/\S/) <= indent.length) break;
        continuation.push(next.trim());
        index++;
      }
      value = continuation.join(" ");
    } else {
      // A plain scalar may continue on more-indented lines.
      while (index + 1 < lines.length && lines[index + 1]!.search(/\S/) > indent.length) {
        const next = lines[index + 1]!;
        if (/^\s*[\w-]+:(\s|$)/.test(next)) break;
        value = `${value} ${next.trim()}`;
        index++;
      }
    }
    fields.set(name, unquote(value));
  }
  return fields;
}

function unquote(value: string): string {
  if (/^(['"]).*\1$/.test(value)) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}
