// Second-stage ranking of FTS5 candidates. bm25 saturates term frequency, so column weights alone
// cannot make a title match count much more than a body match; documentation readers, though,
// mostly want the page *about* their words. Pages are therefore ranked by their best candidate,
// boosted by how many query words the page title and URL path contain and by how many candidate
// passages the page has. Within a page, the passage shown is the one whose heading best matches.

import { stemmedWords, stemWord } from "./word-stem.ts";

export interface Candidate {
  title: string;
  url: string;
  /** Heading path; a passage under a heading with the query words represents its page. */
  heading?: string;
  /** bm25() value: negative, smaller is better. */
  rank: number;
}

export interface RankedCandidate<T extends Candidate> {
  candidate: T;
  /** The page's score: larger is better. */
  score: number;
}

// Measured on the bench quality set (bench/src/docs-questions.json); see the package README.
const TITLE_BOOST = 1;
const PATH_BOOST = 1;
const PAGE_PASSAGES_BOOST = 2;
const HEADING_BOOST = 1;

interface PageEntry<T> {
  score: number;
  best: T;
  bestLocalScore: number;
}

/** Ranks pages by their candidates and returns one passage per page, best first, at most `limit`. */
export function rerankCandidates<T extends Candidate>(
  candidates: readonly T[],
  terms: readonly string[],
  limit: number,
): RankedCandidate<T>[] {
  const words = [...new Set(terms.flatMap((term) => term.split(" ")).map(stemWord))];
  const groups = new Map<string, T[]>();
  for (const candidate of candidates) {
    const page = pageOf(candidate.url);
    const group = groups.get(page);
    if (group) group.push(candidate);
    else groups.set(page, [candidate]);
  }
  const pages: PageEntry<T>[] = [];
  for (const [page, group] of groups) {
    const first = group[0]!;
    const boost =
      1 +
      TITLE_BOOST * share(words, stemmedWords(first.title)) +
      PATH_BOOST * share(words, stemmedWords(page.replace(/^[a-z]+:\/\/[^/]*/i, "")));
    let entry: PageEntry<T> | undefined;
    for (const candidate of group) {
      const relevance = -candidate.rank;
      const lastHeading = candidate.heading?.split(" > ").at(-1) ?? "";
      const local = relevance * (1 + HEADING_BOOST * share(words, stemmedWords(lastHeading)));
      if (!entry) entry = { score: relevance, best: candidate, bestLocalScore: local };
      entry.score = Math.max(entry.score, relevance);
      if (local > entry.bestLocalScore) {
        entry.best = candidate;
        entry.bestLocalScore = local;
      }
    }
    entry!.score = entry!.score * boost + PAGE_PASSAGES_BOOST * Math.log(group.length);
    pages.push(entry!);
  }
  pages.sort((a, b) => b.score - a.score);
  return pages.slice(0, limit).map((entry) => ({ candidate: entry.best, score: entry.score }));
}

function pageOf(url: string): string {
  const hash = url.indexOf("#");
  return hash === -1 ? url : url.slice(0, hash);
}

function share(words: readonly string[], present: ReadonlySet<string>): number {
  if (words.length === 0) return 0;
  return words.filter((word) => present.has(word)).length / words.length;
}
