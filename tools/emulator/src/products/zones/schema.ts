/** Zones and DNS records tables and seeding. */
import type { Db } from "../../db";
import { DNS_RECORDS, ZONES } from "../../seed/zones";

export const ZONES_TABLES = ["zones", "dns_records"] as const;

export const ZONES_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS zones (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    name TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    type TEXT NOT NULL DEFAULT 'full',
    paused INTEGER NOT NULL DEFAULT 0,
    name_servers TEXT NOT NULL,
    created_on TEXT NOT NULL,
    modified_on TEXT NOT NULL,
    activated_on TEXT
  )`,
  `CREATE TABLE IF NOT EXISTS dns_records (
    id TEXT PRIMARY KEY,
    zone_id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    content TEXT NOT NULL,
    proxied INTEGER NOT NULL,
    ttl INTEGER NOT NULL,
    priority INTEGER,
    comment TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    created_on TEXT NOT NULL,
    modified_on TEXT NOT NULL
  )`,
  "CREATE INDEX IF NOT EXISTS dns_records_zone ON dns_records (zone_id, name)",
] as const;

export function seedZones(db: Db): void {
  for (const zone of ZONES) {
    db.sql.exec(
      `INSERT INTO zones (id, account_id, name, status, name_servers, created_on, modified_on, activated_on)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      zone.id,
      zone.accountId,
      zone.name,
      zone.status,
      JSON.stringify(zone.nameServers),
      zone.created,
      zone.created,
      zone.status === "active" ? zone.created : null,
    );
  }
  for (const record of DNS_RECORDS) {
    db.sql.exec(
      `INSERT INTO dns_records (id, zone_id, name, type, content, proxied, ttl, priority, comment, created_on, modified_on)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      record.id,
      record.zoneId,
      record.name,
      record.type,
      record.content,
      record.proxied ? 1 : 0,
      record.ttl,
      record.priority ?? null,
      record.comment,
      record.created,
      record.created,
    );
  }
}
