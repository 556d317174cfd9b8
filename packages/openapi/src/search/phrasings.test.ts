// Endpoint search with the vocabulary's operation phrasings: requests that share no word with a
// summary, questions about what exists, and ordinary words that look like a product's name.
import { describe, expect, it } from "vitest";
import { processSpec } from "../process.ts";
import { buildSearchIndex } from "./build.ts";
import { fieldTerms } from "./fields.ts";
import { findOperations } from "./find.ts";
import { whatExists } from "./intent.ts";

const ok = { "200": { description: "OK." } };
const zone = { name: "zone_id", in: "path", required: true, schema: { type: "string" } };
const account = { name: "account_id", in: "path", required: true, schema: { type: "string" } };
const id = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });

function spec(): Record<string, unknown> {
  return {
    openapi: "3.0.3",
    info: { title: "Phrasings", version: "1" },
    paths: {
      "/zones/{zone_id}/purge_cache": {
        parameters: [zone],
        post: { operationId: "purge", summary: "Purge Cached Content", responses: ok },
      },
      "/zones/{zone_id}/dns_records": {
        parameters: [zone],
        get: { operationId: "dns-list", summary: "List DNS Records", responses: ok },
        post: { operationId: "dns-create", summary: "Create DNS Record", responses: ok },
      },
      "/zones/{zone_id}/dns_records/{dns_record_id}": {
        parameters: [zone, id("dns_record_id")],
        get: { operationId: "dns-get", summary: "DNS Record Details", responses: ok },
      },
      "/accounts/{account_id}/queues": {
        parameters: [account],
        get: { operationId: "queues-list", summary: "List Queues", responses: ok },
        post: { operationId: "queues-create", summary: "Create Queue", responses: ok },
      },
      "/accounts/{account_id}/queues/{queue_id}": {
        parameters: [account, id("queue_id")],
        get: { operationId: "queues-get", summary: "Queue Details", responses: ok },
      },
      "/zones/{zone_id}/waiting_rooms": {
        parameters: [zone],
        post: { operationId: "rooms-create", summary: "Create waiting room", responses: ok },
      },
      "/zones/{zone_id}/waiting_rooms/{waiting_room_id}/status": {
        parameters: [zone, id("waiting_room_id")],
        get: { operationId: "rooms-status", summary: "Get waiting room status", responses: ok },
      },
      "/zones": {
        get: { operationId: "zones-list", summary: "List Zones", responses: ok },
      },
      "/zones/{zone_id}": {
        parameters: [zone],
        get: { operationId: "zones-get", summary: "Zone Details", responses: ok },
      },
      "/zones/{zone_id}/subscription": {
        parameters: [zone],
        get: { operationId: "zone-plan", summary: "Zone Subscription Details", responses: ok },
      },
      "/accounts/{account_id}/members": {
        parameters: [account],
        get: { operationId: "members-list", summary: "List Members", responses: ok },
      },
      "/accounts/{account_id}/images/v1/keys": {
        parameters: [account],
        get: { operationId: "image-keys", summary: "List Signing Keys", responses: ok },
      },
      "/accounts/{account_id}/audit_logs": {
        parameters: [account],
        get: { operationId: "audit-logs", summary: "Get account audit logs", responses: ok },
      },
      "/accounts/{account_id}/alerting/v3/policies": {
        parameters: [account],
        post: {
          operationId: "alerting-create",
          summary: "Create a Notification policy",
          responses: ok,
        },
      },
      "/zones/{zone_id}/custom_pages/{identifier}": {
        parameters: [zone, id("identifier")],
        put: { operationId: "custom-page", summary: "Update a custom page", responses: ok },
      },
      "/accounts/{account_id}/pages/projects": {
        parameters: [account],
        get: { operationId: "pages-projects", summary: "Get projects", responses: ok },
      },
      "/user": {
        get: { operationId: "user", summary: "User Details", responses: ok },
      },
      "/accounts/{account_id}/email/routing/addresses": {
        parameters: [account],
        get: {
          operationId: "email-addresses",
          summary: "List destination addresses",
          tags: ["Email Routing destination addresses"],
          responses: ok,
        },
      },
    },
  };
}

const processed = processSpec(spec());
const index = buildSearchIndex(processed);
const top = (query: string, limit = 1) =>
  findOperations(index, query, { limit }).map((card) => `${card.method} ${card.path}`);

describe("operation phrasings", () => {
  it("are searched with the operation they belong to", () => {
    const purge = processed.operations.find((operation) => operation.path.endsWith("purge_cache"));
    expect(fieldTerms(purge!).phrasings).toContain("visitor");
    expect(top("my visitors still see old content")).toEqual(["POST /zones/{zone_id}/purge_cache"]);
  });

  it("answer a question about what exists with the collection's list", () => {
    expect(top("which dns records do I have on example.com")).toEqual([
      "GET /zones/{zone_id}/dns_records",
    ]);
    expect(top("what queues are set up")).toEqual(["GET /accounts/{account_id}/queues"]);
    expect(top("are there any queues")).toEqual(["GET /accounts/{account_id}/queues"]);
    // A GET that returns many things, not one that reads a zone's plan.
    expect(top("what zones do I have")).toEqual(["GET /zones"]);
  });

  it("do not let an ordinary word that looks like a product's name pull the product up", () => {
    expect(top("visitors are queuing on my checkout page")).not.toEqual([
      "GET /accounts/{account_id}/queues",
    ]);
    expect(top("what email is on my cloudflare profile")).toEqual(["GET /user"]);
  });

  it("do not let the words of an idiom count on their own", () => {
    // "sign" of "sign in" is not the "signing" of signing keys.
    expect(top("who else can sign in to our account")).toEqual([
      "GET /accounts/{account_id}/members",
    ]);
  });

  it("send a request to be told about something to notifications", () => {
    expect(top("email me when a queue is created")).toEqual([
      "POST /accounts/{account_id}/alerting/v3/policies",
    ]);
  });

  it("weigh an ordinary word that collides with a product's name down on that product only", () => {
    // "page" stems onto Pages; it must still find custom error pages.
    expect(top("use my own page for 500 errors")).toEqual([
      "PUT /zones/{zone_id}/custom_pages/{identifier}",
    ]);
  });

  it("send questions about who did something to the audit log", () => {
    expect(top("who deleted the dns record for www")).toEqual([
      "GET /accounts/{account_id}/audit_logs",
    ]);
  });
});

describe("questions about what exists", () => {
  it.each([
    "which workers do I have",
    "what zones have we got",
    "what tunnels are set up",
    "do we have any kv namespaces",
    "how many databases do I have",
    "which buckets exist",
  ])("reads %s as one", (query) => {
    expect(whatExists(query)).toBeDefined();
  });

  it("leaves the question's frame out of the words searched", () => {
    expect(whatExists("Which tunnels are set up?")).toBe("tunnels ?");
    expect(whatExists("what workers do I have on example.com")).toBe("workers on example.com");
  });

  it.each([
    "what permissions does my token have",
    "which record points www to my server",
    "what is my account id",
  ])("does not read %s as one", (query) => {
    expect(whatExists(query)).toBeUndefined();
  });
});
