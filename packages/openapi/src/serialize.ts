/**
 * Storage form of a processed spec: each operation written once (the in-memory `paths` view is
 * rebuilt on load), with a format number so a reader can refuse a file written by another version.
 * @module
 */
import { OpenApiSpecError } from "./errors.ts";
import { isJsonObject } from "./resolve/pointer.ts";
import type { Operation, ProcessedSpec, ProcessedSpecInfo } from "./types.ts";
import { collectProducts, indexByPath } from "./views.ts";

/** Bumped whenever the stored shape or the meaning of a field changes. */
export const PROCESSED_SPEC_FORMAT = 1;

/** What `serializeProcessedSpec` writes. */
export interface StoredProcessedSpec {
  format: typeof PROCESSED_SPEC_FORMAT;
  info: ProcessedSpecInfo;
  products: string[];
  operations: Operation[];
}

/** JSON text of `spec` in the storage form (compact: no indentation, operations once). */
export function serializeProcessedSpec(spec: ProcessedSpec): string {
  const stored: StoredProcessedSpec = {
    format: PROCESSED_SPEC_FORMAT,
    info: spec.info,
    products: spec.products,
    operations: spec.operations,
  };
  return JSON.stringify(stored);
}

/**
 * Reads what `serializeProcessedSpec` wrote (as text or already parsed) back into a
 * `ProcessedSpec` whose `paths` and `operations` share the same objects.
 * @throws {OpenApiSpecError} `invalid_processed_spec` for anything else, including other formats.
 */
export function parseProcessedSpec(input: string | unknown): ProcessedSpec {
  let value: unknown = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new OpenApiSpecError("invalid_processed_spec", "The processed spec is not JSON.", {
        cause: error,
      });
    }
  }
  if (!isJsonObject(value) || value.format !== PROCESSED_SPEC_FORMAT) {
    throw new OpenApiSpecError(
      "invalid_processed_spec",
      `Expected a processed spec of format ${PROCESSED_SPEC_FORMAT}; run spec:process again.`,
    );
  }
  if (!isJsonObject(value.info) || !Array.isArray(value.operations)) {
    throw new OpenApiSpecError(
      "invalid_processed_spec",
      "The processed spec lacks info or operations.",
    );
  }
  const stored = value as unknown as StoredProcessedSpec;
  return {
    info: stored.info,
    paths: indexByPath(stored.operations),
    operations: stored.operations,
    products: Array.isArray(stored.products) ? stored.products : collectProducts(stored.operations),
  };
}
