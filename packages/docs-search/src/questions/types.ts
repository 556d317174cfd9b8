/**
 * Questions a page answers, keyed by the page's URL path ("/workers/platform/limits/"): the way
 * users and agents ask, outcome first and in their own words. Keys are paths rather than full URLs
 * so that they hold for every copy of the docs (the JSONL corpus, the published llms-full.txt).
 */
export type PageQuestions = Readonly<Record<string, readonly string[]>>;
