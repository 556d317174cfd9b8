// OpenAPI 3.1/3.2 style types (`type: [X, "null"]`, const, prefixItems) survive processing.
import { describe, expect, it } from "vitest";
import { processSpec } from "./process.ts";
import { specWithBody, specWithResponse } from "./test-fixtures/builders.ts";

describe("3.1-style schemas", () => {
  it("keeps type arrays with null, through refs and nesting", () => {
    const spec = processSpec(
      specWithResponse(
        {
          type: "object",
          properties: {
            comment: { type: ["string", "null"], description: "A comment." },
            ttl: { $ref: "#/components/schemas/ttl" },
            tags: { type: ["array", "null"], items: { type: "string" } },
          },
        },
        { ttl: { type: ["integer", "null"], minimum: 60 } },
      ),
    );
    expect(spec.operations[0]?.responses["200"]?.content?.["application/json"]?.schema).toEqual({
      type: "object",
      properties: {
        comment: { type: ["string", "null"], description: "A comment." },
        ttl: { type: ["integer", "null"], minimum: 60 },
        tags: { type: ["array", "null"], items: { type: "string" } },
      },
    });
  });

  it("keeps 3.0 nullable, const and prefixItems", () => {
    const spec = processSpec(
      specWithBody({
        type: "object",
        properties: {
          old: { type: "string", nullable: true },
          kind: { const: "store" },
          pair: { type: "array", prefixItems: [{ type: "string" }, { type: "number" }] },
        },
      }),
    );
    expect(spec.operations[0]?.requestBody?.content["application/json"]?.schema).toEqual({
      type: "object",
      properties: {
        old: { type: "string", nullable: true },
        kind: { const: "store" },
        pair: { type: "array", prefixItems: [{ type: "string" }, { type: "number" }] },
      },
    });
  });

  it("accepts OpenAPI 3.2 documents and boolean schemas", () => {
    const raw = specWithBody({ type: "object", additionalProperties: false }, {}, "3.2.0");
    const spec = processSpec(raw);
    expect(spec.operations[0]?.requestBody?.content["application/json"]?.schema).toEqual({
      type: "object",
      additionalProperties: false,
    });
  });
});
