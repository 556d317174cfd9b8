/**
 * Loads the official per-product OpenAPI files (`../shared/data/product-specs/*.yml`, beside the
 * repository's root) for contract tests. They are fetched data, never committed: when the folder
 * is absent this returns `null` and the contract tests skip. Runs in Node (vitest config), not
 * in workerd; the parsed documents reach the tests through vitest's `provide`/`inject`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { ProductSpecs } from "./openapi";

/** The repository root: three levels above this file (tools/emulator/contract). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * `../shared/data/product-specs` relative to the repository root, as CI lays it out;
 * `CLOUDFLARE_PRODUCT_SPECS_DIR` points elsewhere (or at nothing, to see the suites skip).
 */
export const PRODUCT_SPECS_DIR =
  process.env.CLOUDFLARE_PRODUCT_SPECS_DIR ?? resolve(REPO_ROOT, "../shared/data/product-specs");

// Parts of every file that are not the API (a CLI command map, a leftover docs link).
const DROPPED_KEYS = ["x-forge-commands", "externalDocs"];

export function loadProductSpecs(dir: string = PRODUCT_SPECS_DIR): ProductSpecs | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".yml") || name.endsWith(".yaml"))
    .sort();
  if (files.length === 0) return null;
  return {
    dir,
    documents: files.map((file) => {
      const document = parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>;
      for (const key of DROPPED_KEYS) delete document[key];
      return { file, document };
    }),
  };
}
