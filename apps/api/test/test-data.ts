/**
 * The data the api tests run on. CLOUDFLARE_OPENAPI_SPEC / CLOUDFLARE_DOCS_CORPUS name Cloudflare's
 * full spec and docs corpus (CI sets both); on the project's machines they default to the shared
 * data folder beside the repository; without either, the small committed fixtures in fixtures/
 * stand in, so `pnpm test` passes on a fresh clone. Tests that need the full data check
 * `FULL_DATA`.
 */
import { existsSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { repoRoot } from "@repo/local-stack";

export const DOCS_TEST_PRODUCTS = [
  "workers",
  "kv",
  "d1",
  "r2",
  "durable-objects",
  "queues",
  "ai-gateway",
  "secrets-store",
] as const;

export const FIXTURES_DIR = join(import.meta.dirname, "fixtures");

export interface TestDataFile {
  path: string;
  /** False when the committed fixture stands in for the full data. */
  full: boolean;
}

/** The full data file when reachable, else the fixture; a variable naming a missing file throws. */
export function dataFile(variable: string, sharedName: string, fixture: string): TestDataFile {
  const named = process.env[variable]?.trim();
  if (named) {
    const path = isAbsolute(named) ? named : resolve(process.env.INIT_CWD ?? process.cwd(), named);
    if (!existsSync(path)) {
      throw new Error(
        `${variable}=${named}: no file at ${path}. Point it at a local copy, or unset it to test on the fixtures.`,
      );
    }
    return { path, full: true };
  }
  const shared = join(repoRoot(), "..", "shared", "data", sharedName);
  if (existsSync(shared)) return { path: shared, full: true };
  return { path: join(FIXTURES_DIR, fixture), full: false };
}

export const SPEC_DATA = dataFile(
  "CLOUDFLARE_OPENAPI_SPEC",
  "cloudflare-openapi-2024-08.json",
  "openapi.json",
);
export const DOCS_DATA = dataFile("CLOUDFLARE_DOCS_CORPUS", "cloudflare-docs.jsonl", "docs.jsonl");
