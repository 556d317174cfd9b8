// Second-stage ranking: pages, not passages. FTS5 gives two views of the index, the best
// passages (bm25 over title, heading, body) and the best pages (bm25 over title, description,
// headings and URL path); a page's score mixes both, then rises with how much of the question
// its title, URL path and description hold, with the product the question names or points at,
// and for questions of quantity or cost when it is a Limits or Pricing page. Boilerplate
// sections (Prerequisites, Related resources, ...) neither stand for a page nor give its snippet.

import type { QueryPlan } from "./query-plan.ts";
import { stemmedWords } from "./word-stem.ts";

export interface PassageRow {
  title: string;
  url: string;
  product: string;
  heading: string;
  body: string;
  /** bm25(): negative, smaller is better. */
  rank: number;
  /** Found by the user's words, or only by the vocabulary's. */
  source: "user" | "expansion";
}

export interface PageRow {
  title: string;
  url: string;
  product: string;
  description: string | null;
  rank: number;
}

export interface RankedPage {
  url: string;
  title: string;
  product: string;
  description: string | null;
  /** The passage that best represents the page for this question, when one matched. */
  passage?: PassageRow;
  score: number;
}

/** Headings of sections that every page has and that are about something else. */
const BOILERPLATE =
  /^(?:prerequisites?|before you (?:begin|start)|related (?:resources|content|products|links)|resources|next steps?|see also|further reading|more resources|learn more|feedback|summary|conclusion|limitations|known issues)$/i;
/** Parts of the docs that are about the docs, about architectures or about other sites. */
const META_PRODUCTS: Readonly<Record<string, number>> = {
  "style-guide": 0.25,
  "reference-architecture": 0.6,
  "learning-paths": 0.75,
  "use-cases": 0.7,
};

// Chosen on the tuning half of bench/eval/docs-questions.json.
const WEIGHTS = {
  passage: 0.4,
  page: 0.6,
  title: 1.2,
  path: 0.6,
  description: 0.3,
  passages: 0.08,
  expansionPassage: 0.6,
  boilerplate: 0.4,
  named: 1.8,
  pointed: 1.3,
  limits: 1.7,
  depth: 0.04,
  exactTitle: 1.8,
  titleWithin: 1.3,
  legacy: 0.6,
};

/** Pages about features that were replaced. */
const LEGACY =
  /\/(?:legacy|deprecated)\/|\/old-|\((?:legacy|deprecated)\)|previous version|\blegacy\b/i;
/** Not a topic word: every page is about Cloudflare. */
const SITE_WORD = "cloudflar";

export function rankPages(
  passages: readonly PassageRow[],
  pages: readonly PageRow[],
  plan: QueryPlan,
  limit: number,
): RankedPage[] {
  const bestPassage = Math.max(1e-9, ...passages.map((row) => -row.rank));
  const bestPage = Math.max(1e-9, ...pages.map((row) => -row.rank));
  const entries = new Map<
    string,
    {
      page: Omit<RankedPage, "score">;
      passage: number;
      pageRank: number;
      count: number;
      local: number;
    }
  >();
  const entry = (url: string, title: string, product: string, description: string | null) => {
    let found = entries.get(url);
    if (!found) {
      found = {
        page: { url, title, product, description },
        passage: 0,
        pageRank: 0,
        count: 0,
        local: -1,
      };
      entries.set(url, found);
    }
    return found;
  };
  for (const row of pages) {
    const found = entry(row.url, row.title, row.product, row.description);
    found.pageRank = Math.max(found.pageRank, -row.rank / bestPage);
    found.page.description = row.description;
  }
  for (const row of passages) {
    const url = pageOf(row.url);
    const found = entry(url, row.title, row.product, null);
    const lastHeading = row.heading.split(" > ").at(-1) ?? "";
    let relevance = -row.rank / bestPassage;
    if (row.source === "expansion") relevance *= WEIGHTS.expansionPassage;
    if (BOILERPLATE.test(lastHeading.trim())) relevance *= WEIGHTS.boilerplate;
    found.passage = Math.max(found.passage, relevance);
    found.count++;
    // The passage shown: relevant, under a heading that holds the question's words.
    const local = relevance * (1 + share(plan.words, stemmedWords(lastHeading)));
    if (local > found.local) {
      found.local = local;
      found.page.passage = row;
    }
  }
  const ranked: RankedPage[] = [];
  for (const { page, passage, pageRank, count } of entries.values()) {
    const path = new URL(page.url).pathname;
    const title = stemmedWords(page.title);
    const pathWords = stemmedWords(path.replace(/[/_-]+/g, " "));
    let score =
      (WEIGHTS.passage * passage + WEIGHTS.page * pageRank) *
        (1 +
          WEIGHTS.title * share(plan.words, title) +
          WEIGHTS.path * share(plan.words, pathWords) +
          WEIGHTS.description * share(plan.words, stemmedWords(page.description ?? ""))) +
      WEIGHTS.passages * Math.log1p(count);
    if (plan.named.has(page.product)) score *= WEIGHTS.named;
    else if (plan.pointed.has(page.product)) score *= WEIGHTS.pointed;
    else score *= META_PRODUCTS[page.product] ?? 1;
    if ((plan.quantity && /\/limits\/$/.test(path)) || (plan.cost && /\/pricing\/$/.test(path))) {
      score *= WEIGHTS.limits;
    }
    // A question that is the page's title ("Bulk Redirects", "Cloudflare Tunnel") wants that page.
    const titleWords = [...title].filter((word) => word !== SITE_WORD);
    const asked = new Set(plan.words);
    if (titleWords.length > 0 && titleWords.every((word) => asked.has(word))) {
      score *= titleWords.length === asked.size ? WEIGHTS.exactTitle : WEIGHTS.titleWithin;
    }
    if (LEGACY.test(path) || LEGACY.test(page.title)) score *= WEIGHTS.legacy;
    // Between pages that answer as well, the shallower one is the overview a reader wants.
    score *= 1 - WEIGHTS.depth * Math.min(path.split("/").filter(Boolean).length, 8);
    ranked.push({ ...page, score });
  }
  ranked.sort((a, b) => b.score - a.score || a.url.length - b.url.length);
  return ranked.slice(0, limit);
}

export function pageOf(url: string): string {
  const hash = url.indexOf("#");
  return hash === -1 ? url : url.slice(0, hash);
}

function share(words: readonly string[], present: ReadonlySet<string>): number {
  if (words.length === 0) return 0;
  return words.filter((word) => present.has(word)).length / words.length;
}
