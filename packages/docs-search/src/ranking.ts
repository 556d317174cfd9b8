// The docs search's ranking in its parts, for tools that tune it (bench's docs:tune): read a
// question's candidates once, then rank them many times under other weights. Workers use
// `searchDocs` from the main entry.

export { type CandidateOptions, type Candidates, fetchCandidates } from "./search/candidates.ts";
export { planQuery, type QueryPlan } from "./search/query-plan.ts";
export {
  RANK_WEIGHTS,
  type RankedPage,
  type RankOptions,
  type RankWeights,
  rankPages,
} from "./search/rerank.ts";
