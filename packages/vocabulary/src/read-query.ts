/**
 * Reads a request against the vocabulary: which entries its words match, which products it
 * names, which actions its verbs ask for.
 * @module
 */
import { ACCOUNT } from "./data/account.ts";
import { AI_WORDS } from "./data/ai.ts";
import { DEVELOPER } from "./data/developer.ts";
import { ELSEWHERE } from "./data/elsewhere.ts";
import { GOALS } from "./data/goals.ts";
import { INTENTS } from "./data/intents.ts";
import { NETWORK } from "./data/network.ts";
import { PATTERNS } from "./data/patterns.ts";
import { PRODUCTS } from "./data/products.ts";
import { SECURITY } from "./data/security.ts";
import { SETTINGS } from "./data/settings.ts";
import { SITES } from "./data/sites.ts";
import { ZERO_TRUST } from "./data/zero-trust.ts";
import type { Intent, ProductEntry, VocabularyEntry, VocabularyPattern } from "./types.ts";
import { FILLER_WORDS, matchForm, vocabularyWords } from "./words.ts";

/** Every vocabulary entry, verbs first. */
export const VOCABULARY: readonly VocabularyEntry[] = [
  ...INTENTS,
  ...SETTINGS,
  ...SITES,
  ...DEVELOPER,
  ...AI_WORDS,
  ...SECURITY,
  ...ZERO_TRUST,
  ...NETWORK,
  ...ACCOUNT,
  ...ELSEWHERE,
  ...GOALS,
];

/** What an entry or a pattern says a phrase means. */
export type Meaning = Omit<VocabularyEntry, "say">;

/** One phrase of the request that an entry or a product name matched, by word positions. */
export interface PhraseMatch<T> {
  item: T;
  phrase: string;
  start: number;
  end: number;
}

/** What the vocabulary makes of a request. */
export interface QueryReading {
  /** The request's words as the vocabulary reads them. */
  words: string[];
  /** Entries and patterns matched (each once, at its longest phrase). */
  entries: PhraseMatch<Meaning>[];
  /** Products named outright, longest names first and without overlap ("ai gateway" is not "gateway"). */
  named: PhraseMatch<ProductEntry>[];
  /** Actions asked for by the verbs, in the order they appear. */
  intents: Intent[];
  /** Spec product keys pointed at by a named product or a matched entry, with how often. */
  api: Map<string, number>;
  /** Docs product slugs pointed at, with how often. */
  docs: Map<string, number>;
  /** Ordinary words that stem onto a product key and were not part of its name. */
  collisions: Set<string>;
}

interface Phrase<T> {
  words: string[];
  /** The phrase's words in singular form, for entries that must match as written (verbs). */
  exact: string[];
  item: T;
  phrase: string;
}

/** A phrase's words in match form, filler words left out ("point the domain" -> point, domain). */
function phraseForms(phrase: string): string[] {
  return vocabularyWords(phrase)
    .filter((word) => !FILLER_WORDS.has(word))
    .map(matchForm);
}

