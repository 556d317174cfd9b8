// The docs side of the docs-to-API bridge: finds the Cloudflare API calls a page shows
// (`curl "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/dns_records" --request POST`, or a
// "Syntax" line such as `GET accounts/{account_id}/alerting/v3/history`) with the words around
// each: the heading it sits under and the sentence that introduces it. The endpoint search
// (`@repo/openapi` `buildSearchIndex({ docs })`) uses them to answer requests phrased the way the
// docs and their readers talk.

import { toBlocks } from "../chunk/blocks.ts";
import { HEADING_SEPARATOR } from "../chunk/chunk-page.ts";
import { inlineToPlain, splitSections } from "../chunk/markdown.ts";
import type { DocPage } from "../corpus/page.ts";

/** One API call shown in a docs page (structurally `ApiDocLink` of `@repo/openapi`). */
export interface ApiLink {
  /** Upper-case method when the page says it (or implies it: a body without a method is POST). */
  method?: string;
  /** The path after `/client/v4`, as written (placeholders and all), without the query string. */
  path: string;
  /** Page URL, without anchor. */
  url: string;
  title: string;
  /** The heading path of the section and the sentence that introduces the call. */
  text: string;
}

// Path characters run to a quote, space or bracket; `<ACCOUNT_ID>` placeholders stay whole.
const API_URL =
  /(?:https?:\/\/api\.cloudflare\.com)?\/client\/v4((?:\/(?:<[^>\s]*>|[^\s"'`\\)\]<>/])*)+)/g;
const SYNTAX_LINE =
  /^\s*(GET|POST|PUT|PATCH|DELETE)\s+\/?((?:accounts|zones|user|organizations|memberships|radar|certificates)\/\S+)\s*$/gm;
const SYNTAX_LINE_TEST = new RegExp(SYNTAX_LINE.source, "m");
const METHOD_FLAG = /(?:--request|-X)\s+["']?(GET|POST|PUT|PATCH|DELETE)\b/i;
const BODY_FLAG = /(?:--data(?:-raw|-binary)?|--json|-d|--form|-F)\s/;
const MAX_TEXT_CHARS = 300;
const MAX_LINKS_PER_PAGE = 40;

/** The API calls shown in `page`, at most one per path and method. */
export function extractApiLinks(page: DocPage): ApiLink[] {
  if (!page.text.includes("client/v4") && !SYNTAX_LINE_TEST.test(page.text)) return [];
  const url = page.url.split("#")[0]!;
  const links: ApiLink[] = [];
  const seen = new Set<string>();
  for (const section of splitSections(page.text)) {
    const heading = section.headings.join(HEADING_SEPARATOR);
    let intro = "";
    for (const block of toBlocks(section.lines)) {
      const found = callsIn(block);
      if (found.length === 0) {
        if (!block.trimStart().startsWith("```")) intro = inlineToPlain(block);
        continue;
      }
      for (const call of found) {
        const key = `${call.method ?? ""} ${call.path}`;
        if (seen.has(key) || links.length >= MAX_LINKS_PER_PAGE) continue;
        seen.add(key);
        const text = [heading, intro].filter(Boolean).join(". ").slice(0, MAX_TEXT_CHARS);
        links.push({ ...call, url, title: page.title, text });
      }
    }
  }
  return links;
}

/** Calls in one block; a curl command's method flag may come before or after its URL. */
function callsIn(block: string): Array<{ method?: string; path: string }> {
  const calls: Array<{ method?: string; path: string }> = [];
  for (const command of block.split(/\n(?=\s*curl\b)/)) {
    const method = METHOD_FLAG.exec(command)?.[1]?.toUpperCase();
    const implied =
      method ?? (/\bcurl\b/.test(command) ? (BODY_FLAG.test(command) ? "POST" : "GET") : undefined);
    for (const match of command.matchAll(API_URL)) {
      const path = cleanPath(match[1]!);
      if (path) calls.push({ ...(implied ? { method: implied } : {}), path });
    }
  }
  for (const match of block.matchAll(SYNTAX_LINE)) {
    const path = cleanPath(`/${match[2]!}`);
    if (path) calls.push({ method: match[1]!, path });
  }
  return calls;
}

function cleanPath(raw: string): string | undefined {
  const path = raw
    .split(/[?#]/)[0]!
    .replace(/[.,;:'"`]+$/, "")
    .replace(/\/+$/, "");
  return path.length > 1 ? path : undefined;
}
