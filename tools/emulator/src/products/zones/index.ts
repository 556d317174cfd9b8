/**
 * Zones and their DNS records (`/zones`, `/zones/:zone_id/dns_records`), in the shapes of
 * Cloudflare's spec (`zones-zone`, `dns-records-record`). A token sees the zones of the accounts
 * it can see. Reads need `Zone Read` / `DNS Read`, writes `Zone Edit` / `DNS Edit`.
 */
import type { Product, Route } from "../../product";
import {
  createRecord,
  deleteRecord,
  getRecord,
  listRecords,
  overwriteRecord,
  patchRecord,
} from "./dns-records";
import { seedZones, ZONES_SCHEMA, ZONES_TABLES } from "./schema";
import { getZone, listZones } from "./zones";

export const ZONE_READ = "Zone Read";
export const DNS_READ = "DNS Read";
export const DNS_EDIT = "DNS Edit";

const RECORDS = "/zones/:zone_id/dns_records";
const RECORD = `${RECORDS}/:dns_record_id`;

const ROUTES: readonly Route[] = [
  { method: "GET", path: "/zones", permission: ZONE_READ, handler: listZones },
  { method: "GET", path: "/zones/:zone_id", permission: ZONE_READ, handler: getZone },
  { method: "GET", path: RECORDS, permission: DNS_READ, handler: listRecords },
  { method: "POST", path: RECORDS, permission: DNS_EDIT, handler: createRecord },
  { method: "GET", path: RECORD, permission: DNS_READ, handler: getRecord },
  { method: "PATCH", path: RECORD, permission: DNS_EDIT, handler: patchRecord },
  { method: "PUT", path: RECORD, permission: DNS_EDIT, handler: overwriteRecord },
  { method: "DELETE", path: RECORD, permission: DNS_EDIT, handler: deleteRecord },
];

export const zonesProduct: Product = {
  name: "zones",
  schema: ZONES_SCHEMA,
  tables: ZONES_TABLES,
  seed: seedZones,
  routes: ROUTES,
};
