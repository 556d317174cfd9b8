/**
 * A request as the ranking uses it: one group per term the user typed, each with the terms that
 * answer it (the term, its synonyms, and the words the vocabulary gives the phrase it is part
 * of), plus what the vocabulary says about products and actions.
 * @module
 */
import {
  COLLIDING_WORDS,
  FILLER_WORDS,
  matchForm,
  type PhraseMatch,
  type QueryReading,
  readQuery,
  vocabularyWords,
} from "@repo/vocabulary";
import { expandTerm, rewritePhrases } from "./synonyms.ts";
import { isNumeric, splitWords, tokenize } from "./tokenize.ts";

/** A term and how much a match on it counts next to the user's own terms (1). */
export interface WeightedTerm {
  term: string;
  weight: number;
  /**
   * Products on whose operations the term counts only `COLLISION_WEIGHT`: an ordinary word that
   * stems onto their key ("page" and Pages, "calls" and Calls) must not pull them up, but it
   * counts fully elsewhere ("page" for custom error pages).
   */
  except?: ReadonlySet<string>;
}

/**
 * The terms answering one thing the user said. `counts` is false for groups that only carry
 * vocabulary words (a phrase made of filler words, like "how many"): they add to the score but
 * an operation is not penalised for missing them.
 */
export interface QueryGroup {
  terms: WeightedTerm[];
  counts: boolean;
}

export interface SearchQuery {
  groups: QueryGroup[];
  reading: QueryReading;
}

/** Vocabulary words count below the user's own words and their direct synonyms. */
const VOCABULARY_WEIGHT = 0.55;
/** Numbers ("3" of "llama 3", "1" of "TLS 1.2") match version strings everywhere. */
const NUMBER_WEIGHT = 0.25;
/** Ordinary words that stem onto a product key ("calls", "streaming") unless they name it. */
export const COLLISION_WEIGHT = 0.3;
/** Words of a phrase whose meaning they do not say ("sign" of "sign in"). */
const IDIOM_WEIGHT = 0.35;

export function parseQuery(query: string): SearchQuery {
  const reading = namesAsWritten(readQuery(query));
  // One entry per vocabulary word: its search terms (none for a filler word).
  const perWord = reading.words.map((word) => tokenize(rewritePhrases(word)));
  const groups: QueryGroup[] = [];
  const groupOfWord: number[][] = perWord.map(() => []);
  const byTerm = new Map<string, number>();
  perWord.forEach((terms, position) => {
    const word = reading.words[position]!;
    const except = reading.collisions.has(word)
      ? new Set(COLLIDING_WORDS.get(matchForm(word)) ?? [])
      : undefined;
    for (const term of terms) {
      const existing = byTerm.get(term);
      if (existing !== undefined) {
        groupOfWord[position]!.push(existing);
        continue;
      }
      const own: WeightedTerm = { term, weight: isNumeric(term) ? NUMBER_WEIGHT : 1 };
      if (except && except.size > 0) own.except = except;
      byTerm.set(term, groups.length);
      groupOfWord[position]!.push(groups.length);
      groups.push({ terms: [own, ...expandTerm(term)], counts: true });
    }
  });
  // "layer 3", "http 2", "llama 3": a word and a small number written apart are often one name
  // in the spec ("layer3", "http2"); the joined form answers the number's group.
  for (let position = 1; position < perWord.length; position++) {
    const [word] = perWord[position - 1]!;
    const [number] = perWord[position]!;
    if (!word || !number || !isNumeric(number) || number.length > 2 || isNumeric(word)) continue;
    const group = groups[groupOfWord[position]![0]!];
    if (group) addTerms(group, [`${reading.words[position - 1]}${number}`], 1);
  }
  // Words the tokenizer alone would not have produced from the whole query keep the behaviour of
  // phrase synonyms ("dns record" -> dns_records) that span words.
  for (const term of tokenize(rewritePhrases(query))) {
    if (byTerm.has(term)) continue;
    byTerm.set(term, groups.length);
    groups.push({ terms: [{ term, weight: 1 }, ...expandTerm(term)], counts: true });
  }
  weakenIdioms(reading, perWord, groups, byTerm);
  for (const { item, start, end } of reading.entries) {
    const extra = tokenize(item.means ?? "");
    if (extra.length === 0) continue;
    const targets = [...new Set(groupOfWord.slice(start, end).flat())];
    if (targets.length === 0) {
      groups.push({
        terms: extra.map((term) => ({ term, weight: VOCABULARY_WEIGHT })),
        counts: false,
      });
      continue;
    }
    for (const index of targets) addTerms(groups[index]!, extra);
  }
  return { groups: groups.filter((group) => group.terms.length > 0), reading };
}

