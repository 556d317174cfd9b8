// @ts-check
/**
 * What `search` code sees (types: search.d.ts): `spec`, whose `find` ranks endpoints in the host
 * (host.call("find", ...)) and whose `paths`, `operations` and `products` read the spec module.
 * Runs in the Dynamic Worker; the host imports this file as text.
 *
 * The spec module ("spec.txt", built by ../../spec/sandbox-text.ts) is empty when the code only calls
 * `spec.find`. Otherwise its first line is the index (every operation's short fields, and offsets)
 * and the rest holds the schema subtrees shared by several operations, then each operation's
 * details (parameters, request body, responses) with shared subtrees as `{"$s": n}`. The index is
 * parsed on first use of `spec`, an operation's details on first access, each shared subtree once
 * (frozen, and the same object wherever it occurs), so a walk over paths and summaries never
 * parses a schema.
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

/**
 * @typedef {object} Index
 * @property {IndexEntry[]} operations
 * @property {string[]} products
 * @property {number[]} shared start of each shared subtree (and the end of the last)
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
  /** @type {Index} */
  const index = JSON.parse(specText.slice(0, newline));
  const text = new SpecText(newline + 1, index.shared);
  /** @type {Operation[]} */
  const operations = index.operations.map((entry) => operation(entry, text));
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

/** Reads JSON out of the module text on demand, resolving shared subtrees once each. */
class SpecText {
  /**
   * @param {number} base where the text after the index starts
   * @param {number[]} shared
   */
  constructor(base, shared) {
    this.base = base;
    this.shared = shared;
    /** @type {Map<number, unknown>} */
    this.resolved = new Map();
  }

  /**
   * @param {number} start
   * @param {number} end
   * @returns {unknown}
   */
  read(start, end) {
    return this.resolve(JSON.parse(specText.slice(this.base + start, this.base + end)));
  }

  /**
   * @param {number} id
   * @returns {unknown}
   */
  sharedValue(id) {
    let value = this.resolved.get(id);
    if (value === undefined) {
      value = deepFreeze(this.read(this.shared[id] ?? 0, this.shared[id + 1] ?? 0));
      this.resolved.set(id, value);
    }
    return value;
  }

  /**
   * Replaces `{"$s": n}` references in freshly parsed JSON, in place.
   * @param {unknown} value
   * @returns {unknown}
   */
  resolve(value) {
    if (value === null || typeof value !== "object") return value;
    const record = /** @type {Record<string, unknown>} */ (value);
    const keys = Object.keys(record);
    if (keys.length === 1 && keys[0] === "$s" && typeof record.$s === "number") {
      return this.sharedValue(record.$s);
    }
    for (const key of keys) record[key] = this.resolve(record[key]);
    return value;
  }
}

/**
 * @param {IndexEntry} entry
 * @param {SpecText} text
 * @returns {Operation}
 */
function operation(entry, text) {
  const { d: offsets, ...fields } = entry;
  /** @type {Record<string, unknown> | undefined} */
  let details;
  const read = () => {
    details ??= /** @type {Record<string, unknown>} */ (
      deepFreeze(text.read(offsets[0], offsets[1]))
    );
    return details;
  };
  const op = { ...deepFreeze(fields) };
  for (const field of DETAIL_FIELDS) {
    Object.defineProperty(op, field, { enumerable: true, get: () => read()[field] });
  }
  return /** @type {Operation} */ (/** @type {unknown} */ (Object.freeze(op)));
}
