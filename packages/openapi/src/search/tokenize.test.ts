// Tokenising and light stemming shared by the index and the queries.
import { describe, expect, it } from "vitest";
import { splitWords, stem, tokenize } from "./tokenize.ts";

describe("tokenize", () => {
  it("splits identifiers in every style", () => {
    expect(splitWords("dns-records_forAZone/listDNSRecords")).toEqual([
      "dns",
      "records",
      "for",
      "a",
      "zone",
      "list",
      "dns",
      "records",
    ]);
  });

  it("drops filler words", () => {
    expect(tokenize("how do I list all of the zones")).toEqual(["list", "zon"]);
  });

  it("makes plural and verb forms meet", () => {
    for (const group of [
      ["create", "creates", "created", "creating"],
      ["record", "records"],
      ["policy", "policies"],
      ["namespace", "namespaces"],
      ["ip", "ips"],
    ]) {
      expect(new Set(group.map(stem)).size).toBe(1);
    }
  });

  it("leaves words with digits and short words alone", () => {
    expect(["r2", "d1", "ipv4", "kv"].map(stem)).toEqual(["r2", "d1", "ipv4", "kv"]);
    expect(stem("access")).toBe("access");
    expect(stem("status")).toBe("status");
  });
});
