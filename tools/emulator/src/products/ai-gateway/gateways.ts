/**
 * Gateway routes: list an account's gateways (`page`, `per_page` 1..100, `search` by id) and
 * fetch one by id (`aig-config-list-gateway`, `aig-config-fetch-gateway`).
 */
import { success } from "../../envelope";
import type { RouteContext } from "../../product";
import { paginate } from "../../request";
import { notFound } from "./errors";
import { readIntParam } from "./params";

type GatewayRow = {
  config: string;
};

export function listGateways({ db, params, url }: RouteContext): Response {
  const page = readIntParam(url, "page", { min: 1, fallback: 1 });
  const perPage = readIntParam(url, "per_page", { min: 1, max: 100, fallback: 20 });
  const search = url.searchParams.get("search") ?? "";
  const rows = db.sql
    .exec<GatewayRow>(
      "SELECT config FROM ai_gateway_gateways WHERE account_id = ? AND instr(id, ?) > 0 ORDER BY id",
      params.account_id!,
      search,
    )
    .toArray();
  const { page: slice, info } = paginate(rows, { page, perPage });
  return success(
    slice.map((row) => JSON.parse(row.config) as unknown),
    { resultInfo: info },
  );
}

export function getGateway({ db, params }: RouteContext): Response {
  return success(JSON.parse(requireGateway(db, params.account_id!, params.id!)) as unknown);
}

/** The gateway's config JSON; unknown ids (in this account) are 404 `7002 Not Found`. */
export function requireGateway(db: RouteContext["db"], accountId: string, id: string): string {
  const row = db.sql
    .exec<GatewayRow>(
      "SELECT config FROM ai_gateway_gateways WHERE account_id = ? AND id = ?",
      accountId,
      id,
    )
    .toArray()[0];
  if (!row) throw notFound();
  return row.config;
}
