/**
 * Gateway log routes: list with filters, order and paging; one log's detail; its stored request
 * and response bodies. The body routes answer the stored JSON itself, without the v4 envelope:
 * the spec's 200 schema for them is a bare object.
 */
import type { Db } from "../../db";
import { json, type ResultInfo, success } from "../../envelope";
import type { RouteContext } from "../../product";
import { notFound } from "./errors";
import { requireGateway } from "./gateways";
import { readLogQuery } from "./log-query";
import { LOG_COLUMNS, type LogBodies, type LogRow, logDetailView, logView } from "./views";

export function listLogs({ db, params, url }: RouteContext): Response {
  const accountId = params.account_id!;
  requireGateway(db, accountId, params.gateway_id!);
  const query = readLogQuery(url, accountId, params.gateway_id!);
  const from = `FROM ai_gateway_logs WHERE ${query.where}`;
  const rows = db.sql
    .exec<LogRow>(
      `SELECT ${LOG_COLUMNS} ${from} ORDER BY ${query.order} ${query.direction}, id ${query.direction}
       LIMIT ? OFFSET ?`,
      ...query.bindings,
      query.perPage,
      (query.page - 1) * query.perPage,
    )
    .toArray();
  const total = db.sql
    .exec<{ n: number }>(`SELECT COUNT(*) AS n ${from}`, ...query.bindings)
    .one().n;
  const info: ResultInfo & Record<string, number> = {
    page: query.page,
    per_page: query.perPage,
    count: rows.length,
    total_count: total,
    total_pages: Math.max(1, Math.ceil(total / query.perPage)),
  };
  if (query.metaInfo) Object.assign(info, metaInfo(db, from, query.bindings));
  return success(rows.map(logView), { resultInfo: info });
}

/** `meta_info=true`: ranges of the matching logs, under the spec's `result_info` names. */
function metaInfo(db: Db, from: string, bindings: unknown[]): Record<string, number> {
  const tokens = "COALESCE(tokens_in, 0) + COALESCE(tokens_out, 0)";
  const row = db.sql
    .exec<Record<string, number | null>>(
      `SELECT MIN(cost) AS min_cost, MAX(cost) AS max_cost, MIN(duration) AS min_duration,
        MAX(duration) AS max_duration, MIN(tokens_in) AS min_tokens_in, MAX(tokens_in) AS max_tokens_in,
        MIN(tokens_out) AS min_tokens_out, MAX(tokens_out) AS max_tokens_out,
        MIN(${tokens}) AS min_total_tokens, MAX(${tokens}) AS max_total_tokens ${from}`,
      ...(bindings as (string | number | null)[]),
    )
    .one();
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value ?? 0]));
}

export function getLog({ db, params }: RouteContext): Response {
  return success(logDetailView(requireLog(db, params)));
}

export function getLogRequest({ db, params }: RouteContext): Response {
  return json(JSON.parse(requireLog(db, params).request_body));
}

export function getLogResponse({ db, params }: RouteContext): Response {
  return json(JSON.parse(requireLog(db, params).response_body));
}

function requireLog(db: Db, params: Readonly<Record<string, string>>): LogRow & LogBodies {
  const accountId = params.account_id!;
  requireGateway(db, accountId, params.gateway_id!);
  const row = db.sql
    .exec<LogRow & LogBodies>(
      `SELECT ${LOG_COLUMNS}, request_body, response_body FROM ai_gateway_logs
       WHERE account_id = ? AND gateway_id = ? AND id = ?`,
      accountId,
      params.gateway_id!,
      params.id!,
    )
    .toArray()[0];
  if (!row) throw notFound();
  return row;
}
