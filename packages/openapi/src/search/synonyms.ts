/**
 * The small synonym table of endpoint search. Queries say "remove a worker"; the spec says
 * "Delete Worker" on `/workers/scripts/{script_name}`. Each entry adds terms to a query (never
 * removes the user's own), with a weight below 1 so the user's words still count most.
 * @module
 */

/** A term added to a query, and how much it counts next to the user's own terms (1). */
export interface Expansion {
  term: string;
  weight: number;
}

/**
 * Phrases rewritten before tokenising, matched on whole words. Listed so that a request phrased
 * the everyday way lands on the API's words.
 */
export const PHRASE_SYNONYMS: Readonly<Record<string, string>> = {
  "get all": "list",
  "show all": "list",
  "fetch all": "list",
  "list all": "list",
  "dns record": "dns_records",
  "dns records": "dns_records",
  "key value": "kv",
  "api token": "token",
};

/**
 * Action words mapped to the canonical action an operation is indexed under (see `actionTerms`).
 * Keys and values are stems (`tokenize` output).
 */
const ACTION_SYNONYMS: Readonly<Record<string, string>> = {
  creat: "creat",
  add: "creat",
  new: "creat",
  mak: "creat",
  register: "creat",
  invit: "creat",
  delet: "delet",
  remov: "delet",
  destroy: "delet",
  drop: "delet",
  eras: "delet",
  updat: "updat",
  edit: "updat",
  modify: "updat",
  chang: "updat",
  renam: "updat",
  replac: "updat",
  list: "list",
  enumerat: "list",
  post: "creat",
  put: "updat",
  patch: "updat",
  get: "get",
  show: "get",
  fetch: "get",
  read: "get",
  retriev: "get",
  view: "get",
  detail: "get",
  describ: "get",
};

/** Noun synonyms, as stems. "worker" finds Workers scripts. */
const TERM_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  worker: ["script"],
  script: ["worker"],
  domain: ["zon"],
  site: ["zon"],
  bucket: ["r2"],
  cert: ["certificat"],
  ssl: ["certificat", "tl"],
  whitelist: ["allow"],
  allowlist: ["allow"],
  blacklist: ["block"],
  blocklist: ["block"],
  db: ["databas"],
  databas: ["db"],
};

const ACTION_WEIGHT = 0.8;
const TERM_WEIGHT = 0.5;

/** Rewrites the phrases of `PHRASE_SYNONYMS` in a lower-case query. */
export function rewritePhrases(query: string): string {
  let out = ` ${query.toLowerCase().replace(/\s+/g, " ")} `;
  for (const [phrase, replacement] of Object.entries(PHRASE_SYNONYMS)) {
    out = out.replaceAll(` ${phrase} `, ` ${replacement} `);
  }
  return out.trim();
}

/** Terms to add for one query term: its canonical action and its noun synonyms. */
export function expandTerm(term: string): Expansion[] {
  const expansions: Expansion[] = [];
  const action = ACTION_SYNONYMS[term];
  if (action !== undefined && action !== term)
    expansions.push({ term: action, weight: ACTION_WEIGHT });
  for (const synonym of TERM_SYNONYMS[term] ?? []) {
    expansions.push({ term: synonym, weight: TERM_WEIGHT });
  }
  return expansions;
}

/** Canonical action of a query term, if it is an action word. */
export function canonicalAction(term: string): string | undefined {
  return ACTION_SYNONYMS[term];
}
