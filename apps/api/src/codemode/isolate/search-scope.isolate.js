// @ts-check
/**
 * What `search` code sees (types: search.d.ts): `spec`, whose `find` ranks endpoints in the host
 * (host.call("find", ...)) and whose `paths`, `operations` and `products` read the spec module.
 * Runs in the Dynamic Worker; the host imports this file as text.
 *
 * The spec module ("spec.txt", built by ../sandbox-spec.ts) is empty when the code only calls
 * `spec.find`. Otherwise its first line is the index (every operation's short fields) and the
 * rest holds each operation's details (parameters, request body, responses) as JSON at known
 * offsets: the index is parsed on first use of `spec`, each operation's details on first access,
 * so a walk over paths and summaries never parses the schemas.
 * @module
 */
import { deepFreeze } from "sandbox-runtime.js";
import specText from "spec.txt";

/** @typedef {import("./search").Operation} Operation */
/** @typedef {import("./search").Spec} Spec */

/**
 * @typedef {object} IndexEntry
 * @property {string} method
 * @property {string} path
 * @property {[number, number]} d offsets of the operation's details
 */

const DETAIL_FIELDS = [
  "description",
  "parameters",
  "requestBody",
  "responses",
  "deprecation",
  "errata",
];
const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * @param {{ call(name: string, args: unknown[]): Promise<unknown> }} host
 */
export function scope(host) {
  /** @type {{ paths: Spec["paths"], operations: Operation[], products: string[] } | undefined} */
  let loaded;
  const load = () => {
    loaded ??= readSpec();
    return loaded;
  };
  /** @type {Spec} */
  const spec = Object.freeze({
    /** @type {Spec["find"]} */
    find: (query, opts) =>
      /** @type {ReturnType<Spec["find"]>} */ (host.call("find", [query, opts ?? {}])),
    get paths() {
      return load().paths;
    },
    get operations() {
      return load().operations;
    },
    get products() {
      return load().products;
    },
  });
  return { spec };
}

function readSpec() {
  if (specText === "") {
    throw new Error(
      "The spec was not loaded for this call. Reference spec.paths or spec.operations directly in your code.",
    );
  }
  const newline = specText.indexOf("\n");
  const index = JSON.parse(specText.slice(0, newline));
  const base = newline + 1;
  /** @type {Operation[]} */
  const operations = index.operations.map((/** @type {IndexEntry} */ entry) =>
    operation(entry, base),
  );
  /** @type {Record<string, Record<string, Operation>>} */
  const paths = {};
  for (const op of operations) {
    const key = op.method.toLowerCase();
    if (!HTTP_METHODS.includes(key)) continue;
    const byMethod = paths[op.path] ?? {};
    byMethod[key] = op;
    paths[op.path] = byMethod;
  }
  for (const byMethod of Object.values(paths)) Object.freeze(byMethod);
  // Fresh arrays: code may sort them in place.
  return { paths: Object.freeze(paths), operations, products: [...index.products] };
}

/**
 * @param {IndexEntry} entry
 * @param {number} base
 * @returns {Operation}
 */
function operation(entry, base) {
  const { d: offsets, ...fields } = entry;
  /** @type {Record<string, unknown> | undefined} */
  let details;
  const read = () => {
    details ??= deepFreeze(JSON.parse(specText.slice(base + offsets[0], base + offsets[1])));
    return /** @type {Record<string, unknown>} */ (details);
  };
  const op = /** @type {Record<string, unknown>} */ (deepFreeze(fields));
  const unfrozen = { ...op };
  for (const field of DETAIL_FIELDS) {
    Object.defineProperty(unfrozen, field, { enumerable: true, get: () => read()[field] });
  }
  return /** @type {Operation} */ (/** @type {unknown} */ (Object.freeze(unfrozen)));
}
