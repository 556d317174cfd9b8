// Turns one documentation page into search passages: one or more per heading section, each
// carrying the page title, product, heading path and a URL that points at the section.

import type { DocPage } from "../corpus/page.ts";
import { packBlocks, toBlocks } from "./blocks.ts";
import { splitSections } from "./markdown.ts";
import { createSlugger } from "./slug.ts";

/** One searchable unit of a page. */
export interface Passage {
  /** Page URL, with `#anchor` of the section heading when the passage sits under one. */
  url: string;
  title: string;
  product: string;
  /** Heading path joined with " > ", e.g. "Bindings > KV namespaces"; "" for the page intro. */
  heading: string;
  body: string;
}

export interface ChunkOptions {
  /** Upper bound on a passage body in characters. Default 1,500. */
  maxChars?: number;
}

export const DEFAULT_MAX_PASSAGE_CHARS = 1_500;
export const HEADING_SEPARATOR = " > ";

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Splits a page into passages by heading; sections with no words are dropped. */
export function chunkPage(page: DocPage, options: ChunkOptions = {}): Passage[] {
  const maxChars = options.maxChars ?? DEFAULT_MAX_PASSAGE_CHARS;
  const pageUrl = page.url.split("#")[0]!;
  const slug = createSlugger();
  const passages: Passage[] = [];
  for (const section of splitSections(page.text)) {
    const heading = section.headings.join(HEADING_SEPARATOR);
    const last = section.headings.at(-1);
    const anchor = last === undefined ? "" : slug(last);
    const url = anchor === "" ? pageUrl : `${pageUrl}#${anchor}`;
    const blocks = toBlocks(section.lines);
    if (last === undefined) addDescription(blocks, page.description);
    for (const body of packBlocks(blocks, maxChars)) {
      if (HAS_WORD.test(body)) {
        passages.push({ url, title: page.title, product: page.product, heading, body });
      }
    }
  }
  return passages;
}

// The description is the page's own summary: indexing it with the intro lets a page whose text
// opens with a heading still be found by what it is about.
function addDescription(blocks: string[], description: string | undefined): void {
  const summary = description?.trim();
  if (!summary) return;
  if (blocks.some((block) => block.includes(summary))) return;
  blocks.unshift(summary);
}
