/**
 * Seeded zones and DNS records with fixed ids, importable through `@repo/emulator/seed/zones`.
 * Acme Corp has an active zone with a typical record set (apex A and AAAA, proxied `www`, mail,
 * SPF) and a second zone still pending its nameserver change; Globex Labs has one active zone.
 * Names use the reserved `.example` TLD, addresses the documentation ranges (RFC 5737, 3849).
 */
import { ACME_ACCOUNT, GLOBEX_ACCOUNT } from "./identities";

export interface SeedZone {
  readonly id: string;
  readonly accountId: string;
  readonly name: string;
  readonly status: "active" | "pending";
  readonly nameServers: readonly string[];
  readonly created: string;
}

export type DnsRecordType = "A" | "AAAA" | "CNAME" | "MX" | "TXT" | "NS" | "CAA" | "SRV";

export interface SeedDnsRecord {
  readonly id: string;
  readonly zoneId: string;
  /** Full name (`www.acme.example`), as the API returns it. */
  readonly name: string;
  readonly type: DnsRecordType;
  readonly content: string;
  readonly proxied: boolean;
  readonly ttl: number;
  readonly priority?: number;
  readonly comment: string | null;
  readonly created: string;
}

export const ACME_ZONE: SeedZone = {
  id: "d56084adb405e0b7e32c52321bf07be6",
  accountId: ACME_ACCOUNT.id,
  name: "acme.example",
  status: "active",
  nameServers: ["ada.ns.cloudflare.com", "bob.ns.cloudflare.com"],
  created: "2024-03-11T09:12:05.481263Z",
};

export const ACME_SHOP_ZONE: SeedZone = {
  id: "3f1c0a7e9b2d4c6e8a0b1c2d3e4f5a6b",
  accountId: ACME_ACCOUNT.id,
  name: "acme-shop.example",
  status: "pending",
  nameServers: ["ada.ns.cloudflare.com", "bob.ns.cloudflare.com"],
  created: "2025-06-02T15:40:11.902114Z",
};

export const GLOBEX_ZONE: SeedZone = {
  id: "8e2f4a6c0b1d3e5f7a9c1e3b5d7f9a2c",
  accountId: GLOBEX_ACCOUNT.id,
  name: "globex.example",
  status: "active",
  nameServers: ["kai.ns.cloudflare.com", "lia.ns.cloudflare.com"],
  created: "2024-09-20T18:03:44.115820Z",
};

export const ZONES: readonly SeedZone[] = [ACME_ZONE, ACME_SHOP_ZONE, GLOBEX_ZONE];

const record = (
  id: string,
  zone: SeedZone,
  sub: string,
  type: DnsRecordType,
  content: string,
  extra: Partial<Pick<SeedDnsRecord, "proxied" | "ttl" | "priority" | "comment">> = {},
): SeedDnsRecord => ({
  id,
  zoneId: zone.id,
  name: sub === "@" ? zone.name : `${sub}.${zone.name}`,
  type,
  content,
  proxied: extra.proxied ?? false,
  ttl: extra.ttl ?? 1,
  ...(extra.priority !== undefined ? { priority: extra.priority } : {}),
  comment: extra.comment ?? null,
  created: zone.created,
});

export const DNS_RECORDS: readonly SeedDnsRecord[] = [
  record("372e67954025e0ba6aaa6d586b9e0b59", ACME_ZONE, "@", "A", "192.0.2.10", {
    proxied: true,
    comment: "Origin web server",
  }),
  record("a9f1c3e5b7d94f2a8c6e0b1d3f5a7c9e", ACME_ZONE, "@", "AAAA", "2001:db8::10", {
    proxied: true,
  }),
  record("5b7d9f1a3c5e4b6d8f0a2c4e6b8d0f1a", ACME_ZONE, "www", "CNAME", "acme.example", {
    proxied: true,
  }),
  record("c1e3a5b7d9f04a2c6e8b0d2f4a6c8e0b", ACME_ZONE, "@", "MX", "mail.acme.example", {
    ttl: 3600,
    priority: 10,
  }),
  record("e7a9c1b3d5f84e6a0c2b4d6f8a0c2e4b", ACME_ZONE, "mail", "A", "192.0.2.25", { ttl: 3600 }),
  record(
    "0d2f4b6a8c1e4d3f5b7a9c0e2d4f6b8a",
    ACME_ZONE,
    "@",
    "TXT",
    '"v=spf1 ip4:192.0.2.25 -all"',
    { ttl: 3600 },
  ),
  record("9c1e3a5d7f0b4c2e6a8d0f2b4c6e8a1d", GLOBEX_ZONE, "@", "A", "198.51.100.20", {
    proxied: true,
  }),
];
