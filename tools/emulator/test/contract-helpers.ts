/**
 * Helpers for contract tests: every emulator response on a product route must validate against
 * the official response schema for its status, and request bodies against the official request
 * schema. The specs come from ../shared/data/product-specs through vitest's `provide` (see
 * vitest.config.ts); without that folder the contract suites skip.
 */
import { describe, expect, inject } from "vitest";
import {
  componentSchema,
  ERRATA,
  findOperation,
  type ProductSpecs,
  requestSchema,
  responseContent,
  responseSchema,
  type SpecOperation,
  validate,
} from "../contract";
import type { Product } from "../src/product";
import { createRouter } from "../src/router";
import { type CallOptions, type CallResult, call } from "./helpers";

declare module "vitest" {
  export interface ProvidedContext {
    productSpecs: ProductSpecs | null;
  }
}

export const specs = inject("productSpecs");

/** `describe` that skips, with a reason in its name, when the official specs are absent. */
export const describeContract = (name: string, body: () => void) =>
  specs
    ? describe(name, body)
    : describe.skip(`${name} (skipped: ../shared/data/product-specs not found)`, body);

/** Which emulator routes (`METHOD /pattern`) a test file has checked. */
export class RouteCoverage {
  readonly #router;
  readonly #seen = new Set<string>();

  constructor(readonly product: Product) {
    this.#router = createRouter(product.routes);
  }

  note(method: string, path: string): void {
    const match = this.#router.match(method, path.split("?")[0]!);
    if (match.kind === "found") this.#seen.add(`${method} ${match.route.path}`);
  }

  missing(): string[] {
    return this.product.routes
      .map((route) => `${route.method} ${route.path}`)
      .filter((key) => !this.#seen.has(key));
  }
}

export function operationFor(method: string, path: string): SpecOperation {
  const operation = findOperation(specs!, method, path.split("?")[0]!);
  if (!operation) throw new Error(`no operation in the official specs for ${method} ${path}`);
  return operation;
}

/**
 * Calls the emulator and checks the answer against the spec: the status is one the operation
 * documents, and a JSON body validates against that status's schema. Returns the result.
 */
export async function callConforming(
  coverage: RouteCoverage,
  method: string,
  path: string,
  options: CallOptions & { undocumented?: Undocumented } = {},
): Promise<CallResult> {
  const operation = operationFor(method, path);
  if (options.body !== undefined) expectRequestConforms(operation, options.body);
  const result = await call(method, path, options);
  coverage.note(method, path);
  expectResponseConforms(operation, result, options.undocumented);
  return result;
}

/** A status the spec leaves out (an erratum in contract/errata.ts) and the schema it must meet. */
export interface Undocumented {
  readonly status: number;
  readonly erratum: string;
  readonly component: string;
}

export function expectResponseConforms(
  operation: SpecOperation,
  result: CallResult,
  undocumented?: Undocumented,
): void {
  const where = `${operation.method} ${operation.template} -> ${result.status}`;
  if (undocumented && result.status === undocumented.status) {
    expect(ERRATA.map((erratum) => erratum.id)).toContain(undocumented.erratum);
    const schema = componentSchema(operation, undocumented.component);
    expect(schema, `${where}: no component ${undocumented.component}`).toBeDefined();
    expect(
      validate(operation, schema!, result.body),
      `${where}: ${undocumented.component}`,
    ).toEqual([]);
    return;
  }
  const content = responseContent(operation, result.status);
  expect(content, `${where}: status not documented`).toBeDefined();
  const schema = responseSchema(operation, result.status);
  if (!schema) {
    // Non-JSON responses (a script download): the content type must be one the spec lists.
    expect(Object.keys(content!).length, `${where}: the spec lists no content`).toBeGreaterThan(0);
    return;
  }
  expect(result.body, `${where}: body is not JSON: ${result.text.slice(0, 200)}`).not.toBeNull();
  expect(validate(operation, schema, result.body), `${where}: response schema`).toEqual([]);
}

export function expectRequestConforms(operation: SpecOperation, body: unknown): void {
  const schema = requestSchema(operation);
  expect(schema, `${operation.method} ${operation.template}: takes no JSON body`).toBeDefined();
  expect(
    validate(operation, schema!, body),
    `${operation.method} ${operation.template}: request schema`,
  ).toEqual([]);
}

/** Problems of `body` against the operation's request schema (for bodies the spec refuses). */
export function requestProblems(method: string, path: string, body: unknown): string[] {
  const operation = operationFor(method, path);
  return validate(operation, requestSchema(operation)!, body);
}