function compile<T>(items: readonly T[], phrases: (item: T) => readonly string[]) {
  const byFirst = new Map<string, Phrase<T>[]>();
  for (const item of items) {
    for (const phrase of phrases(item)) {
      const words = phraseForms(phrase);
      if (words.length === 0) continue;
      const exact = vocabularyWords(phrase).filter((word) => !FILLER_WORDS.has(word));
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, exact, item, phrase });
      byFirst.set(words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

const ENTRY_PHRASES = compile(VOCABULARY, (entry) => entry.say);
const PRODUCT_PHRASES = compile(PRODUCTS, (product) => product.names);
const COLLIDING = new Map<string, ProductEntry>();
for (const product of PRODUCTS) {
  for (const word of product.collides ?? [])
    COLLIDING.set(matchForm(vocabularyWords(word)[0]!), product);
}

/** The request's non-filler words in match form, with their positions among all its words. */
interface ContentWord {
  word: string;
  form: string;
  position: number;
}

function contentWords(words: readonly string[]): ContentWord[] {
  const content: ContentWord[] = [];
  words.forEach((word, position) => {
    if (!FILLER_WORDS.has(word)) content.push({ word, form: matchForm(word), position });
  });
  return content;
}

/**
 * Verbs match only as written: "deleted" in "who deleted the record" is not a request to delete,
 * "registered" in "domains I registered" is not one to register.
 */
function matchesAsWritten(
  item: unknown,
  candidate: Phrase<unknown>,
  content: readonly ContentWord[],
  start: number,
): boolean {
  if (!(item as { intent?: unknown }).intent) return true;
  return candidate.exact.every((word, offset) => content[start + offset]!.word === word);
}

/**
 * All matches of `phrases` among the content words, every start position. Positions in the match
 * refer to the request's words, so a phrase spans the filler words it skipped.
 */
function findAll<T>(
  content: readonly ContentWord[],
  phrases: Map<string, Phrase<T>[]>,
): PhraseMatch<T>[] {
  const found: PhraseMatch<T>[] = [];
  for (let start = 0; start < content.length; start++) {
    for (const candidate of phrases.get(content[start]!.form) ?? []) {
      const end = start + candidate.words.length;
      if (end > content.length) continue;
      if (
        candidate.words.every((word, offset) => content[start + offset]!.form === word) &&
        matchesAsWritten(candidate.item, candidate, content, start)
      ) {
        found.push({
          item: candidate.item,
          phrase: candidate.phrase,
          start: content[start]!.position,
          end: content[end - 1]!.position + 1,
        });
      }
    }
  }
  return found;
}

/** Words that may come before a leading verb: "please list", "can you list", "I want to list". */
const BEFORE_LEADING = new Set(
  "please can could would you i we want need to just also now then and".split(" "),
);

function opensRequest(
  words: readonly string[],
  start: number,
  clauses: ReadonlySet<number>,
): boolean {
  let from = 0;
  for (const clause of clauses) if (clause <= start && clause > from) from = clause;
  return words
    .slice(from, start)
    .every((word) => BEFORE_LEADING.has(word) || FILLER_WORDS.has(word));
}

/** Word positions that open a clause: after ".", "?", "!", ";", ":" or ",". */
function clauseStarts(text: string): Set<number> {
  const starts = new Set<number>([0]);
  const parts = text.toLowerCase().split(/[.?!;:,](?=\s|$)/);
  let position = 0;
  for (const part of parts) {
    starts.add(position);
    position += vocabularyWords(part).length;
  }
  return starts;
}

function findPatterns(text: string): PhraseMatch<VocabularyPattern>[] {
  const lower = text.normalize("NFKC").toLowerCase();
  const found: PhraseMatch<VocabularyPattern>[] = [];
  for (const item of PATTERNS) {
    const pattern = new RegExp(item.pattern.source, `${item.pattern.flags.replace("g", "")}g`);
    for (const match of lower.matchAll(pattern)) {
      const start = vocabularyWords(lower.slice(0, match.index)).length;
      const end = start + Math.max(vocabularyWords(match[0]).length, 1);
      found.push({ item, phrase: match[0], start, end });
    }
  }
  return found;
}

export function readQuery(text: string): QueryReading {
  const words = vocabularyWords(text);
  const content = contentWords(words);
  const clauses = clauseStarts(text);
  const entries: PhraseMatch<Meaning>[] = [];
  const seen = new Set<Meaning>();
  const candidates: PhraseMatch<Meaning>[] = [
    ...findAll(content, ENTRY_PHRASES),
    ...findPatterns(text),
  ];
  for (const match of candidates.sort(byLength)) {
    if (seen.has(match.item)) continue;
    if (match.item.leading && !opensRequest(words, match.start, clauses)) continue;
    // A phrase inside a longer matched phrase is not read on its own: "turn" in "turn on" is not
    // a TURN server, "ai" in "ai gateway" is not Workers AI.
    // A verb inside a longer non-verb phrase still counts ("bring" in "bring your own ip").
    if (
      entries.some((longer) => within(match, longer) && (!match.item.intent || longer.item.intent))
    )
      continue;
    seen.add(match.item);
    entries.push(match);
  }
  entries.sort((a, b) => a.start - b.start);
  const named: PhraseMatch<ProductEntry>[] = [];
  const taken = new Set<number>();
  for (const match of findAll(content, PRODUCT_PHRASES).sort(byLength)) {
    const positions = range(match.start, match.end);
    if (positions.some((position) => taken.has(position))) continue;
    for (const position of positions) taken.add(position);
    named.push(match);
  }
  const api = new Map<string, number>();
  const docs = new Map<string, number>();
  const add = (map: Map<string, number>, keys: readonly string[] | undefined) => {
    for (const key of keys ?? []) map.set(key, (map.get(key) ?? 0) + 1);
  };
  for (const { item } of named) {
    add(api, item.api);
    add(docs, item.docs);
  }
  for (const { item } of entries) {
    add(api, item.api);
    add(docs, item.docs);
  }
  const intents = entries.flatMap(({ item }) => (item.intent ? [item.intent] : []));
  const collisions = new Set<string>();
  words.forEach((word, position) => {
    if (COLLIDING.has(matchForm(word)) && !taken.has(position)) collisions.add(word);
  });
  return { words, entries, named, intents, api, docs, collisions };
}

function byLength<T>(a: PhraseMatch<T>, b: PhraseMatch<T>): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start;
}

function within<T, U>(inner: PhraseMatch<T>, outer: PhraseMatch<U>): boolean {
  return (
    outer.end - outer.start > inner.end - inner.start &&
    inner.start >= outer.start &&
    inner.end <= outer.end
  );
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, offset) => start + offset);
}

/** Products whose operations count only when a request is about them (see `ProductEntry.gated`). */
export const GATED_API_PRODUCTS: ReadonlySet<string> = new Set(
  PRODUCTS.filter((product) => product.gated).flatMap((product) => product.api ?? []),
);

/** Ordinary words (in match form) that stem onto a product key, with the product keys they stem onto. */
export const COLLIDING_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  [...COLLIDING].map(([word, product]) => [word, product.api ?? []]),
);

/**
 * Whether a product name was written as such, give or take a plural and filler words: names also
 * match through -ing/-ed ("queuing" reads as "queues", "logging" as "logs"), but a request about
 * requests queuing or users logging in does not name Queues or Logs.
 */
export function namedAsWritten(match: PhraseMatch<unknown>, words: readonly string[]): boolean {
  const said = words.slice(match.start, match.end).filter((word) => !FILLER_WORDS.has(word));
  const name = vocabularyWords(match.phrase).filter((word) => !FILLER_WORDS.has(word));
  return said.length === name.length && said.every((word, index) => word === name[index]);
}
