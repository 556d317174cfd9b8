// Endpoint search for requests worded the way people ask: setting names hidden in enums, the
// vocabulary's words for things, verbs, deprecation, words that collide with product names,
// products that count only when asked about, typos, and the docs-to-API bridge.
import { describe, expect, it } from "vitest";
import { processSpec } from "../process.ts";
import { buildSearchIndex } from "./build.ts";
import { findOperations } from "./find.ts";

const ok = { "200": { description: "OK." } };
const setting = (id: string, title: string, values: string[]) => ({
  title,
  properties: { id: { enum: [id] }, value: { type: "string", enum: values } },
  required: ["id", "value"],
});

function spec(): Record<string, unknown> {
  return {
    openapi: "3.0.3",
    info: { title: "Understanding", version: "1" },
    paths: {
      "/zones/{zone_id}/settings/{setting_id}": {
        parameters: [
          { name: "zone_id", in: "path", required: true, schema: { type: "string" } },
          { name: "setting_id", in: "path", required: true, schema: { type: "string" } },
        ],
        patch: {
          operationId: "zone-settings-edit-single-setting",
          summary: "Edit zone setting",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  oneOf: [
                    setting("http3", "HTTP3 Value", ["on", "off"]),
                    setting("brotli", "Brotli Compression", ["on", "off"]),
                    setting("security_level", "Security Level", ["low", "high", "under_attack"]),
                  ],
                },
              },
            },
          },
          responses: ok,
        },
      },
      "/zones/{zone_id}/dns_records": {
        parameters: [{ name: "zone_id", in: "path", required: true, schema: { type: "string" } }],
        get: { operationId: "dns-list", summary: "List DNS Records", responses: ok },
        post: { operationId: "dns-create", summary: "Create DNS Record", responses: ok },
      },
      "/zones/{zone_id}/dns_records/{dns_record_id}": {
        parameters: [
          { name: "zone_id", in: "path", required: true, schema: { type: "string" } },
          { name: "dns_record_id", in: "path", required: true, schema: { type: "string" } },
        ],
        get: { operationId: "dns-get", summary: "DNS Record Details", responses: ok },
        patch: { operationId: "dns-update", summary: "Update DNS Record", responses: ok },
        delete: { operationId: "dns-delete", summary: "Delete DNS Record", responses: ok },
      },
      "/accounts/{account_id}/members": {
        post: {
          operationId: "account-members-add-member",
          summary: "Add Member",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  required: ["email", "roles"],
                  properties: { email: { type: "string" }, roles: { type: "array" } },
                },
              },
            },
          },
          responses: ok,
        },
      },
      "/accounts/{account_id}/calls/apps": {
        get: { operationId: "calls-apps-list", summary: "List apps", responses: ok },
      },
      "/accounts/{account_id}/workers/scripts/{script_name}/tails": {
        post: {
          operationId: "worker-tail-start",
          summary: "Start Tail",
          description: "Starts a tail that streams a Worker's live logs.",
          responses: ok,
        },
      },
      "/accounts/{account_id}/stream": {
        get: { operationId: "stream-videos-list", summary: "List videos", responses: ok },
      },
      "/accounts/{account_id}/storage/kv/namespaces": {
        get: { operationId: "kv-namespaces-list", summary: "List Namespaces", responses: ok },
      },
      "/radar/dns/top/locations": {
        get: {
          operationId: "radar-dns-top-locations",
          summary: "Get top locations by DNS queries",
          responses: ok,
        },
      },
      "/zones/{zone_id}/dns_analytics/report": {
        get: {
          operationId: "dns-analytics-table",
          summary: "Table",
          description: "Retrieves DNS analytics (queries) for a zone.",
          responses: ok,
        },
      },
      "/zones/{zone_id}/rate_limits": {
        get: {
          operationId: "rate-limits-list",
          summary: "List rate limits",
          deprecated: true,
          responses: ok,
        },
      },
      "/zones/{zone_id}/rulesets": {
        get: {
          operationId: "rulesets-list",
          summary: "List zone rulesets",
          description: "Rate limiting rules live in the http_ratelimit phase.",
          responses: ok,
        },
      },
    },
  };
}

