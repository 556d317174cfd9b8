/**
 * Loads the official per-product OpenAPI files (`../shared/data/product-specs/*.yml`, beside the
 * repository's root) for contract tests, plus the identity operations every server's auth calls
 * (`/user`, `/accounts`, `/memberships`, `/user/tokens/verify`) from Cloudflare's full spec
 * (`CLOUDFLARE_OPENAPI_SPEC`, else `../shared/data/cloudflare-openapi-2024-08.json`), cut down to
 * those paths and the components they reference. They are fetched data, never committed: when the
 * folder is absent this returns `null` and the contract tests skip. Runs in Node (vitest config),
 * not in workerd; the parsed documents reach the tests through vitest's `provide`/`inject`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { ProductSpecs, SpecDocument } from "./openapi";

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

/** Cloudflare's full spec: `CLOUDFLARE_OPENAPI_SPEC` when set, else the shared copy. */
export const FULL_SPEC_PATH =
  process.env.CLOUDFLARE_OPENAPI_SPEC?.trim() ||
  resolve(REPO_ROOT, "../shared/data/cloudflare-openapi-2024-08.json");

/** Identity paths the servers' auth calls; the per-product files do not have them. */
export const IDENTITY_PATHS = ["/user", "/accounts", "/memberships", "/user/tokens/verify"];

export function loadProductSpecs(dir: string = PRODUCT_SPECS_DIR): ProductSpecs | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".yml") || name.endsWith(".yaml"))
    .sort();
  if (files.length === 0) return null;
  const documents = files.map((file) => {
    const document = parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>;
    for (const key of DROPPED_KEYS) delete document[key];
    return { file, document };
  });
  const identity = loadIdentitySubset(FULL_SPEC_PATH);
  return { dir, documents: identity ? [...documents, identity] : documents };
}

/** The identity paths of the full spec with every component they reach, or `null` without it. */
export function loadIdentitySubset(path: string): SpecDocument | null {
  if (!existsSync(path)) return null;
  const full = JSON.parse(readFileSync(path, "utf8")) as Json;
  const allPaths = (full.paths ?? {}) as Json;
  const paths = Object.fromEntries(
    IDENTITY_PATHS.filter((key) => key in allPaths).map((key) => [key, allPaths[key]]),
  );
  const components: Record<string, Json> = {};
  const pending = [paths as unknown];
  const seen = new Set<string>();
  while (pending.length > 0) {
    for (const ref of localRefs(pending.pop())) {
      if (seen.has(ref)) continue;
      seen.add(ref);
      const [, , section, name] = ref.split("/");
      const target = ((full.components as Json)?.[section!] as Json | undefined)?.[name!];
      if (target === undefined) continue;
      const bucket = components[section!] ?? {};
      bucket[name!] = target;
      components[section!] = bucket;
      pending.push(target);
    }
  }
  return {
    file: `${path.split("/").at(-1)} (identity paths)`,
    document: { openapi: full.openapi, paths, components },
  };
}

type Json = Record<string, unknown>;

function localRefs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) localRefs(item, out);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string" && item.startsWith("#/components/")) {
        out.push(item);
      } else localRefs(item, out);
    }
  }
  return out;
}
