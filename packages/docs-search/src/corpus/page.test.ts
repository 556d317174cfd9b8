// Corpus lines: parsing valid pages and naming the line of a malformed one.
import { describe, expect, it } from "vitest";
import { CorpusFormatError, parseDocPage, parseDocPages } from "./page.ts";

const valid = {
  url: "https://docs.example.test/a/",
  title: "A",
  product: "kv",
  text: "Body",
  source_path: "a.md",
};

describe("parseDocPage", () => {
  it("reads the required fields and the optional ones when present", () => {
    const page = parseDocPage(JSON.stringify({ ...valid, description: "D", generated: true }), 1);
    expect(page).toEqual({ ...valid, description: "D", generated: true });
  });

  it("names the line and the field that is missing", () => {
    const { title: _title, ...noTitle } = valid;
    expect(() => parseDocPage(JSON.stringify(noTitle), 7)).toThrow(
      new CorpusFormatError(7, 'field "title" must be a string'),
    );
  });

  it("rejects lines that are not JSON objects", () => {
    expect(() => parseDocPage("{oops", 2)).toThrow(/line 2: not valid JSON/);
    expect(() => parseDocPage("[1]", 3)).toThrow(/line 3: expected a JSON object/);
  });
});

describe("parseDocPages", () => {
  it("skips blank lines and counts lines from 1", () => {
    const text = `${JSON.stringify(valid)}\n\n${JSON.stringify(valid)}\n`;
    expect(parseDocPages(text)).toHaveLength(2);
    expect(() => parseDocPages(`${JSON.stringify(valid)}\n\nnope`)).toThrow(/line 3/);
  });
});
