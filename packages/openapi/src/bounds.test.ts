// Size bounds: truncated descriptions, depth and node caps, collapsed enums, dropped keywords.
import { describe, expect, it } from "vitest";
import { truncateText } from "./limits.ts";
import { processSpec } from "./process.ts";
import { specWithBody, specWithResponse } from "./test-fixtures/builders.ts";
import { miniCloudflareSpec } from "./test-fixtures/mini-cloudflare.ts";
import type { JsonObject } from "./types.ts";

function nest(levels: number): JsonObject {
  let schema: JsonObject = { type: "string" };
  for (let level = 0; level < levels; level++) {
    schema = { type: "object", properties: { child: schema } };
  }
  return schema;
}

function depthOf(schema: unknown): number {
  const child = (schema as JsonObject | undefined)?.properties as JsonObject | undefined;
  return child?.child === undefined ? 0 : 1 + depthOf(child.child);
}

describe("truncateText", () => {
  it("keeps short text and trims it", () => {
    expect(truncateText("  Lists stores.  ", 50)).toBe("Lists stores.");
  });

  it("cuts long text at a word boundary and marks the cut", () => {
    const cut = truncateText("one two three four five six seven eight nine ten", 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut).toBe("one two three four…");
  });
});

describe("processing bounds", () => {
  it("truncates long operation and field descriptions to their limits", () => {
    const long = "word ".repeat(500);
    const spec = processSpec(
      {
        openapi: "3.0.3",
        info: { title: "T", version: "1" },
        paths: {
          "/things": {
            get: {
              description: long,
              parameters: [
                {
                  in: "query",
                  name: "q",
                  description: long,
                  schema: { type: "string", description: long },
                },
              ],
              responses: {},
            },
          },
        },
      },
      { limits: { operationDescription: 100, fieldDescription: 40 } },
    );
    const operation = spec.operations[0]!;
    expect(operation.description?.length).toBeLessThanOrEqual(100);
    expect(operation.description?.endsWith("…")).toBe(true);
    expect(operation.parameters[0]?.description?.length).toBeLessThanOrEqual(40);
    const parameter = operation.parameters[0]!;
    expect((parameter.schema as JsonObject).description).toMatch(/…$/);
  });

  it("cuts schemas below the depth cap with a marker that keeps the type", () => {
    const spec = processSpec(specWithBody(nest(12)), {
      limits: { requestSchema: { depth: 3, nodes: 1000 } },
    });
    const schema = spec.operations[0]?.requestBody?.content["application/json"]?.schema;
    expect(depthOf(schema)).toBe(4);
    expect(JSON.stringify(schema)).toContain('{"$truncated":"depth","type":"object"}');
  });

  it("cuts a schema over its node budget at one shallower depth for every branch", () => {
    const wide: JsonObject = { type: "object", properties: {} };
    for (let i = 0; i < 30; i++) {
      (wide.properties as JsonObject)[`p${i}`] = nest(3);
    }
    const spec = processSpec(specWithBody(wide), {
      limits: { requestSchema: { depth: 8, nodes: 100 } },
    });
    const schema = spec.operations[0]?.requestBody?.content["application/json"]
      ?.schema as JsonObject;
    const branches = Object.values(schema.properties as JsonObject).map(depthOf);
    expect(new Set(branches).size).toBe(1);
    expect(branches[0]).toBeLessThan(3);
    expect(JSON.stringify(schema)).toContain('"$truncated":"depth"');
  });

  it("replaces a schema too wide to show even at depth 0 with a size marker", () => {
    const members = Array.from({ length: 50 }, (_, i) => ({ type: "object", title: `m${i}` }));
    const spec = processSpec(
      specWithBody({ type: "object", description: "Wide.", oneOf: members }),
      {
        limits: { requestSchema: { depth: 4, nodes: 10 } },
      },
    );
    expect(spec.operations[0]?.requestBody?.content["application/json"]?.schema).toEqual({
      $truncated: "size",
      type: "object",
      description: "Wide.",
    });
  });

  it("collapses a huge enum to its first values and the total count", () => {
    const values = Array.from({ length: 300 }, (_, i) => `v${i}`);
    const spec = processSpec(specWithBody({ type: "string", enum: values }), {
      limits: { enumValues: 5 },
    });
    expect(spec.operations[0]?.requestBody?.content["application/json"]?.schema).toEqual({
      type: "string",
      enum: ["v0", "v1", "v2", "v3", "v4"],
      $enumTotal: 300,
    });
  });

  it("drops examples, vendor extensions and long defaults but keeps validation keywords", () => {
    const spec = processSpec(
      specWithBody({
        type: "string",
        format: "uri",
        pattern: "^https://",
        maxLength: 100,
        example: "https://example.com",
        examples: ["https://a.example"],
        "x-stainless-terraform": { skip: true },
        externalDocs: { url: "https://example.com/docs" },
        default: "x".repeat(500),
      }),
    );
    expect(spec.operations[0]?.requestBody?.content["application/json"]?.schema).toEqual({
      type: "string",
      format: "uri",
      pattern: "^https://",
      maxLength: 100,
    });
  });

  it("leaves readOnly properties out of request bodies and writeOnly ones out of responses", () => {
    const resource = {
      type: "object",
      required: ["id", "name", "secret"],
      properties: {
        id: { type: "string", readOnly: true },
        name: { type: "string" },
        secret: { type: "string", writeOnly: true },
      },
    };
    const request = processSpec(specWithBody(resource)).operations[0]?.requestBody?.content[
      "application/json"
    ]?.schema;
    const response = processSpec(specWithResponse(resource)).operations[0]?.responses["200"]
      ?.content?.["application/json"]?.schema;
    expect(request).toEqual({
      type: "object",
      required: ["name", "secret"],
      properties: { name: { type: "string" }, secret: { type: "string", writeOnly: true } },
    });
    expect(response).toEqual({
      type: "object",
      required: ["id", "name"],
      properties: { id: { type: "string", readOnly: true }, name: { type: "string" } },
    });
  });

  it("keeps only descriptions of error responses and trims the v4 envelope's messages", () => {
    const list = processSpec(miniCloudflareSpec()).paths["/zones/{zone_id}/dns_records"]?.get;
    expect(list?.responses["4XX"]).toEqual({ description: "Failure." });
    const schema = list!.responses["200"]!.content!["application/json"]!.schema as JsonObject;
    const envelope = schema.allOf as JsonObject[];
    expect(envelope[0]).toEqual({
      type: "object",
      required: ["success"],
      properties: { success: { type: "boolean" } },
    });
    expect(envelope[1]).toMatchObject({ properties: { result: { type: "array" } } });
  });
});
