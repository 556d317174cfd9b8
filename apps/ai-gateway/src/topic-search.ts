/**
 * Finding logs whose user prompt, system prompt or response mention a text, within a budget of
 * API requests (Cloudflare allows 1,200 per 5 minutes per user, and a scan reads one body per log
 * and part). Two phases:
 * 1. Narrow: the list endpoint's own `search` (free text over log metadata, per the spec; a live
 *    API may match more) names candidates cheaply; each is checked by reading its bodies.
 * 2. Scan: the newest logs matching the filters, from `scanFrom`, skipping those already checked,
 *    until every log is read or the budget would be exceeded.
 * Bodies are read per provider format (conversation/), so field values (`"finishReason":
 * "STOP"`) and system prompts never count as what a user wrote.
 */
import type { ApiQuery, CallApi } from "@repo/mcp-kit";
import { type GatewayLog, getLogBody, listLogs } from "./api";
import { snippet } from "./bodies";
import { mapLimited } from "./collect";
import { type ConversationPart, readRequestText, readResponseText } from "./conversation";

const PAGE_SIZE = 50;
const PARALLEL_BODIES = 8;

export interface TopicSearchOptions {
  readonly gatewayId: string;
  readonly text: string;
  readonly parts: readonly ConversationPart[];
  /** Filters and window (no paging or order). */
  readonly query: ApiQuery;
  /** Whether phase 1 may use the API's `search` (not when the caller filters metadata with it). */
  readonly narrow: boolean;
  /** Index (newest first) in the filtered logs where the scan starts. */
  readonly scanFrom: number;
  /** Most API requests this search may send. */
  readonly budget: number;
}

export interface TopicMatch {
  readonly id: string;
  readonly created_at: string;
  readonly provider: string;
  readonly model: string;
  readonly ok: boolean;
  readonly found_in: ConversationPart[];
  readonly excerpt: string;
}

export interface TopicSearchResult {
  readonly matches: TopicMatch[];
  /** Logs whose bodies were read. */
  readonly checked: number;
  /** Candidates the API's `search` named, and how many of them matched. */
  readonly narrowed: { candidates: number; matched: number } | null;
  /** How many logs match the filters, and how far (newest first) the scan got. */
  readonly totalMatchingFilters: number;
  readonly scannedTo: number;
  readonly requestsUsed: number;
  readonly stoppedByBudget: boolean;
  /** Checked logs whose body format was not recognised (their text could not be searched). */
  readonly unreadable: number;
}

interface Budget {
  readonly limit: number;
  readonly start: number;
  readonly api: CallApi;
}

const left = (budget: Budget) => budget.limit - (budget.api.requestCount - budget.start);

export async function searchTopic(
  api: CallApi,
  options: TopicSearchOptions,
): Promise<TopicSearchResult> {
  const budget: Budget = { limit: options.budget, start: api.requestCount, api };
  const perLog = needsRequest(options.parts) + needsResponse(options.parts);
  const checked = new Set<string>();
  const matches: TopicMatch[] = [];
  let unreadable = 0;
  let stoppedByBudget = false;

  const check = async (logs: readonly GatewayLog[]): Promise<number> => {
    const fresh = logs.filter((log) => !checked.has(log.id));
    const affordable = Math.max(0, Math.floor(left(budget) / perLog));
    const batch = fresh.slice(0, affordable);
    if (batch.length < fresh.length) stoppedByBudget = true;
    for (const log of batch) checked.add(log.id);
    const found = await mapLimited(batch, PARALLEL_BODIES, (log) => matchLog(api, options, log));
    for (const outcome of found) {
      if (outcome.unreadable) unreadable++;
      if (outcome.match) matches.push(outcome.match);
    }
    return batch.length === fresh.length ? logs.length : logs.indexOf(batch.at(-1)!) + 1;
  };

  let narrowed: TopicSearchResult["narrowed"] = null;
  if (options.narrow && options.scanFrom === 0 && left(budget) > perLog) {
    const page = await listLogs(
      api,
      options.gatewayId,
      { page: 1, per_page: PAGE_SIZE },
      {
        ...options.query,
        search: options.text,
        order_by: "created_at",
        order_by_direction: "desc",
      },
    );
    const before = matches.length;
    await check(page.items);
    narrowed = { candidates: page.items.length, matched: matches.length - before };
  }

  let position = options.scanFrom;
  let total = Number.POSITIVE_INFINITY;
  while (position < total && !stoppedByBudget) {
    if (left(budget) < 1 + perLog) {
      stoppedByBudget = true;
      break;
    }
    const pageNumber = Math.floor(position / PAGE_SIZE) + 1;
    const page = await listLogs(
      api,
      options.gatewayId,
      { page: pageNumber, per_page: PAGE_SIZE },
      { ...options.query, order_by: "created_at", order_by_direction: "desc" },
    );
    total = page.paging.total_count ?? (page.items.length < PAGE_SIZE ? position : total);
    const offset = position - (pageNumber - 1) * PAGE_SIZE;
    const logs = page.items.slice(offset);
    if (logs.length === 0) {
      total = Math.min(total, position);
      break;
    }
    position += await check(logs);
  }
  if (total === Number.POSITIVE_INFINITY) total = position;
  return {
    matches: matches.sort((a, b) => b.created_at.localeCompare(a.created_at)),
    checked: checked.size,
    narrowed,
    totalMatchingFilters: total,
    scannedTo: Math.min(position, total),
    requestsUsed: api.requestCount - budget.start,
    stoppedByBudget,
    unreadable,
  };
}

const needsRequest = (parts: readonly ConversationPart[]) =>
  parts.includes("user_prompt") || parts.includes("system_prompt") ? 1 : 0;
const needsResponse = (parts: readonly ConversationPart[]) => (parts.includes("response") ? 1 : 0);

async function matchLog(
  api: CallApi,
  options: TopicSearchOptions,
  log: GatewayLog & { step?: number },
): Promise<{ match?: TopicMatch; unreadable: boolean }> {
  const texts: Array<[ConversationPart, string[]]> = [];
  let unreadable = false;
  if (needsRequest(options.parts)) {
    const request = readRequestText(
      await getLogBody(api, options.gatewayId, log.id, "request"),
      typeof log.step === "number" ? { step: log.step } : {},
    );
    if (request.format === "unknown") unreadable = true;
    if (options.parts.includes("user_prompt")) texts.push(["user_prompt", [...request.user]]);
    if (options.parts.includes("system_prompt")) texts.push(["system_prompt", [...request.system]]);
  }
  if (needsResponse(options.parts)) {
    const response = readResponseText(await getLogBody(api, options.gatewayId, log.id, "response"));
    if (response.format === "unknown") unreadable = true;
    texts.push(["response", [...response.assistant]]);
  }
  const found: ConversationPart[] = [];
  let excerpt: string | undefined;
  for (const [part, pieces] of texts) {
    for (const piece of pieces) {
      const hit = snippet(piece, options.text);
      if (hit === undefined) continue;
      if (!found.includes(part)) found.push(part);
      excerpt ??= hit;
    }
  }
  if (found.length === 0) return { unreadable };
  return {
    unreadable,
    match: {
      id: log.id,
      created_at: log.created_at,
      provider: log.provider,
      model: log.model,
      ok: log.success,
      found_in: found,
      excerpt: excerpt!,
    },
  };
}
