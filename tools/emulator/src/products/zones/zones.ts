/** `GET /zones` (filters, order, paging) and `GET /zones/:zone_id`, limited to visible accounts. */

import { noRoute } from "../../api-errors";
import type { Db } from "../../db";
import { success } from "../../envelope";
import type { Principal, RouteContext } from "../../product";
import { paginate, readDirection, readPage } from "../../request";
import { ACCOUNTS } from "../../seed/identities";
import { invalidZone } from "./errors";
import { type ZoneRow, zoneView } from "./views";

const ZONE_PAGE_LIMITS = { defaultPerPage: 20, minPerPage: 5, maxPerPage: 50 };
const ORDERS: Record<string, (zone: ZoneRow) => string> = {
  name: (zone) => zone.name,
  status: (zone) => zone.status,
  "account.id": (zone) => zone.account_id,
  "account.name": (zone) => accountName(zone.account_id),
};

export function listZones({ db, url, principal }: RouteContext): Response {
  const filters = url.searchParams;
  let zones = visibleZones(db, principal);
  const name = filters.get("name");
  if (name) zones = zones.filter((zone) => zone.name === name.toLowerCase());
  const status = filters.get("status");
  if (status) zones = zones.filter((zone) => zone.status === status);
  const accountId = filters.get("account.id");
  if (accountId) zones = zones.filter((zone) => zone.account_id === accountId);
  const accountNameFilter = filters.get("account.name");
  if (accountNameFilter) {
    zones = zones.filter((zone) => accountName(zone.account_id) === accountNameFilter);
  }
  const key = ORDERS[filters.get("order") ?? "name"] ?? ORDERS.name!;
  const sign = readDirection(url, "asc") === "asc" ? 1 : -1;
  zones.sort((a, b) => sign * key(a).localeCompare(key(b)));
  const { page, info } = paginate(zones, readPage(url, ZONE_PAGE_LIMITS));
  return success(page.map(zoneView), { resultInfo: info });
}

export function getZone(ctx: RouteContext): Response {
  return success(zoneView(requireZone(ctx)));
}

/**
 * The route's zone, if it exists in an account the token can see; 1001 otherwise (no existence
 * leak). An id that is not 32 hex digits never routes, as on the real API (7003).
 */
export function requireZone({ db, principal, params, url }: RouteContext): ZoneRow {
  const zoneId = params.zone_id!;
  if (!/^[0-9a-f]{32}$/.test(zoneId)) throw noRoute(url.pathname.replace(/^\/client\/v4/, ""));
  const zone = db.sql.exec<ZoneRow>("SELECT * FROM zones WHERE id = ?", zoneId).toArray()[0];
  if (!zone || !principal.accountIds.includes(zone.account_id)) throw invalidZone();
  return zone;
}

function visibleZones(db: Db, principal: Principal): ZoneRow[] {
  return db.sql
    .exec<ZoneRow>("SELECT * FROM zones")
    .toArray()
    .filter((zone) => principal.accountIds.includes(zone.account_id));
}

function accountName(id: string): string {
  return ACCOUNTS.find((account) => account.id === id)?.name ?? "";
}
