// The "what it does" cell: where the first sentence of a tool description ends.
import { describe, expect, it } from "vitest";
import { firstSentence } from "../src/first-sentence.ts";

describe("firstSentence", () => {
  it("stops at the first period followed by a space", () => {
    expect(firstSentence("Delete a store. Without force, a full store is refused.")).toBe(
      "Delete a store.",
    );
  });

  it("keeps periods of abbreviations, parentheses and code spans inside the sentence", () => {
    expect(
      firstSentence('Find logs that mention a phrase, e.g. "refund". Scans the newest logs.'),
    ).toBe('Find logs that mention a phrase, e.g. "refund".');
    expect(firstSentence("Copy a secret (values stay inside. Never shown) to a name. More.")).toBe(
      "Copy a secret (values stay inside. Never shown) to a name.",
    );
    expect(firstSentence("Read `a. b` lines. Then more.")).toBe("Read `a. b` lines.");
  });

  it("does not end a sentence at a period inside a number or a file name", () => {
    expect(firstSentence("Reads wrangler.jsonc and v1.2 specs. Then more.")).toBe(
      "Reads wrangler.jsonc and v1.2 specs.",
    );
  });

  it("returns a description without a sentence end whole, on one line", () => {
    expect(firstSentence("List the\n  stores ")).toBe("List the stores");
    expect(firstSentence("")).toBe("");
  });

  it("ends at ! and ? too", () => {
    expect(firstSentence("Careful! This deletes.")).toBe("Careful!");
  });
});
