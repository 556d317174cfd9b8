/**
 * The time-budget model, in one place. Hosted MCP gateways and clients give up on a tool call
 * after about 30 s, so every bound nests inside one tool call's budget:
 *
 *   tool call                 25 s  the kit aborts `call.signal` and answers "did not finish"
 *   ├─ Code Mode code         20 s  agent code in the sandbox (api); the rest is spec, gate, output
 *   └─ each API request             cut at the call's deadline (its end minus the answer margin)
 *      ├─ one attempt         15 s  per HTTP attempt, until the response body has arrived
 *      └─ its retries         10 s  all attempts and backoff waits of one request together
 *
 * The answer margin lets the API's own last error (say a 429) reach the model instead of a
 * timeout. Apps do not set their own timeouts: a tool that needs less time bounds its work
 * (pages, items), and `createMcpApp({ toolBudgetMs })` exists for tests.
 */
export const TIME_BUDGET = {
  /** One tool call, from the handler's start to its result. */
  toolCallMs: 25_000,
  /** Agent-written code in Code Mode (search, execute). */
  codeMs: 20_000,
  /** One HTTP attempt to the Cloudflare API. */
  apiAttemptMs: 15_000,
  /** All retries of one API request. */
  apiRetryWindowMs: 10_000,
  /** API requests stop this long before the tool call's end. */
  answerMarginMs: 500,
} as const;
