// Second-stage ranking: pages, not passages. FTS5 gives three views of the index: the best
// passages (bm25 over title, heading, body), the best pages (bm25 over title, description,
// headings and URL path) and the best of the questions users ask that pages answer
// (src/questions). A page's score mixes the three, then rises with how much of the question its
// title, URL path, description and nearest asked question hold, falls with how little of the
// question it speaks to at all, and is weighed by the product the question names or points at
// and, for questions of quantity or cost, by being a Limits or Pricing page. Boilerplate sections
// (Prerequisites, Related resources, ...) neither stand for a page nor give its snippet.

import type { QueryPlan } from "./query-plan.ts";
import { conceptOf, mentions, stemmedWords } from "./word-stem.ts";

export interface PassageRow {
  title: string;
  url: string;
  product: string;
  heading: string;
  body: string;
  /** bm25(): negative, smaller is better. */
  rank: number;
}

export interface PageRow {
  title: string;
  url: string;
  product: string;
  description: string | null;
  rank: number;
  /** 1 for a product overview found by its path alone, not by the question's words. */
  overview?: number;
}

/** One question users ask that the page at `url` answers. */
export interface QuestionRow {
  question: string;
  url: string;
  title: string;
  product: string;
  description?: string | null;
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
export const RANK_WEIGHTS = {
  passage: 0.4,
  page: 0.6,
  asked: 2.0,
  askedShare: 1.0,
  title: 1.2,
  path: 0.6,
  description: 0.3,
  question: 1.5,
  coverage: 1.0,
  /** What a page that matched none of the question's words in the text seen keeps. */
  uncovered: 0.05,
  passages: 0.08,
  boilerplate: 0.4,
  named: 1.5,
  pointed: 1.15,
  /** A page of another product than the one the question names. */
  otherProduct: 0.8,
  askedElsewhere: 0.4,
  limits: 2.5,
  depth: 0.04,
  exactTitle: 1.8,
  /** On top of exactTitle, when the question is one or two words: the product asked about. */
  productAsked: 1.6,
  /** The page-match relevance of a product overview found by its path alone. */
  overview: 0.5,
  titleWithin: 1.3,
  legacy: 0.6,
};

export type RankWeights = typeof RANK_WEIGHTS;

export interface RankOptions {
  /** The asked questions that matched (docs_questions). */
  questions?: readonly QuestionRow[];
  /** Overrides of RANK_WEIGHTS, for tuning. */
  weights?: Partial<RankWeights>;
}

/** Pages about features that were replaced. */
const LEGACY =
  /\/(?:legacy|deprecated)\/|\/old-|\((?:legacy|deprecated)\)|previous version|\blegacy\b/i;
/** Pages that state limits ("limits", "limits-and-pricing", "account-limits", "dns-lookup-limits"),
 * not pages about rate limiting ("handle-rate-limits"). The last segment of the path is tested. */
const LIMITS_PAGE =
  /^(?!.*rate-limit)(?:[a-z]+-)*(?:limits|limitations)(?:-and-pricing|-pricing)?$|^billing-and-limitations$/;
/** Pages that state prices ("pricing", "limits-and-pricing", "plans", "pricing-info"). */
const PRICING_PAGE = /^(?:[a-z]+-)*(?:pricing|plans)(?:-[a-z]+)?$|^billing-and-limitations$/;
/** Not a topic word: every page is about Cloudflare. */
const SITE_WORD = "cloudflar";

interface Candidate {
  page: Omit<RankedPage, "score">;
  /** Best passage relevance, 0-1 of the best passage found. */
  passage: number;
  /** Page-index relevance, 0-1 of the best page found. */
  pageRank: number;
  /** Best asked-question relevance, 0-1 of the best question found. */
  asked: number;
  /** The words (concepts of stems) of the page's asked questions that matched, together. */
  questions: Set<string>;
  /** The page's matched passages, heading and body. */
  texts: string[];
  count: number;
  /** How well the chosen passage represents the page for this question. */
  local: number;
}

export function rankPages(
  passages: readonly PassageRow[],
  pages: readonly PageRow[],
  plan: QueryPlan,
  limit: number,
  options: RankOptions = {},
): RankedPage[] {
  const questions = options.questions ?? [];
  const weights = { ...RANK_WEIGHTS, ...options.weights };
  const bestPassage = Math.max(1e-9, ...passages.map((row) => -row.rank));
  const bestPage = Math.max(1e-9, ...pages.filter((row) => !row.overview).map((row) => -row.rank));
  const bestQuestion = Math.max(1e-9, ...questions.map((row) => -row.rank));
  const candidates = new Map<string, Candidate>();
  const candidate = (url: string, title: string, product: string) => {
    let found = candidates.get(url);
    if (!found) {
      found = {
        page: { url, title, product, description: null },
        passage: 0,
        pageRank: 0,
        asked: 0,
        questions: new Set(),
        texts: [],
        count: 0,
        local: -1,
      };
      candidates.set(url, found);
    }
    return found;
  };
  for (const row of pages) {
    // Only the overview of a product the question is about ("/workers/", not "/workers-ai/").
    if (row.overview && !plan.about.has(new URL(row.url).pathname.split("/")[1] ?? "")) continue;
    const found = candidate(row.url, row.title, row.product);
    // An overview found by its path alone stands as a middling page match, whatever its bm25.
    const relevance = row.overview ? weights.overview : -row.rank / bestPage;
    found.pageRank = Math.max(found.pageRank, relevance);
    found.page.description = row.description;
  }
  for (const row of questions) {
    const found = candidate(row.url, row.title, row.product);
    found.asked = Math.max(found.asked, -row.rank / bestQuestion);
    for (const word of concepts(stemmedWords(row.question))) found.questions.add(word);
    found.page.description ??= row.description ?? null;
  }
  for (const row of passages) {
    const found = candidate(pageOf(row.url), row.title, row.product);
    const lastHeading = row.heading.split(" > ").at(-1) ?? "";
    let relevance = -row.rank / bestPassage;
    if (BOILERPLATE.test(lastHeading.trim())) relevance *= weights.boilerplate;
    found.passage = Math.max(found.passage, relevance);
    found.count++;
    found.texts.push(row.heading, row.body);
    // The passage shown: relevant, under a heading that holds the question's words.
    const local = relevance * (1 + share(plan.words, stemmedWords(lastHeading)));
    if (local > found.local) {
      found.local = local;
      found.page.passage = row;
    }
  }
  const specificity = questionSpecificity(candidates, plan);
  const ranked = [...candidates.values()].map((found) => ({
    ...found.page,
    score: scorePage(found, plan, weights, specificity),
  }));
  ranked.sort((a, b) => b.score - a.score || a.url.length - b.url.length);
  return ranked.slice(0, limit);
}

/**
 * How much a question's word tells pages apart through their asked questions: log(1 + P / n), for
 * P pages with matched questions of which n have the word in one. With questions on most pages,
 * a word they all share ("tunnel" for "Cloudflare Tunnel") says little about which page is meant.
 */
function questionSpecificity(
  candidates: ReadonlyMap<string, Candidate>,
  plan: QueryPlan,
): Map<string, number> {
  const asked = [...candidates.values()].filter((found) => found.questions.size > 0);
  const weights = new Map<string, number>();
  for (const word of plan.words.map(conceptOf)) {
    const n = asked.filter((found) => found.questions.has(word)).length;
    weights.set(word, Math.log(1 + asked.length / Math.max(1, n)));
  }
  return weights;
}

function scorePage(
  found: Candidate,
  plan: QueryPlan,
  weights: RankWeights,
  specificity: ReadonlyMap<string, number>,
): number {
  const { page } = found;
  const path = new URL(page.url).pathname;
  const segments = path.split("/").filter(Boolean);
  // A product's own overview (/ai-search/) is about the product, whatever its title says.
  const title =
    segments.length === 1
      ? union(stemmedWords(page.title), stemmedWords(segments[0]!.replace(/-/g, " ")))
      : stemmedWords(page.title);
  const pathWords = stemmedWords(path.replace(/[/_-]+/g, " "));
  const description = stemmedWords(page.description ?? "");
  const askedWords = plan.words.map(conceptOf);
  // Another product's page whose asked question shares only the question's generic words ("how
  // many ... can I create") is no evidence when the question names its product.
  const elsewhere =
    plan.named.size > 0 && !plan.named.has(page.product) && !plan.pointed.has(page.product)
      ? weights.askedElsewhere
      : 1;
  // A page's matched questions are more of its text (document expansion), counted for the words
  // they add to its title and path: most pages have questions, and one that restates its page's
  // title ("add a waf custom rule") would count the title twice and lift every subpage over the
  // overview the title names.
  const titled = concepts(union(title, pathWords));
  const question = share(
    askedWords,
    new Set([...found.questions].filter((word) => !titled.has(word))),
    specificity,
  );

  // A user's word is present where it or the docs' word for it is ("lambda" in a Workers title).
  const inSet = (present: ReadonlySet<string>) => (word: string) =>
    present.has(word) || [...(plan.synonyms.get(word) ?? [])].some((docs) => present.has(docs));
  const part = (present: ReadonlySet<string>) =>
    askedWords.filter(inSet(present)).length / Math.max(1, askedWords.length);
  // How much of the question the page speaks to at all: a page that matches one rare word of it
  // (in a title, say) must not beat pages about the question's main terms.
  const said = concepts(union(title, pathWords, description, found.questions));
  const saidHere = inSet(said);
  const covered =
    askedWords.filter(
      (word) =>
        saidHere(word) ||
        [word, ...(plan.synonyms.get(word) ?? [])].some((one) =>
          found.texts.some((text) => mentions(text, one)),
        ),
    ).length / Math.max(1, askedWords.length);
  let score =
    (weights.passage * found.passage +
      weights.page * found.pageRank +
      weights.asked * found.asked * question ** weights.askedShare * elsewhere) *
      (1 +
        weights.title * part(concepts(title)) +
        weights.path * part(concepts(pathWords)) +
        weights.description * part(concepts(description)) +
        weights.question * question) *
      (weights.uncovered + (1 - weights.uncovered) * covered) ** weights.coverage +
    weights.passages * Math.log1p(found.count);
  if (plan.named.has(page.product)) score *= weights.named;
  else if (plan.pointed.has(page.product)) score *= weights.pointed;
  else
    score *= (META_PRODUCTS[page.product] ?? 1) * (plan.named.size > 0 ? weights.otherProduct : 1);
  const last = segments.at(-1) ?? "";
  if ((plan.quantity && LIMITS_PAGE.test(last)) || (plan.cost && PRICING_PAGE.test(last))) {
    score *= weights.limits;
  }
  score *= titleMatch(title, path, plan, weights);
  if (LEGACY.test(path) || LEGACY.test(page.title)) score *= weights.legacy;
  // Between pages that answer as well, the shallower one is the overview a reader wants.
  score *= 1 - weights.depth * Math.min(segments.length, 8);
  return score;
}

/**
 * A question that is the page's title ("Bulk Redirects", "Cloudflare Tunnel"), or its title and
 * its product ("WAF managed rules"), or only its product's name for the product's own overview
 * ("AI Search" -> /ai-search/, whatever that page is titled), wants that page.
 */
function titleMatch(
  title: ReadonlySet<string>,
  path: string,
  plan: QueryPlan,
  weights: RankWeights,
): number {
  const segments = path.split("/").filter(Boolean);
  const product = stemmedWords(segments[0]?.replace(/-/g, " ") ?? "");
  const titleWords = [...title].filter((word) => word !== SITE_WORD);
  const asked = new Set(plan.words);
  const said = new Set([...asked, ...[...plan.synonyms.values()].flatMap((docs) => [...docs])]);
  const unasked = titleWords.filter((word) => !said.has(word) && !product.has(word));
  const named = (word: string) =>
    title.has(word) ||
    product.has(word) ||
    [...(plan.synonyms.get(word) ?? [])].some((docs) => title.has(docs) || product.has(docs));
  const untitled = [...asked].filter((word) => !named(word));
  if (untitled.length === 0 && (unasked.length === 0 || segments.length === 1)) {
    // A product asked about in a word or two ("Spectrum", "something like aws lambda") wants its
    // overview more than any page whose asked questions merely mention it.
    return asked.size <= 2 ? weights.exactTitle * weights.productAsked : weights.exactTitle;
  }
  if (titleWords.length > 0 && titleWords.every((word) => asked.has(word))) {
    return weights.titleWithin;
  }
  return 1;
}

export function pageOf(url: string): string {
  const hash = url.indexOf("#");
  return hash === -1 ? url : url.slice(0, hash);
}

function concepts(words: ReadonlySet<string>): Set<string> {
  return new Set([...words].map(conceptOf));
}

function union(...sets: ReadonlyArray<ReadonlySet<string>>): Set<string> {
  const all = new Set<string>();
  for (const set of sets) for (const word of set) all.add(word);
  return all;
}

const UNWEIGHTED: ReadonlyMap<string, number> = new Map();

/** The share of `words` present, each word counting its weight in `weightOf` (1 when unlisted). */
function share(
  words: readonly string[],
  present: ReadonlySet<string>,
  weightOf: ReadonlyMap<string, number> = UNWEIGHTED,
): number {
  let total = 0;
  let found = 0;
  for (const word of words) {
    const weight = weightOf.get(word) ?? 1;
    total += weight;
    if (present.has(word)) found += weight;
  }
  return total === 0 ? 0 : found / total;
}
