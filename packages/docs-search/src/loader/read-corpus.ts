// Reads the JSONL corpus file and yields its pages one by one.

import { readFileSync } from "node:fs";
import { type DocPage, parseDocPage } from "../corpus/page.ts";

/** Pages of a JSONL corpus file; a malformed line throws `CorpusFormatError` with its number. */
export function* readCorpusFile(path: string): Generator<DocPage> {
  const text = readFileSync(path, "utf8");
  let start = 0;
  let line = 0;
  while (start < text.length) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    line++;
    const json = text.slice(start, stop).trim();
    if (json !== "") yield parseDocPage(json, line);
    start = stop + 1;
  }
}
