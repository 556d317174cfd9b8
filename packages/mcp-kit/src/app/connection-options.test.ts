// Connection options from the server URL: read-only fails closed, switches are strict, unknown
// options are errors.
import { describe, expect, it } from "vitest";
import {
  type ConnectionOptionsSchema,
  canonicalOptionName,
  parseConnectionOptions,
  READ_ONLY_OPTION,
} from "./connection-options";

const SCHEMA = {
  readonly: READ_ONLY_OPTION,
  codemode: { kind: "switch", default: true, description: "search and execute replace the tools" },
} as const satisfies ConnectionOptionsSchema;

const parse = (query: string) => parseConnectionOptions(`http://x.test/mcp${query}`, SCHEMA);
const readOnly = (query: string) => {
  const result = parse(query);
  if (!result.ok) throw new Error(result.message);
  return result.options.readonly;
};

describe("parseConnectionOptions", () => {
  it("defaults: writable, switch at its default", () => {
    expect(parse("")).toEqual({ ok: true, options: { readonly: false, codemode: true } });
  });

  describe("turns read-only on for every spelling that is not a clear false", () => {
    it.each([
      "?readonly=true",
      "?readOnly=true",
      "?read_only=true",
      "?read-only=true",
      "?READONLY=TRUE",
      "?readonly",
      "?readonly=",
      "?readonly=y",
      "?readonly=1",
      "?readonly=on",
      "?readonly=yes",
      "?readonly=enabled",
      "?readonly=%20true%20",
      "?readonly=false&readonly=true",
      "?readonly=true&readonly=false",
      "?readOnly=false&read_only=1",
    ])("%s", (query) => {
      expect(readOnly(query)).toBe(true);
    });
  });

  describe("keeps the connection writable only for a clear false", () => {
    it.each([
      "?readonly=false",
      "?readOnly=FALSE",
      "?read_only=0",
      "?readonly=no",
      "?readonly=off",
      "?readonly=false&readOnly=0",
    ])("%s", (query) => {
      expect(readOnly(query)).toBe(false);
    });
  });

  it("reads a switch's clear values", () => {
    expect(parse("?codemode=false")).toMatchObject({ ok: true, options: { codemode: false } });
    expect(parse("?codeMode=0")).toMatchObject({ ok: true, options: { codemode: false } });
    expect(parse("?code_mode=true")).toMatchObject({ ok: true, options: { codemode: true } });
    expect(parse("?codemode")).toMatchObject({ ok: true, options: { codemode: true } });
  });

  it("refuses a switch with an unclear or contradictory value", () => {
    const unclear = parse("?codemode=maybe");
    expect(unclear.ok).toBe(false);
    if (!unclear.ok) expect(unclear.message).toMatch(/"codemode" must be true or false/);
    expect(parse("?codemode=false&codemode=true").ok).toBe(false);
  });

  it("refuses an unknown option and names the ones it accepts", () => {
    const result = parse("?readonyl=true");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/Unknown connection option "readonyl"/);
      expect(result.message).toMatch(/readonly \(only read requests/);
      expect(result.message).toMatch(/codemode/);
    }
  });

  it("accepts a Request as well as a URL", () => {
    const result = parseConnectionOptions(new Request("http://x.test/mcp?read_only"), SCHEMA);
    expect(result).toMatchObject({ ok: true, options: { readonly: true } });
  });

  it("canonicalises names without case, underscores or dashes", () => {
    expect(canonicalOptionName("Read_Only")).toBe("readonly");
    expect(canonicalOptionName("read-only")).toBe("readonly");
  });
});
