// processSpec: output shape, Cloudflare extensions, and refusal of documents it cannot read.
import { describe, expect, it } from "vitest";
import { isOpenApiSpecError } from "./errors.ts";
import { processSpec } from "./process.ts";
import { miniCloudflareSpec } from "./test-fixtures/mini-cloudflare.ts";

const fixedClock = () => new Date("2026-08-01T12:00:00Z");

describe("processSpec", () => {
  const spec = processSpec(miniCloudflareSpec(), { source: "fixture.json", now: fixedClock });

  it("records where the spec came from and when it was processed", () => {
    expect(spec.info).toEqual({
      title: "Mini Cloudflare",
      version: "4.0.0",
      source: "fixture.json",
      processedAt: "2026-08-01T12:00:00.000Z",
    });
  });

  it("lists every operation once, in document order, shared with the paths view", () => {
    expect(spec.operations).toHaveLength(14);
    expect(spec.operations.slice(0, 3).map((op) => `${op.method} ${op.path}`)).toEqual([
      "GET /zones",
      "POST /zones",
      "GET /zones/{zone_id}/dns_records",
    ]);
    for (const operation of spec.operations) {
      const method = operation.method.toLowerCase() as "get";
      expect(spec.paths[operation.path]?.[method]).toBe(operation);
    }
  });

  it("lists distinct products in order", () => {
    expect(spec.products).toEqual([
      "dns_records",
      "kv",
      "secrets_store",
      "tokens",
      "workers",
      "zones",
    ]);
  });

  it("keeps what an agent needs and drops the rest", () => {
    const create = spec.paths["/zones/{zone_id}/dns_records"]?.post;
    expect(create).toMatchObject({
      method: "POST",
      path: "/zones/{zone_id}/dns_records",
      operationId: "dns-records-create",
      summary: "Create DNS Record",
      description: "Creates a new DNS record for a zone.",
      tags: ["DNS Records for a Zone"],
      product: "dns_records",
      permissions: ["#dns_records:edit"],
    });
    expect(Object.keys(create ?? {})).not.toContain("x-stainless-method");
    expect(JSON.stringify(spec)).not.toMatch(/"x-|"example"|023e105f/);
  });

  it("reads permissions from x-cfPermissionsRequired and x-api-token-group", () => {
    expect(spec.paths["/accounts/{account_id}/secrets_store/stores"]?.get?.permissions).toEqual([
      "Secrets Store Read",
      "Secrets Store Write",
    ]);
    expect(spec.paths["/zones"]?.get?.permissions).toBeUndefined();
  });

  it("carries the deprecated flag and Cloudflare's deprecation notice", () => {
    expect(spec.paths["/accounts/{account_id}/workers/legacy_scripts"]?.get).toMatchObject({
      deprecated: true,
      deprecation: {
        id: "legacy_scripts",
        description: "Use /workers/scripts.",
        eol: "2024-01-01",
      },
    });
  });

  it("survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it("refuses a document without paths and Swagger 2.0", () => {
    expect(() => processSpec({ hello: "world" })).toThrow(/not an OpenAPI spec/);
    try {
      processSpec({ swagger: "2.0", paths: {} });
      expect.unreachable();
    } catch (error) {
      expect(isOpenApiSpecError(error, "unsupported_version")).toBe(true);
    }
  });
});
