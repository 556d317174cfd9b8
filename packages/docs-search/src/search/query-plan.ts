// What a docs search asks of the index: the user's words as an FTS query, the words the
// vocabulary adds as a second one, the products the question names or points at, and whether it
// asks for a limit or a price.

import { GATED_API_PRODUCTS, namedAsWritten, readQuery } from "@repo/vocabulary";
import {
  buildFtsQuery,
  buildTermsQuery,
  COST_QUESTION,
  type FtsQuery,
  QUANTITY_QUESTION,
} from "./fts-query.ts";
import { STOPWORDS } from "./stopwords.ts";
import { stemWord } from "./word-stem.ts";

/**
 * API words the vocabulary uses that are on thousands of docs pages: as expansion terms they
 * only cost time and blur the ranking.
 */
const COMMON = new Set(
  "zone zones setting settings account accounts update create list get details delete enable disable api rule rules config configuration id ids page".split(
    " ",
  ),
);

/** How limits and pricing questions are written, for matching them whatever the user wrote. */
const QUANTITY_TERMS = ["limit", "limits", "big", "large", "long", "many", "maximum", "size"];
const COST_TERMS = ["cost", "price", "pricing", "pay", "charged", "billed"];

export interface QueryPlan {
  user: FtsQuery;
  /** The MATCH for the asked questions: the user's words, and the words of measure a limits or
   * pricing question may be written with ("how big", "how much does it cost"). */
  asked: string;
  /** OR of the vocabulary's words for the question (and "limits"/"pricing"), when it adds any. */
  expansion?: string;
  /** The user's words, stemmed, for matching titles, paths and headings in JS. */
  words: string[];
  /** Expansion words, stemmed. */
  extraWords: string[];
  /**
   * For a user's word that a vocabulary phrase matched, the docs' words for it, stemmed ("lambda"
   * -> worker; "bust" in "bust the cache" -> purg): a page that says those speaks to the user's
   * word, in its title, path and text alike.
   */
  synonyms: Map<string, Set<string>>;
  /** Docs product slugs the question names outright. */
  named: Set<string>;
  /** Docs product slugs its words point at, with how often. */
  pointed: Map<string, number>;
  /** The products it is about: those named, then those pointed at (their overviews are candidates). */
  about: Set<string>;
  quantity: boolean;
  cost: boolean;
}

export function planQuery(text: string): QueryPlan | undefined {
  const user = buildFtsQuery(text);
  if (!user) return undefined;
  const lower = text.toLowerCase();
  const reading = readQuery(text);
  // "How many people visit my site" counts visits, which analytics answers, not a limit ("how
  // many visitors can a waiting room hold" still asks for one).
  const traffic = reading.entries.some(
    ({ item, phrase }) =>
      /\b(?:visit|visits|visiting|page views?)\b/.test(phrase) &&
      (item.docs ?? []).some((slug) => slug === "analytics" || slug === "web-analytics"),
  );
  const quantity = QUANTITY_QUESTION.test(lower) && !traffic;
  const cost = COST_QUESTION.test(lower);
  // "requests are queuing" reads as Queues, "streaming video" as Stream: only names as written count.
  const names = reading.named.filter((match) => namedAsWritten(match, reading.words));
  const named = new Set(names.flatMap(({ item }) => item.docs ?? []));
  // Everyday words point at products they are not about ("internet" at Radar, "model" at Workers
  // AI): an entry of gated products only counts when the question names the product.
  const matches = reading.entries.filter(
    ({ item }) =>
      !item.api?.length ||
      !item.api.every((key) => GATED_API_PRODUCTS.has(key)) ||
      (item.docs ?? []).some((slug) => named.has(slug)),
  );
  const entries = matches.map(({ item }) => item);
  // Verbs add nothing to a docs search but matches: every page says "create" and "update".
  const extra = entries.flatMap((item) => (item.means && !item.intent ? [item.means] : []));
  const pointed = new Map<string, number>();
  for (const slug of [
    ...names.flatMap(({ item }) => item.docs ?? []),
    ...entries.flatMap((item) => item.docs ?? []),
  ]) {
    pointed.set(slug, (pointed.get(slug) ?? 0) + 1);
  }
  if (quantity) extra.push("limits");
  if (cost) extra.push("pricing");
  const words = [...new Set(user.terms.flatMap((term) => term.split(" ")).map(stemWord))];
  const expansion = buildTermsQuery(
    extra
      .flatMap((means) => means.split(/[\s_]+/))
      .filter((word) => !words.includes(stemWord(word)) && !COMMON.has(word)),
  );
  const extraWords = expansion
    ? [
        ...new Set(
          (expansion.match(/"([^"]+)"/g) ?? []).map((quoted) => stemWord(quoted.slice(1, -1))),
        ),
      ]
    : [];
  const synonyms = synonymsOf(matches, reading.words, words);
  const measures = buildTermsQuery([
    ...(quantity ? QUANTITY_TERMS : []),
    ...(cost ? COST_TERMS : []),
  ]);
  return {
    user,
    asked: measures ? `${user.match} OR ${measures}` : user.match,
    ...(expansion ? { expansion } : {}),
    words,
    extraWords,
    synonyms,
    named,
    pointed,
    about: new Set([...named, ...pointed.keys()]),
    quantity,
    cost,
  };
}

/**
 * The docs' words for each user word inside a matched vocabulary phrase (verbs excepted: they
 * ask for an action, not a topic). Words the user already wrote, stopwords, spec ids and the
 * API words found on thousands of pages are left out.
 */
function synonymsOf(
  matches: ReturnType<typeof readQuery>["entries"],
  readWords: readonly string[],
  userWords: readonly string[],
): Map<string, Set<string>> {
  const synonyms = new Map<string, Set<string>>();
  const asked = new Set(userWords);
  for (const { item, start, end } of matches) {
    if (!item.means || item.intent) continue;
    // Ids as the spec writes them (http_request_dynamic_redirect) are no page's words.
    const docsWords = item.means
      .split(/\s+/)
      .filter(
        (word) => word !== "" && !word.includes("_") && !COMMON.has(word) && !STOPWORDS.has(word),
      )
      .map(stemWord)
      .filter((word) => !asked.has(word));
    if (docsWords.length === 0) continue;
    for (const word of readWords.slice(start, end).map(stemWord)) {
      if (!asked.has(word)) continue;
      const known = synonyms.get(word) ?? new Set<string>();
      for (const docsWord of docsWords) known.add(docsWord);
      synonyms.set(word, known);
    }
  }
  return synonyms;
}
