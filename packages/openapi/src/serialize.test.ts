// Storage form: operations written once, paths rebuilt on load, other formats refused.
import { describe, expect, it } from "vitest";
import { isOpenApiSpecError } from "./errors.ts";
import { processSpec } from "./process.ts";
import { PROCESSED_SPEC_FORMAT, parseProcessedSpec, serializeProcessedSpec } from "./serialize.ts";
import { miniCloudflareSpec } from "./test-fixtures/mini-cloudflare.ts";

describe("serializeProcessedSpec / parseProcessedSpec", () => {
  const spec = processSpec(miniCloudflareSpec(), { now: () => new Date(0) });

  it("round-trips to an equal spec whose paths and operations share objects", () => {
    const text = serializeProcessedSpec(spec);
    const loaded = parseProcessedSpec(text);
    expect(loaded).toEqual(spec);
    const first = loaded.operations[0]!;
    expect(loaded.paths[first.path]?.get).toBe(first);
  });

  it("writes each operation once", () => {
    const text = serializeProcessedSpec(spec);
    expect(text.split('"operationId":"dns-records-create"')).toHaveLength(2);
    expect(JSON.parse(text)).toMatchObject({ format: PROCESSED_SPEC_FORMAT });
    expect(text.length).toBeLessThan(JSON.stringify(spec).length);
  });

  it("refuses text that is not JSON or not this format", () => {
    for (const input of [
      "{",
      JSON.stringify({ format: 999, operations: [] }),
      JSON.stringify(spec),
    ]) {
      let caught: unknown;
      try {
        parseProcessedSpec(input);
      } catch (error) {
        caught = error;
      }
      expect(isOpenApiSpecError(caught, "invalid_processed_spec")).toBe(true);
    }
  });
});
