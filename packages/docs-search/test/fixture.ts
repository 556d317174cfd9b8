// The fixture corpus (invented pages in the real corpus format) and a helper that loads it with
// the same code path as the real loader.
import { env } from "cloudflare:workers";
import { type DocPage, type IndexStats, parseDocPages, writeDocsIndex } from "../src/index.ts";
import corpus from "./fixtures/corpus.jsonl?raw";

export const FIXTURE_BASE = "https://docs.example.test";

export function fixturePages(): DocPage[] {
  return parseDocPages(corpus);
}

/** Replaces the index in env.DOCS_DB with the fixture corpus. */
export function loadFixture(): Promise<IndexStats> {
  return writeDocsIndex(env.DOCS_DB, fixturePages());
}
