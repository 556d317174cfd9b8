/**
 * Seeds a template state folder once per test run: the processed spec in SPEC_STORE and a docs
 * subset (the products in DOCS_TEST_PRODUCTS, about 730 of 6,201 pages, for speed; bench/ uses
 * the full corpus) in DOCS_DB. Test files copy it (test/harness.ts): wrangler processes must not
 * share one state folder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpusIntoLocalD1 } from "@repo/docs-search/loader";
import { parseSpecText, processSpec, serializeProcessedSpec } from "@repo/openapi";
import type { TestProject } from "vitest/node";
import { seedLocalSpec } from "../scripts/local-spec-store.ts";
import { DOCS_TEST_PRODUCTS, dataFile } from "./test-data.ts";

declare module "vitest" {
  export interface ProvidedContext {
    apiStateTemplate: string;
    apiSpecOperations: number;
  }
}

const CONFIG = join(import.meta.dirname, "..", "wrangler.jsonc");

export default async function setup(project: TestProject): Promise<() => void> {
  const template = mkdtempSync(join(tmpdir(), "api-test-state-"));
  const specPath = dataFile("CLOUDFLARE_OPENAPI_SPEC", "cloudflare-openapi-2024-08.json");
  const spec = processSpec(parseSpecText(readFileSync(specPath, "utf8"), specPath), {
    source: specPath,
  });
  await seedLocalSpec({
    text: serializeProcessedSpec(spec),
    info: {
      operations: spec.operations.length,
      processedAt: spec.info.processedAt,
      source: spec.info.source,
    },
    configPath: CONFIG,
    persistTo: template,
  });

  const corpusPath = dataFile("CLOUDFLARE_DOCS_CORPUS", "cloudflare-docs.jsonl");
  const wanted = new Set<string>(DOCS_TEST_PRODUCTS);
  const subset = readFileSync(corpusPath, "utf8")
    .split("\n")
    .filter(
      (line) => line.trim() !== "" && wanted.has((JSON.parse(line) as { product: string }).product),
    );
  const subsetPath = join(template, "docs-subset.jsonl");
  writeFileSync(subsetPath, `${subset.join("\n")}\n`);
  await loadCorpusIntoLocalD1({ corpusPath: subsetPath, configPath: CONFIG, persistTo: template });
  rmSync(subsetPath);

  project.provide("apiStateTemplate", template);
  project.provide("apiSpecOperations", spec.operations.length);
  return () => rmSync(template, { recursive: true, force: true });
}
