/** Zone and DNS record rows in the API's response shapes (`zones-zone`, `dns-records-record`). */
import { ACCOUNTS } from "../../seed/identities";

export type ZoneRow = {
  id: string;
  account_id: string;
  name: string;
  status: string;
  type: string;
  paused: number;
  name_servers: string;
  created_on: string;
  modified_on: string;
  activated_on: string | null;
};

export type DnsRecordRow = {
  id: string;
  zone_id: string;
  name: string;
  type: string;
  content: string;
  proxied: number;
  ttl: number;
  priority: number | null;
  comment: string | null;
  tags: string;
  created_on: string;
  modified_on: string;
};

const FREE_PLAN = {
  id: "0feeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
  name: "Free Website",
  price: 0,
  currency: "USD",
  frequency: "",
  is_subscribed: false,
  can_subscribe: false,
  legacy_id: "free",
  legacy_discount: false,
  externally_managed: false,
};

export function zoneView(row: ZoneRow) {
  const account = ACCOUNTS.find((candidate) => candidate.id === row.account_id);
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    paused: row.paused === 1,
    type: row.type,
    development_mode: 0,
    name_servers: JSON.parse(row.name_servers) as string[],
    original_name_servers: null,
    original_registrar: null,
    original_dnshost: null,
    modified_on: row.modified_on,
    created_on: row.created_on,
    activated_on: row.activated_on,
    meta: {
      step: row.status === "active" ? 4 : 2,
      custom_certificate_quota: 0,
      page_rule_quota: 3,
      phishing_detected: false,
    },
    owner: { id: null, type: "organization", name: null },
    account: { id: row.account_id, name: account?.name ?? null },
    tenant: { id: null, name: null },
    tenant_unit: { id: null },
    permissions: ["#zone:read", "#zone:edit", "#dns_records:read", "#dns_records:edit"],
    plan: FREE_PLAN,
  };
}

const PROXIABLE = new Set(["A", "AAAA", "CNAME"]);

export function dnsRecordView(row: DnsRecordRow, zoneName: string) {
  return {
    id: row.id,
    zone_id: row.zone_id,
    zone_name: zoneName,
    name: row.name,
    type: row.type,
    content: row.content,
    proxiable: PROXIABLE.has(row.type),
    proxied: row.proxied === 1,
    ttl: row.ttl,
    ...(row.priority !== null ? { priority: row.priority } : {}),
    settings: {},
    meta: {},
    comment: row.comment,
    tags: JSON.parse(row.tags) as string[],
    created_on: row.created_on,
    modified_on: row.modified_on,
  };
}

export function isProxiable(type: string): boolean {
  return PROXIABLE.has(type);
}
