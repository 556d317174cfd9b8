// Scope: parseEnvelope — reading real v4 envelope shapes into camelCased values.
import { describe, expect, it } from "vitest";
import { parseEnvelope } from "./response";

describe("parseEnvelope", () => {
  it("reads result, messages and a page-based result_info", () => {
    const body = {
      success: true,
      errors: [],
      messages: [
        {
          code: 10001,
          message: "Results are cached",
          documentation_url: "https://developers.cloudflare.com/x",
        },
      ],
      result: [{ id: "a" }],
      result_info: { page: 2, per_page: 20, count: 1, total_count: 21, total_pages: 2 },
    };
    expect(parseEnvelope(JSON.stringify(body), 200)).toEqual({
      success: true,
      errors: [],
      messages: [
        {
          code: 10001,
          message: "Results are cached",
          documentationUrl: "https://developers.cloudflare.com/x",
        },
      ],
      result: [{ id: "a" }],
      resultInfo: {
        page: 2,
        perPage: 20,
        count: 1,
        totalCount: 21,
        totalPages: 2,
        raw: body.result_info,
      },
    });
  });

  it("reads cursor and cursors from result_info and keeps unknown fields in raw", () => {
    const kv = parseEnvelope(
      JSON.stringify({
        success: true,
        errors: [],
        messages: [],
        result: [],
        result_info: { count: 0, cursor: "" },
      }),
      200,
    );
    expect(kv?.resultInfo).toMatchObject({ count: 0, cursor: "" });
    const lists = parseEnvelope(
      JSON.stringify({
        success: true,
        errors: [],
        messages: [],
        result: [],
        result_info: { cursors: { before: "xxx", after: "yyy" }, max_cost: 0.5 },
      }),
      200,
    );
    expect(lists?.resultInfo?.cursors).toEqual({ before: "xxx", after: "yyy" });
    expect(lists?.resultInfo?.raw.max_cost).toBe(0.5);
  });

  it("reads error codes, documentation URLs, error chains and sources", () => {
    const envelope = parseEnvelope(
      JSON.stringify({
        success: false,
        errors: [
          {
            code: 1000,
            message: "Invalid rule",
            documentation_url: "https://developers.cloudflare.com/rules",
            source: { pointer: "/rules/0/expression" },
            error_chain: [{ code: 20021, message: "filter parse error" }],
          },
        ],
        messages: [],
        result: null,
      }),
      400,
    );
    expect(envelope?.success).toBe(false);
    expect(envelope?.errors).toEqual([
      {
        code: 1000,
        message: "Invalid rule",
        documentationUrl: "https://developers.cloudflare.com/rules",
        source: { pointer: "/rules/0/expression" },
        errorChain: [{ code: 20021, message: "filter parse error" }],
      },
    ]);
  });

  it("accepts string messages and errors without a code", () => {
    const envelope = parseEnvelope(
      JSON.stringify({
        success: false,
        errors: [{ message: "Not found" }],
        messages: ["note"],
        result: null,
      }),
      404,
    );
    expect(envelope?.errors).toEqual([{ code: 0, message: "Not found" }]);
    expect(envelope?.messages).toEqual([{ message: "note" }]);
  });

  it("derives success from the status and errors when success is missing", () => {
    expect(parseEnvelope(JSON.stringify({ result: { id: 1 }, errors: [] }), 200)?.success).toBe(
      true,
    );
    expect(
      parseEnvelope(JSON.stringify({ result: null, errors: [{ code: 7000, message: "x" }] }), 200)
        ?.success,
    ).toBe(false);
  });

  it("returns undefined for HTML, plain text and JSON that is not an envelope", () => {
    expect(parseEnvelope("<html><body>502 Bad Gateway</body></html>", 502)).toBeUndefined();
    expect(parseEnvelope("error code: 1015", 429)).toBeUndefined();
    expect(parseEnvelope(JSON.stringify({ data: [] }), 200)).toBeUndefined();
    expect(parseEnvelope(JSON.stringify([1, 2]), 200)).toBeUndefined();
  });
});