/**
 * The reading with product names counted only as written, give or take a plural: the vocabulary
 * matches "queuing" to "queues" and "logging" to "logs", but a request about requests queuing or
 * users logging in does not name Queues or Logs. Such a word is a collision instead, and the
 * products it seemed to name are no longer pointed at.
 */
function namesAsWritten(reading: QueryReading): QueryReading {
  const dropped = reading.named.filter((match) => !sameWords(match, reading.words));
  if (dropped.length === 0) return reading;
  const api = new Map(reading.api);
  const docs = new Map(reading.docs);
  const collisions = new Set(reading.collisions);
  const lower = (map: Map<string, number>, keys: readonly string[] | undefined) => {
    for (const key of keys ?? []) {
      const count = (map.get(key) ?? 0) - 1;
      if (count > 0) map.set(key, count);
      else map.delete(key);
    }
  };
  for (const match of dropped) {
    lower(api, match.item.api);
    lower(docs, match.item.docs);
    for (const word of reading.words.slice(match.start, match.end)) {
      if (COLLIDING_WORDS.has(matchForm(word))) collisions.add(word);
    }
  }
  const named = reading.named.filter((match) => !dropped.includes(match));
  return { ...reading, named, api, docs, collisions };
}

function sameWords(match: PhraseMatch<unknown>, words: readonly string[]): boolean {
  const said = words.slice(match.start, match.end).filter((word) => !FILLER_WORDS.has(word));
  const name = vocabularyWords(match.phrase).filter((word) => !FILLER_WORDS.has(word));
  return said.length === name.length && said.every((word, index) => word === name[index]);
}

/**
 * Words of a vocabulary phrase that means something its words do not say ("sign in", "turn on",
 * "set up", "still see"): on their own they would find unrelated operations ("sign" finds
 * signing keys), so they count as little as a collision. A word the phrase's meaning repeats
 * ("dns record" means dns_records), or one the request also uses outside the phrase, keeps its
 * weight.
 */
function weakenIdioms(
  reading: QueryReading,
  perWord: readonly string[][],
  groups: QueryGroup[],
  byTerm: ReadonlyMap<string, number>,
): void {
  const inIdiom = new Map<string, number>();
  for (const { item, start, end } of reading.entries) {
    // A pattern ("shop.example.com", "every 5 minutes") matches a kind of wording, not an idiom.
    if (item.means === undefined || "pattern" in item) continue;
    const positions = range(start, end).filter((position) => perWord[position]!.length > 0);
    if (positions.length < 2) continue;
    const meant = new Set(tokenize(item.means));
    for (const position of positions) {
      for (const term of perWord[position]!) {
        if (!meant.has(term)) inIdiom.set(term, (inIdiom.get(term) ?? 0) + 1);
      }
    }
  }
  if (inIdiom.size === 0) return;
  const everywhere = new Map<string, number>();
  for (const terms of perWord) {
    for (const term of terms) everywhere.set(term, (everywhere.get(term) ?? 0) + 1);
  }
  for (const [term, count] of inIdiom) {
    if ((everywhere.get(term) ?? 0) > count) continue;
    const own = groups[byTerm.get(term)!]?.terms[0];
    if (own?.term === term) own.weight = Math.min(own.weight, IDIOM_WEIGHT);
  }
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, offset) => start + offset);
}

function addTerms(group: QueryGroup, terms: readonly string[], weight = VOCABULARY_WEIGHT): void {
  for (const term of terms) {
    const existing = group.terms.find((candidate) => candidate.term === term);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else group.terms.push({ term, weight });
  }
}

/** The user's own words, in order, for signals that look at the raw request. */
export function rawWords(query: string): string[] {
  return splitWords(query);
}

/** The weight of `term` on an operation of `product`. */
export function weightFor(term: WeightedTerm, product: string): number {
  return term.except?.has(product) ? Math.min(term.weight, COLLISION_WEIGHT) : term.weight;
}
