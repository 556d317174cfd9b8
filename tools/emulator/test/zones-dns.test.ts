// Zones and DNS records: listing with filters and paging, account visibility, record validation and conflicts.
import { beforeEach, describe, expect, it } from "vitest";
import { ACCOUNT_TOKEN, ACME_ACCOUNT, READONLY_TOKEN, USER_TOKEN } from "../src/seed/identities";
import { ACME_ZONE, DNS_RECORDS, GLOBEX_ZONE } from "../src/seed/zones";
import { call, onlyError, resetEmulator } from "./helpers";

beforeEach(resetEmulator);

const token = USER_TOKEN.value;
const records = `/zones/${ACME_ZONE.id}/dns_records`;

describe("GET /zones", () => {
  it("lists every zone of the token's accounts by name, in the spec's shape", async () => {
    const result = await call("GET", "/zones", { token });
    expect(result.status).toBe(200);
    expect(result.body.result.map((zone: { name: string }) => zone.name)).toEqual([
      "acme-shop.example",
      "acme.example",
      "globex.example",
    ]);
    expect(result.body.result[1]).toMatchObject({
      id: ACME_ZONE.id,
      status: "active",
      paused: false,
      type: "full",
      name_servers: ACME_ZONE.nameServers,
      account: { id: ACME_ACCOUNT.id, name: "Acme Corp" },
      plan: { name: "Free Website" },
    });
    expect(result.body.result_info).toEqual({
      page: 1,
      per_page: 20,
      count: 3,
      total_count: 3,
      total_pages: 1,
    });
  });

  it("filters by name, status and account, and pages with per_page", async () => {
    const byName = await call("GET", "/zones?name=globex.example", { token });
    expect(byName.body.result.map((zone: { id: string }) => zone.id)).toEqual([GLOBEX_ZONE.id]);
    const pending = await call("GET", "/zones?status=pending", { token });
    expect(pending.body.result).toHaveLength(1);
    const acme = await call("GET", `/zones?account.id=${ACME_ACCOUNT.id}&per_page=5`, { token });
    expect(acme.body.result_info).toMatchObject({ per_page: 5, total_count: 2 });
  });

  it("shows an account token only its own account's zones", async () => {
    const result = await call("GET", "/zones", { token: ACCOUNT_TOKEN.value });
    expect(
      result.body.result.every(
        (zone: { account: { id: string } }) => zone.account.id === ACME_ACCOUNT.id,
      ),
    ).toBe(true);
    const other = await call("GET", `/zones/${GLOBEX_ZONE.id}`, { token: ACCOUNT_TOKEN.value });
    expect(other.status).toBe(404);
    expect(onlyError(other)).toEqual({ code: 1001, message: "Invalid zone identifier" });
  });
});

describe("DNS records", () => {
  it("lists a zone's records with full names and zone fields", async () => {
    const result = await call("GET", records, { token });
    const seeded = DNS_RECORDS.filter((record) => record.zoneId === ACME_ZONE.id);
    expect(result.body.result).toHaveLength(seeded.length);
    const www = result.body.result.find(
      (record: { name: string }) => record.name === "www.acme.example",
    );
    expect(www).toMatchObject({
      type: "CNAME",
      content: "acme.example",
      proxied: true,
      proxiable: true,
      ttl: 1,
      zone_id: ACME_ZONE.id,
      zone_name: "acme.example",
    });
    const mx = await call("GET", `${records}?type=MX`, { token });
    expect(mx.body.result).toEqual([
      expect.objectContaining({ priority: 10, name: "acme.example" }),
    ]);
  });

  it("creates a record from a relative name, reads, patches and deletes it", async () => {
    const created = await call("POST", records, {
      token,
      body: { type: "A", name: "staging", content: "192.0.2.44", ttl: 300, comment: "CI" },
    });
    expect(created.status).toBe(200);
    expect(created.body.result).toMatchObject({
      name: "staging.acme.example",
      ttl: 300,
      proxied: false,
    });
    const id = created.body.result.id as string;
    const patched = await call("PATCH", `${records}/${id}`, { token, body: { proxied: true } });
    expect(patched.body.result).toMatchObject({ content: "192.0.2.44", proxied: true, ttl: 1 });
    expect((await call("GET", `${records}/${id}`, { token })).body.result.proxied).toBe(true);
    expect((await call("DELETE", `${records}/${id}`, { token })).body.result).toEqual({ id });
    const gone = await call("GET", `${records}/${id}`, { token });
    expect(gone.status).toBe(404);
    expect(onlyError(gone).code).toBe(81044);
  });

  it("refuses invalid content, a CNAME beside other records and identical records", async () => {
    const badIp = await call("POST", records, {
      token,
      body: { type: "A", name: "x", content: "300.1.1.1" },
    });
    expect(onlyError(badIp)).toEqual({
      code: 9005,
      message: "Content for A record must be a valid IPv4 address.",
    });
    const clash = await call("POST", records, {
      token,
      body: { type: "CNAME", name: "mail", content: "elsewhere.example" },
    });
    expect(onlyError(clash).code).toBe(81053);
    const same = await call("POST", records, {
      token,
      body: { type: "A", name: "mail", content: "192.0.2.25" },
    });
    expect(onlyError(same).code).toBe(81058);
    const txtProxied = await call("POST", records, {
      token,
      body: { type: "TXT", name: "t", content: "hi", proxied: true },
    });
    expect(txtProxied.status).toBe(400);
  });

  it("lets a read-only token list but not change records", async () => {
    expect((await call("GET", records, { token: READONLY_TOKEN.value })).status).toBe(200);
    const write = await call("POST", records, {
      token: READONLY_TOKEN.value,
      body: { type: "A", name: "ro", content: "192.0.2.9" },
    });
    expect(write.status).toBe(403);
    expect(onlyError(write).code).toBe(10000);
  });
});
