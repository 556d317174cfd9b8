/** DNS records of a zone: list (filters, order, paging), create, get, patch, overwrite, delete. */
import { type Db, newId } from "../../db";
import { success } from "../../envelope";
import type { RouteContext } from "../../product";
import { paginate, readDirection, readJson, readPage } from "../../request";
import { hostConflict, identicalRecord, invalidJsonBody, recordNotFound } from "./errors";
import { parseRecord, type RecordInput } from "./validate";
import { type DnsRecordRow, dnsRecordView, type ZoneRow } from "./views";
import { requireZone } from "./zones";

const RECORD_PAGE_LIMITS = { defaultPerPage: 100, minPerPage: 5, maxPerPage: 5000 };
const ORDERS: Record<string, (row: DnsRecordRow) => string | number> = {
  type: (row) => row.type,
  name: (row) => row.name,
  content: (row) => row.content,
  ttl: (row) => row.ttl,
  proxied: (row) => row.proxied,
};

export function listRecords(ctx: RouteContext): Response {
  const { db, url } = ctx;
  const zone = requireZone(ctx);
  let rows = recordsOf(db, zone.id);
  const filters = url.searchParams;
  const type = filters.get("type");
  if (type) rows = rows.filter((row) => row.type === type);
  const name = filters.get("name") ?? filters.get("name.exact");
  if (name) rows = rows.filter((row) => row.name === name.toLowerCase());
  const content = filters.get("content") ?? filters.get("content.exact");
  if (content) rows = rows.filter((row) => row.content === content);
  const proxied = filters.get("proxied");
  if (proxied === "true" || proxied === "false") {
    rows = rows.filter((row) => (row.proxied === 1) === (proxied === "true"));
  }
  const key = ORDERS[filters.get("order") ?? "type"] ?? ORDERS.type!;
  const sign = readDirection(url, "asc") === "asc" ? 1 : -1;
  rows.sort(
    (a, b) => sign * String(key(a)).localeCompare(String(key(b))) || a.name.localeCompare(b.name),
  );
  const { page, info } = paginate(rows, readPage(url, RECORD_PAGE_LIMITS));
  return success(
    page.map((row) => dnsRecordView(row, zone.name)),
    { resultInfo: info },
  );
}

export async function createRecord(ctx: RouteContext): Promise<Response> {
  const { db, request } = ctx;
  const zone = requireZone(ctx);
  const input = parseRecord(await readJson(request, invalidJsonBody), zone.name);
  const row = db.transaction(() => {
    checkConflicts(db, zone, input);
    const now = db.now();
    const created: DnsRecordRow = {
      id: newId(),
      zone_id: zone.id,
      ...toColumns(input),
      created_on: now,
      modified_on: now,
    };
    insert(db, created);
    return created;
  });
  return success(dnsRecordView(row, zone.name));
}

export function getRecord(ctx: RouteContext): Response {
  const { db, params } = ctx;
  const zone = requireZone(ctx);
  return success(dnsRecordView(requireRecord(db, zone.id, params.dns_record_id!), zone.name));
}

export async function patchRecord(ctx: RouteContext): Promise<Response> {
  return updateRecord(ctx, true);
}

export async function overwriteRecord(ctx: RouteContext): Promise<Response> {
  return updateRecord(ctx, false);
}

export function deleteRecord(ctx: RouteContext): Response {
  const { db, params } = ctx;
  const zone = requireZone(ctx);
  const row = requireRecord(db, zone.id, params.dns_record_id!);
  db.sql.exec("DELETE FROM dns_records WHERE id = ?", row.id);
  return success({ id: row.id });
}

async function updateRecord(ctx: RouteContext, partial: boolean): Promise<Response> {
  const { db, params, request } = ctx;
  const zone = requireZone(ctx);
  const current = requireRecord(db, zone.id, params.dns_record_id!);
  const body = await readJson(request, invalidJsonBody);
  const input = parseRecord(body, zone.name, partial ? toInput(current) : undefined);
  const row = db.transaction(() => {
    checkConflicts(db, zone, input, current.id);
    const updated: DnsRecordRow = { ...current, ...toColumns(input), modified_on: db.now() };
    db.sql.exec("DELETE FROM dns_records WHERE id = ?", current.id);
    insert(db, updated);
    return updated;
  });
  return success(dnsRecordView(row, zone.name));
}

/** A CNAME shares its name with no other record; no two records are identical. */
function checkConflicts(db: Db, zone: ZoneRow, input: RecordInput, ignoreId?: string): void {
  const sameName = recordsOf(db, zone.id).filter(
    (row) => row.name === input.name && row.id !== ignoreId,
  );
  if (sameName.some((row) => row.type === input.type && row.content === input.content)) {
    throw identicalRecord();
  }
  const cnameClash =
    input.type === "CNAME" ? sameName.length > 0 : sameName.some((row) => row.type === "CNAME");
  if (cnameClash) throw hostConflict();
}

function requireRecord(db: Db, zoneId: string, id: string): DnsRecordRow {
  const row = db.sql
    .exec<DnsRecordRow>("SELECT * FROM dns_records WHERE id = ? AND zone_id = ?", id, zoneId)
    .toArray()[0];
  if (!row) throw recordNotFound();
  return row;
}

function recordsOf(db: Db, zoneId: string): DnsRecordRow[] {
  return db.sql.exec<DnsRecordRow>("SELECT * FROM dns_records WHERE zone_id = ?", zoneId).toArray();
}

function toColumns(input: RecordInput) {
  return {
    name: input.name,
    type: input.type,
    content: input.content,
    proxied: input.proxied ? 1 : 0,
    ttl: input.ttl,
    priority: input.priority,
    comment: input.comment,
    tags: JSON.stringify(input.tags),
  };
}

function toInput(row: DnsRecordRow): RecordInput {
  return {
    type: row.type,
    name: row.name,
    content: row.content,
    ttl: row.ttl,
    proxied: row.proxied === 1,
    priority: row.priority,
    comment: row.comment,
    tags: JSON.parse(row.tags) as string[],
  };
}

function insert(db: Db, row: DnsRecordRow): void {
  db.sql.exec(
    `INSERT INTO dns_records (id, zone_id, name, type, content, proxied, ttl, priority, comment, tags, created_on, modified_on)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    row.id,
    row.zone_id,
    row.name,
    row.type,
    row.content,
    row.proxied,
    row.ttl,
    row.priority,
    row.comment,
    row.tags,
    row.created_on,
    row.modified_on,
  );
}
