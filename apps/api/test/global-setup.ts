/**
 * Seeds a template state folder once per test run: the processed spec in SPEC_STORE and a docs
 * subset (the products in DOCS_TEST_PRODUCTS, about 730 of 6,201 pages, for speed; bench/ uses
 * the full corpus) in DOCS_DB, from the full data or the committed fixtures (test-data.ts). Test
 * files copy it (test/harness.ts): wrangler processes must not share one state folder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpusIntoLocalD1 } from "@repo/docs-search/loader";
import {
  type ProcessedSpec,
  parseSpecText,
  processSpec,
  serializeProcessedSpec,
} from "@repo/openapi";
import type { TestProject } from "vitest/node";
import { seedLocalSpec } from "../scripts/local-spec-store.ts";
import { DOCS_DATA, DOCS_TEST_PRODUCTS, SPEC_DATA } from "./test-data.ts";

declare module "vitest" {
  export interface ProvidedContext {
    apiStateTemplate: string;
    apiSpecOperations: number;
    apiSpecProducts: number;
    /** The processed spec the server holds (serializeProcessedSpec), for comparisons. */
    apiProcessedSpec: string;
  }
}

const CONFIG = join(import.meta.dirname, "..", "wrangler.jsonc");

export default async function setup(project: TestProject): Promise<() => void> {
  // Everything that can fail on the input runs before the temporary folder exists.
  const specPath = SPEC_DATA.path;
  const spec = processSpec(parseSpecText(readFileSync(specPath, "utf8"), specPath), {
    source: specPath,
  });
  const wanted = new Set<string>(DOCS_TEST_PRODUCTS);
  const subset = readFileSync(DOCS_DATA.path, "utf8")
    .split("\n")
    .filter(
      (line) => line.trim() !== "" && wanted.has((JSON.parse(line) as { product: string }).product),
    );

  const template = mkdtempSync(join(tmpdir(), "api-test-state-"));
  try {
    await seed(template, spec, subset);
  } catch (error) {
    rmSync(template, { recursive: true, force: true });
    throw error;
  }
  project.provide("apiStateTemplate", template);
  project.provide("apiSpecOperations", spec.operations.length);
  project.provide("apiSpecProducts", spec.products.length);
  const processed = join(template, "processed-spec.json");
  writeFileSync(processed, serializeProcessedSpec(spec));
  project.provide("apiProcessedSpec", processed);
  return () => rmSync(template, { recursive: true, force: true });
}

async function seed(template: string, spec: ProcessedSpec, subset: string[]): Promise<void> {
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

  const subsetPath = join(template, "docs-subset.jsonl");
  writeFileSync(subsetPath, `${subset.join("\n")}\n`);
  await loadCorpusIntoLocalD1({ corpusPath: subsetPath, configPath: CONFIG, persistTo: template });
  rmSync(subsetPath);
}
