// Errata: corrections applied to the operations they name, only when the spec is still wrong.
import { describe, expect, it } from "vitest";
import { applyErrata, ERRATA, type Erratum } from "./errata.ts";
import { processSpec } from "./process.ts";
import { miniCloudflareSpec } from "./test-fixtures/mini-cloudflare.ts";
import type { Operation } from "./types.ts";

const STORES = "/accounts/{account_id}/secrets_store/stores";

describe("errata", () => {
  it("documents every entry with a correction and a source", () => {
    for (const erratum of ERRATA) {
      expect(erratum.id).toMatch(/^[a-z0-9-]+$/);
      expect(erratum.correction.length).toBeGreaterThan(20);
      expect(erratum.source.length).toBeGreaterThan(20);
      expect(erratum.path.startsWith("/")).toBe(true);
    }
    expect(new Set(ERRATA.map((erratum) => erratum.id)).size).toBe(ERRATA.length);
  });

  it("turns the Secrets Store create-store body from an array into one { name } object", () => {
    const create = processSpec(miniCloudflareSpec()).paths[STORES]?.post;
    expect(create?.requestBody?.content["application/json"]?.schema).toEqual({
      type: "object",
      required: ["name"],
      properties: { name: { type: "string" } },
    });
    expect(create?.errata).toEqual(["secrets-store-create-store-single-object"]);
  });

  it("leaves the spec as published when errata are turned off", () => {
    const create = processSpec(miniCloudflareSpec(), { errata: [] }).paths[STORES]?.post;
    expect(create?.requestBody?.content["application/json"]?.schema).toMatchObject({
      type: "array",
    });
    expect(create?.errata).toBeUndefined();
  });

  it("does nothing when the spec already describes a single object", () => {
    const raw = miniCloudflareSpec() as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    raw.paths[STORES]!.post!.requestBody = {
      content: {
        "application/json": {
          schema: { type: "object", properties: { name: { type: "string" } } },
        },
      },
    };
    const create = processSpec(raw).paths[STORES]?.post;
    expect(create?.errata).toBeUndefined();
    expect(create?.requestBody?.content["application/json"]?.schema).toMatchObject({
      type: "object",
    });
  });

  it("does nothing when the spec lacks the operation", () => {
    const raw = miniCloudflareSpec() as { paths: Record<string, unknown> };
    delete raw.paths[STORES];
    const spec = processSpec(raw);
    expect(spec.paths[STORES]).toBeUndefined();
    expect(spec.operations.some((operation) => operation.errata)).toBe(false);
  });

  it("applies only to the same method and path, and never mutates its input", () => {
    const erratum: Erratum = {
      id: "test-summary",
      method: "GET",
      path: "/things",
      correction: "The summary is wrong in this test spec.",
      source: "Written for this test, nothing else.",
      apply: (operation) => ({ ...operation, summary: "Corrected" }),
    };
    const base: Operation = {
      method: "GET",
      path: "/things",
      tags: [],
      product: "things",
      parameters: [],
      responses: {},
      summary: "Wrong",
    };
    const frozen = Object.freeze({ ...base });
    expect(applyErrata(frozen, [erratum])).toMatchObject({
      summary: "Corrected",
      errata: ["test-summary"],
    });
    expect(frozen.summary).toBe("Wrong");
    const post = { ...base, method: "POST" as const };
    expect(applyErrata(post, [erratum])).toBe(post);
  });
});
