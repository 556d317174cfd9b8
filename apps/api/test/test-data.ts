/**
 * The data the api tests run on: Cloudflare's OpenAPI spec and docs corpus, never committed.
 * CLOUDFLARE_OPENAPI_SPEC / CLOUDFLARE_DOCS_CORPUS name them (CI sets both); on the project's
 * machines they default to the shared data folder beside the repository.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
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

export function dataFile(variable: string, fallbackName: string): string {
  const path =
    process.env[variable]?.trim() || join(repoRoot(), "..", "shared", "data", fallbackName);
  if (!existsSync(path)) {
    throw new Error(
      `The api tests need ${variable} (no file at ${path}). Set it to a local copy; see the root README.`,
    );
  }
  return path;
}
