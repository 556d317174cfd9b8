/**
 * `processSpec`: a raw OpenAPI 3.x document in, a compact fully-resolved `ProcessedSpec` out.
 * Pure apart from reading the clock for `processedAt`; runs the same in Workers and Node.
 * @module
 */
import { applyErrata, ERRATA, type Erratum } from "./errata.ts";
import { OpenApiSpecError } from "./errors.ts";
import { DEFAULT_LIMITS, type ProcessLimits } from "./limits.ts";
import { type OperationContext, processOperation } from "./operation.ts";
import { resolveComponent } from "./resolve/component.ts";
import { isJsonObject } from "./resolve/pointer.ts";
import { createSchemaShaper } from "./resolve/schema.ts";
import { HTTP_METHODS, type JsonValue, type ProcessedSpec } from "./types.ts";
import { collectProducts, indexByPath } from "./views.ts";

/** Options of `processSpec`; all optional. */
export interface ProcessSpecOptions {
  /** Where the document came from (a URL or file path), recorded in `info.source`. */
  source?: string;
  /** Size bounds; missing fields take `DEFAULT_LIMITS`. */
  limits?: Partial<ProcessLimits>;
  /** Corrections to apply; defaults to `ERRATA`. Pass `[]` to see the spec as published. */
  errata?: readonly Erratum[];
  /** Clock for `info.processedAt` (tests pin it). */
  now?: () => Date;
}

/**
 * Processes an OpenAPI 3.x document (3.0, 3.1 and 3.2 styles alike).
 * @throws {OpenApiSpecError} `not_openapi` when `document` has no `paths` object,
 *   `unsupported_version` for Swagger 2.0 or an `openapi` version that is not 3.x.
 */
export function processSpec(document: unknown, options: ProcessSpecOptions = {}): ProcessedSpec {
  if (!isJsonObject(document) || !isJsonObject(document.paths)) {
    throw new OpenApiSpecError(
      "not_openapi",
      "The document is not an OpenAPI spec: no `paths` object.",
    );
  }
  const version = document.openapi;
  if (typeof version !== "string" || !version.startsWith("3.")) {
    throw new OpenApiSpecError(
      "unsupported_version",
      `Only OpenAPI 3.x is supported; the document says ${JSON.stringify(version ?? document.swagger ?? null)}.`,
    );
  }
  const limits: ProcessLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const context: OperationContext = {
    document,
    limits,
    shapeSchema: createSchemaShaper(document, limits),
  };
  const errata = options.errata ?? ERRATA;
  const spec: ProcessedSpec = {
    info: {
      title: stringField(document.info, "title"),
      version: stringField(document.info, "version"),
      source: options.source ?? "unknown",
      processedAt: (options.now?.() ?? new Date()).toISOString(),
    },
    paths: {},
    operations: [],
    products: [],
  };
  for (const [path, entry] of Object.entries(document.paths)) {
    const resolved = resolveComponent(document, entry);
    if (!("value" in resolved)) continue;
    const pathItem = resolved.value;
    for (const method of HTTP_METHODS) {
      const raw = pathItem[method];
      if (!isJsonObject(raw)) continue;
      const operation = applyErrata(processOperation(context, path, method, pathItem, raw), errata);
      spec.operations.push(operation);
    }
  }
  spec.paths = indexByPath(spec.operations);
  spec.products = collectProducts(spec.operations);
  return spec;
}

function stringField(value: JsonValue | undefined, key: string): string {
  if (!isJsonObject(value)) return "";
  const field = value[key];
  return typeof field === "string" ? field : "";
}