const index = buildSearchIndex(processSpec(spec()));
const top = (query: string, limit = 1) =>
  findOperations(index, query, { limit }).map((card) => `${card.method} ${card.path}`);

describe("finding what people mean", () => {
  it("finds zone settings by names that exist only as enum values and variant titles", () => {
    expect(top("turn on HTTP/3")).toEqual(["PATCH /zones/{zone_id}/settings/{setting_id}"]);
    expect(top("enable brotli")).toEqual(["PATCH /zones/{zone_id}/settings/{setting_id}"]);
    expect(top("my site is under attack")).toEqual([
      "PATCH /zones/{zone_id}/settings/{setting_id}",
    ]);
  });

  it("reads people's nouns through the vocabulary", () => {
    expect(top("invite my teammates")).toEqual(["POST /accounts/{account_id}/members"]);
  });

  it("ranks the operation whose method does what the verb asks", () => {
    expect(top("get rid of the dns record for staging")).toEqual([
      "DELETE /zones/{zone_id}/dns_records/{dns_record_id}",
    ]);
    expect(top("change a dns record")).toEqual([
      "PATCH /zones/{zone_id}/dns_records/{dns_record_id}",
    ]);
    expect(top("show all dns records")).toEqual(["GET /zones/{zone_id}/dns_records"]);
    expect(top("add a dns record")).toEqual(["POST /zones/{zone_id}/dns_records"]);
  });

  it("puts a deprecated operation after a current one that answers as well", () => {
    const results = findOperations(index, "list rate limiting rules", { limit: 5 });
    const paths = results.map((card) => card.path);
    expect(paths.indexOf("/zones/{zone_id}/rulesets")).toBeLessThan(
      paths.indexOf("/zones/{zone_id}/rate_limits"),
    );
    expect(results.find((card) => card.path.endsWith("rate_limits"))?.deprecated).toBe(true);
  });

  it("does not let ordinary words that stem onto a product name pull that product up", () => {
    expect(top("streaming live logs of my worker")).toEqual([
      "POST /accounts/{account_id}/workers/scripts/{script_name}/tails",
    ]);
    expect(top("list calls apps")).toEqual(["GET /accounts/{account_id}/calls/apps"]);
  });

  it("counts Radar only when the request is about the internet at large", () => {
    expect(top("dns queries of my zone")).toEqual(["GET /zones/{zone_id}/dns_analytics/report"]);
    expect(top("top locations by dns queries across the internet")).toEqual([
      "GET /radar/dns/top/locations",
    ]);
  });

  it("tolerates a typo in a word no endpoint uses", () => {
    expect(top("list kv namspaces")).toEqual(["GET /accounts/{account_id}/storage/kv/namespaces"]);
  });

  it("states on each card what a call needs", () => {
    const byPath = (path: string, method: string) =>
      findOperations(index, path, { limit: 50 }).find((card) => card.method === method);
    expect(byPath("/accounts/{account_id}/members", "POST")?.needs).toBe("body: email, roles");
    expect(byPath("/zones/{zone_id}/settings/{setting_id}", "PATCH")?.needs).toBe(
      "path: zone_id, setting_id; body: id, value",
    );
    expect(byPath("/accounts/{account_id}/calls/apps", "GET")?.needs).toBe("nothing");
  });
});

describe("the docs-to-API bridge", () => {
  const docs = [
    {
      method: "PATCH",
      path: "/zones/$ZONE_ID/settings/brotli",
      url: "https://docs.example.test/speed/compression/",
      title: "Content compression",
      text: "Shrink responses for faster page loads",
    },
  ];
  const bridged = buildSearchIndex(processSpec(spec()), { docs });

  it("ties the words of a docs page to the operation it calls and links the page on the card", () => {
    const [card] = findOperations(bridged, "shrink responses for faster page loads", { limit: 1 });
    expect(`${card?.method} ${card?.path}`).toBe("PATCH /zones/{zone_id}/settings/{setting_id}");
    expect(card?.docs).toBe("https://docs.example.test/speed/compression/");
  });
});
