// The operation phrasings: keys that name one operation each, phrasings in the forms the searches
// compare, enough of them per operation, and lookups that ignore path parameter names.
import { describe, expect, it } from "vitest";
import {
  OPERATION_PHRASINGS,
  operationKey,
  PHRASING_TABLES,
  phrasingsOf,
  ZONE_SETTING_PHRASINGS,
} from "./index.ts";

const KEY = /^(GET|POST|PUT|PATCH|DELETE) \/[A-Za-z0-9_.@/{}-]*$/;

describe("operation phrasings", () => {
  it("keys every table by METHOD /path, each operation once across all tables", () => {
    let keys = 0;
    for (const table of PHRASING_TABLES) {
      for (const key of Object.keys(table)) {
        expect(key).toMatch(KEY);
        keys++;
      }
    }
    expect(OPERATION_PHRASINGS.size).toBe(keys);
  });

  it("covers the operations people use most, with several phrasings for each", () => {
    expect(OPERATION_PHRASINGS.size).toBeGreaterThan(600);
    let phrasings = 0;
    for (const list of OPERATION_PHRASINGS.values()) phrasings += list.length;
    expect(phrasings / OPERATION_PHRASINGS.size).toBeGreaterThan(2);
    for (const key of [
      "GET /zones",
      "POST /zones/{}/purge_cache",
      "GET /zones/{}/dns_records",
      "GET /accounts/{}/workers/scripts",
      "GET /accounts/{}/members",
      "GET /accounts/{}/r2/buckets",
      "POST /zones/{}/healthchecks",
      "GET /accounts/{}/audit_logs",
    ]) {
      expect(OPERATION_PHRASINGS.get(key)?.length ?? 0, key).toBeGreaterThanOrEqual(3);
    }
  });

  it("writes phrasings in lower case, trimmed, without repeats within an operation", () => {
    for (const [key, list] of OPERATION_PHRASINGS) {
      expect(list.length, key).toBeGreaterThan(0);
      expect(new Set(list).size, key).toBe(list.length);
      for (const phrase of list) {
        expect(phrase, key).toBe(phrase.toLowerCase().trim());
        expect(phrase.split(" ").length, `${key}: ${phrase}`).toBeLessThanOrEqual(14);
      }
    }
  });

  it("gives no two operations the same phrasing", () => {
    const owner = new Map<string, string>();
    for (const [key, list] of OPERATION_PHRASINGS) {
      for (const phrase of list) {
        expect(owner.get(phrase), `"${phrase}" in ${key}`).toBeUndefined();
        owner.set(phrase, key);
      }
    }
  });

  it("looks operations up whatever their path parameters are called", () => {
    expect(operationKey("get", "/zones/{zone_identifier}/dns_records/")).toBe(
      "GET /zones/{}/dns_records",
    );
    expect(phrasingsOf("GET", "/zones/{id}/dns_records")).toEqual(
      phrasingsOf("GET", "/zones/{zone_id}/dns_records"),
    );
    expect(phrasingsOf("GET", "/zones/{zone_id}/dns_records")).toContain(
      "which dns records do i have",
    );
    expect(phrasingsOf("GET", "/no/such/operation")).toEqual([]);
  });

  it("describes zone settings by their setting ids", () => {
    for (const [id, list] of Object.entries(ZONE_SETTING_PHRASINGS)) {
      expect(id).toMatch(/^[a-z0-9_]+$/);
      expect(list.length, id).toBeGreaterThan(0);
    }
    expect(ZONE_SETTING_PHRASINGS.always_online).toBeDefined();
    expect(Object.keys(ZONE_SETTING_PHRASINGS).length).toBeGreaterThan(40);
  });
});
