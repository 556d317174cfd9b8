// Scope: echoRedactor, which hides secret values where they could be echoed (text, unknown
// fields) and leaves the API's metadata alone, for short, common-word and long values.
import { describe, expect, it } from "vitest";
import { echoRedactor, REDACTED } from "../src/echo-redaction";

const secretObject = (overrides: Record<string, unknown> = {}) => ({
  id: "3fd85f74b32742f1bff64a85009dda07",
  store_id: "5c7a9e1b3d5f47a9b1c3d5e7f9a1b3c5",
  name: "WORKERS_TOKEN",
  comment: "used by workers in production",
  scopes: ["workers", "ai_gateway"],
  status: "active",
  created: "2026-11-01T10:00:00.000000Z",
  modified: "2026-11-01T10:00:00.000000Z",
  ...overrides,
});

describe("echoRedactor", () => {
  it("keeps metadata whole when the value is a common word (scopes, name, comment)", () => {
    const redactor = echoRedactor(["workers"]);
    expect(redactor.data({ secret: secretObject() })).toEqual({ secret: secretObject() });
  });

  it("redacts a common-word value where it is quoted as a token, not inside other words", () => {
    const redactor = echoRedactor(["workers"]);
    expect(redactor.text("secret_value_invalid: workers")).toBe(
      `secret_value_invalid: ${REDACTED}`,
    );
    expect(redactor.text('{"value":"workers"}')).toBe(`{"value":"${REDACTED}"}`);
    expect(redactor.text("coworkers and workersite stay")).toBe("coworkers and workersite stay");
  });

  it("redacts a short value (under four characters) where it is echoed", () => {
    const redactor = echoRedactor(["x1"]);
    expect(redactor.text("rejected value x1 (too short)")).toBe(
      `rejected value ${REDACTED} (too short)`,
    );
    expect(redactor.text("box1 ax1b")).toBe("box1 ax1b");
    expect(redactor.data({ note: "x1", scopes: ["workers"] })).toEqual({
      note: REDACTED,
      scopes: ["workers"],
    });
  });

  it("redacts a long value anywhere, including inside longer tokens and encoded forms", () => {
    const value = "sk-live-0123456789abcdef";
    const redactor = echoRedactor([value]);
    expect(redactor.text(`Bearer${value}xyz`)).toBe(`Bearer${REDACTED}xyz`);
    expect(redactor.text(`token=${encodeURIComponent("a b")}`)).toBe("token=a%20b");
    const quoted = echoRedactor(['pa"ss\\word with spaces']);
    expect(quoted.text(JSON.stringify({ echo: 'pa"ss\\word with spaces' }))).toBe(
      `{"echo":"${REDACTED}"}`,
    );
    const encoded = echoRedactor(["a value/with?chars"]);
    expect(encoded.text(`url?v=${encodeURIComponent("a value/with?chars")}`)).toBe(
      `url?v=${REDACTED}`,
    );
  });

  it("drops value fields at any depth, with or without values to redact", () => {
    const echoed = { result: [{ ...secretObject(), value: "top-secret" }], value: "x" };
    expect(echoRedactor([]).data(echoed)).toEqual({ result: [secretObject()] });
    expect(echoRedactor(["top-secret"]).data(echoed)).toEqual({ result: [secretObject()] });
  });

  it("redacts unknown fields and nested text, leaves numbers and the input untouched", () => {
    const redactor = echoRedactor(["hunter2"]);
    const input = { detail: { message: "bad hunter2" }, count: 2 };
    expect(redactor.data(input)).toEqual({ detail: { message: `bad ${REDACTED}` }, count: 2 });
    expect(input.detail.message).toBe("bad hunter2");
  });

  it("handles values with regex characters and lone surrogates", () => {
    expect(echoRedactor(["a.b*c"]).text("x a.b*c y aXbbc")).toBe(`x ${REDACTED} y aXbbc`);
    const lone = "\ud800ab";
    expect(echoRedactor([lone]).text(`got ${lone} here`)).toBe(`got ${REDACTED} here`);
  });
});
