// Every page's questions, merged from the per-area files. Written from how people ask, blind to
// the evaluation sets in bench/eval (see README "Questions per page").
import { ACCOUNT_QUESTIONS } from "./account.ts";
import { AI_QUESTIONS } from "./ai.ts";
import { EDGE_QUESTIONS } from "./edge.ts";
import { MEDIA_QUESTIONS } from "./media.ts";
import { NETWORK_QUESTIONS } from "./network.ts";
import { PAGES_QUESTIONS } from "./pages.ts";
import { PLATFORM_QUESTIONS } from "./platform.ts";
import { SECURITY_QUESTIONS } from "./security.ts";
import { SITES_QUESTIONS } from "./sites.ts";
import { STORAGE_QUESTIONS } from "./storage.ts";
import type { PageQuestions } from "./types.ts";
import { WORKERS_QUESTIONS } from "./workers.ts";
import { ZERO_TRUST_QUESTIONS } from "./zero-trust.ts";

export type { PageQuestions } from "./types.ts";

/** The per-area tables, for tests that check each area on its own. */
export const QUESTION_AREAS: Readonly<Record<string, PageQuestions>> = {
  workers: WORKERS_QUESTIONS,
  pages: PAGES_QUESTIONS,
  storage: STORAGE_QUESTIONS,
  ai: AI_QUESTIONS,
  media: MEDIA_QUESTIONS,
  sites: SITES_QUESTIONS,
  edge: EDGE_QUESTIONS,
  security: SECURITY_QUESTIONS,
  network: NETWORK_QUESTIONS,
  "zero-trust": ZERO_TRUST_QUESTIONS,
  account: ACCOUNT_QUESTIONS,
  platform: PLATFORM_QUESTIONS,
};

/** Questions by page URL path. Marked pure so that a bundle that does not use it leaves it out. */
export const PAGE_QUESTIONS: PageQuestions = /* @__PURE__ */ merge(QUESTION_AREAS);

function merge(areas: Readonly<Record<string, PageQuestions>>): PageQuestions {
  return Object.assign({}, ...Object.values(areas));
}
