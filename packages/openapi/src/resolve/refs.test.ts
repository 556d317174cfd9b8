// $ref resolution: shared refs expanded each time, true cycles marked, refs through every keyword.
import { describe, expect, it } from "vitest";
import { processSpec } from "../process.ts";
import { specWithBody } from "../test-fixtures/builders.ts";
import { miniCloudflareSpec } from "../test-fixtures/mini-cloudflare.ts";

function bodySchema(spec: Record<string, unknown>) {
  const processed = processSpec(spec, { errata: [] });
  return processed.paths["/things"]?.post?.requestBody?.content["application/json"]?.schema;
}

const address = { type: "object", properties: { city: { type: "string" } } };

describe("$ref resolution", () => {
  it("expands a schema used twice in one operation twice, without a cycle marker", () => {
    const schema = bodySchema(
      specWithBody(
        {
          type: "object",
          properties: {
            home: { $ref: "#/components/schemas/address" },
            work: { $ref: "#/components/schemas/address" },
          },
        },
        { address },
      ),
    );
    expect(schema).toEqual({
      type: "object",
      properties: { home: address, work: address },
    });
  });

  it("marks only a true cycle, at the point where the schema recurs", () => {
    const schema = bodySchema(
      specWithBody(
        { $ref: "#/components/schemas/rule" },
        {
          rule: {
            type: "object",
            properties: {
              name: { type: "string" },
              children: { type: "array", items: { $ref: "#/components/schemas/rule" } },
            },
          },
        },
      ),
    );
    expect(schema).toEqual({
      type: "object",
      properties: {
        name: { type: "string" },
        children: { type: "array", items: { $circular: "#/components/schemas/rule" } },
      },
    });
  });

  it("marks a cycle that runs through several schemas", () => {
    const schema = bodySchema(
      specWithBody(
        { $ref: "#/components/schemas/a" },
        {
          a: { type: "object", properties: { b: { $ref: "#/components/schemas/b" } } },
          b: { type: "object", properties: { a: { $ref: "#/components/schemas/a" } } },
        },
      ),
    );
    expect(schema).toEqual({
      type: "object",
      properties: {
        b: { type: "object", properties: { a: { $circular: "#/components/schemas/a" } } },
      },
    });
  });

  it("resolves refs nested in allOf, oneOf, anyOf, items, additionalProperties and not", () => {
    const leaf = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const schema = bodySchema(
      specWithBody(
        {
          allOf: [leaf("s1")],
          oneOf: [leaf("s2")],
          anyOf: [leaf("s3")],
          properties: {
            list: { type: "array", items: leaf("s4") },
            map: { type: "object", additionalProperties: leaf("s5") },
            other: { not: leaf("s6") },
          },
        },
        Object.fromEntries(
          ["s1", "s2", "s3", "s4", "s5", "s6"].map((name) => [
            name,
            { type: "string", title: name },
          ]),
        ),
      ),
    );
    expect(JSON.stringify(schema)).not.toContain("$ref");
    expect(schema).toMatchObject({
      allOf: [{ title: "s1" }],
      oneOf: [{ title: "s2" }],
      anyOf: [{ title: "s3" }],
      properties: {
        list: { items: { title: "s4" } },
        map: { additionalProperties: { title: "s5" } },
        other: { not: { title: "s6" } },
      },
    });
  });

  it("follows a chain of aliases and escaped pointer tokens", () => {
    const schema = bodySchema(
      specWithBody(
        { $ref: "#/components/schemas/alias" },
        {
          alias: { $ref: "#/components/schemas/a~1b" },
          "a/b": { type: "integer" },
        },
      ),
    );
    expect(schema).toEqual({ type: "integer" });
  });

  it("lets keywords beside a $ref override the target (OpenAPI 3.1)", () => {
    const schema = bodySchema(
      specWithBody(
        { $ref: "#/components/schemas/name", description: "The store name." },
        { name: { type: "string", description: "A name." } },
        "3.1.0",
      ),
    );
    expect(schema).toEqual({ type: "string", description: "The store name." });
  });

  it("leaves an unresolved marker for external or dangling refs", () => {
    const schema = bodySchema(
      specWithBody({
        properties: {
          remote: { $ref: "https://example.com/schema.json" },
          missing: { $ref: "#/components/schemas/nope" },
        },
      }),
    );
    expect(schema).toEqual({
      properties: {
        remote: { $unresolved: "https://example.com/schema.json" },
        missing: { $unresolved: "#/components/schemas/nope" },
      },
    });
  });

  it("resolves refs to components parameters, requestBodies and responses", () => {
    const spec = processSpec(miniCloudflareSpec());
    const create = spec.paths["/zones/{zone_id}/dns_records"]?.post;
    expect(create?.parameters).toEqual([
      { name: "zone_id", in: "path", required: true, schema: { type: "string", maxLength: 32 } },
    ]);
    expect(create?.requestBody?.required).toBe(true);
    expect(create?.requestBody?.content["application/json"]?.schema).toMatchObject({
      type: "object",
      required: ["type", "name"],
      properties: { type: { enum: ["A", "AAAA", "CNAME", "TXT"] } },
    });
    expect(create?.responses["200"]).toMatchObject({
      description: "One DNS record.",
      content: {
        "application/json": {
          schema: { allOf: [{}, { properties: { result: { type: "object" } } }] },
        },
      },
    });
    expect(JSON.stringify(spec)).not.toContain("$ref");
  });

  it("merges path-level parameters, letting the operation's replace a same-named one", () => {
    const spec = processSpec({
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/things/{id}": {
          parameters: [
            { in: "path", name: "id", schema: { type: "string" } },
            {
              in: "query",
              name: "verbose",
              description: "Path level.",
              schema: { type: "boolean" },
            },
          ],
          get: {
            parameters: [
              {
                in: "query",
                name: "verbose",
                description: "Operation level.",
                schema: { type: "boolean" },
              },
            ],
            responses: {},
          },
        },
      },
    });
    expect(spec.operations[0]?.parameters).toEqual([
      { name: "id", in: "path", required: true, schema: { type: "string" } },
      {
        name: "verbose",
        in: "query",
        required: false,
        description: "Operation level.",
        schema: { type: "boolean" },
      },
    ]);
  });
});
