import { describe, expect, it } from "vitest";
import { SandboxCodeError } from "./errors.ts";
import { instrumentCode } from "./instrument.ts";

const G = "__g";
const guarded = (code: string) => instrumentCode(code, G).expression;
/** workerd forbids eval in tests, so these tests check the text; test/sandbox.test.ts runs it. */
const count = (text: string) => text.split(`${G}(`).length - 1;

describe("instrumentCode", () => {
  it("guards every loop body and function body", () => {
    const out = guarded(
      "async () => { for (let i = 0; i < 3; i++) {} while (x) y(); do {} while (z); for (const a of b) {} for (const k in o) {} function f() {} const g = () => 1; }",
    );
    // 5 loops + the outer arrow + f + g
    expect(count(out)).toBe(8);
  });

  it("keeps an arrow returning an object literal an object literal", () => {
    expect(guarded("() => ({ a: 1 })")).toBe("(() => ((__g(),{ a: 1 }))\n)");
  });

  it("wraps brace-less loop bodies and closes nested ones in order", () => {
    expect(guarded("() => { for (;;) for (;;) x++; }")).toBe(
      "(() => {__g(); for (;;) {__g();for (;;) {__g();x++;}} }\n)",
    );
  });

  it("closes a brace-less body before opening the next statement's", () => {
    expect(guarded("() => { while (a) b();while (c) d(); }")).toBe(
      "(() => {__g(); while (a) {__g();b();}while (c) {__g();d();} }\n)",
    );
  });

  it("drops a trailing comment instead of letting it swallow the wrapper", () => {
    expect(guarded("async () => 1 // done")).toBe("(async () => (__g(),1)\n)");
  });

  it("reads a bare body as the body of an async arrow function", () => {
    const result = instrumentCode("const a = await x();\nreturn a;", G);
    expect(result.form).toBe("body");
    expect(result.expression.startsWith("(async () => {__g();")).toBe(true);
  });

  it("rejects empty, oversized, reserved and invalid code", () => {
    expect(() => instrumentCode("  ", G)).toThrow(SandboxCodeError);
    expect(() => instrumentCode("x".repeat(100_001), G)).toThrow(/limit/);
    expect(() => instrumentCode("() => __g", G)).toThrow(/reserved/);
    expect(() => instrumentCode("async () => {", G)).toThrow(/not valid JavaScript/);
  });

  it("does not let code close the wrapper early", () => {
    expect(() => instrumentCode("1)}; export default {}; ({", G)).toThrow(SandboxCodeError);
  });
});
