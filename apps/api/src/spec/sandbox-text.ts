/**
 * The spec as search isolates receive it ("spec.txt", read by
 * ../codemode/isolate/search-scope.isolate.js). Built when the spec is stored (store.ts), so a
 * server only reads it.
 * Every search that walks `spec.paths` gets a fresh isolate, so what costs is copying and parsing
 * this text; the processed spec is 7.7 MB because `$ref`s are inlined, and most of it repeats
 * (the v4 envelope in every response, `account_id` in every path). So:
 * - the first line is the index: each operation's short fields (what walks over paths and
 *   summaries read) and where its details and the shared schemas are;
 * - the rest is text: every schema subtree that occurs twice or more (and is not tiny) once, then
 *   each operation's details (description, parameters, request body, responses) with those
 *   subtrees replaced by `{"$s": n}`.
 * The isolate parses the index on first use of `spec`, an operation's details on first access, and
 * each shared subtree once, frozen and shared by every operation that uses it.
 * Cloudflare's 2024-08 spec: 7.7 MB processed -> 1.8 MB (0.4 MB index).
 */
import type { JsonValue, Operation, ProcessedSpec } from "@repo/openapi";

/** Bumped when the text's layout changes (part of the shared module id). */
export const SANDBOX_SPEC_FORMAT = 2;

/** Subtrees shorter than this (JSON characters) stay inline: a reference would not save much. */
const MIN_SHARED_CHARS = 32;

const DETAIL_FIELDS = [
  "description",
  "parameters",
  "requestBody",
  "responses",
  "deprecation",
  "errata",
] as const satisfies readonly (keyof Operation)[];

type Detail = Pick<Operation, (typeof DETAIL_FIELDS)[number]>;

export function sandboxSpecText(spec: ProcessedSpec): string {
  const interner = new Interner();
  const detailIds = spec.operations.map((operation) => {
    const detail: Detail = {
      description: operation.description,
      parameters: operation.parameters,
      requestBody: operation.requestBody,
      responses: operation.responses,
      deprecation: operation.deprecation,
      errata: operation.errata,
    };
    return interner.intern(detail as unknown as JsonValue);
  });

  const writer = new Writer(interner, detailIds);
  const details = detailIds.map((id) => writer.body(id));
  // Shared subtrees first (written while the details were), then the details.
  const shared: number[] = [];
  let offset = 0;
  for (const entry of writer.table) {
    shared.push(offset);
    offset += entry.length;
  }
  shared.push(offset);
  const operations = spec.operations.map((operation, index) => {
    const { description, parameters, requestBody, responses, deprecation, errata, ...short } =
      operation;
    const text = details[index] ?? "{}";
    const entry = { ...short, d: [offset, offset + text.length] };
    offset += text.length;
    return entry;
  });
  const index = JSON.stringify({ info: spec.info, products: spec.products, operations, shared });
  return `${index}\n${writer.table.join("")}${details.join("")}`;
}

/** A distinct subtree: equal subtrees get the same node (hash-consing by structure). */
interface Node {
  array: boolean;
  /** Property names (objects) and children: JSON text of a primitive, or a node id. */
  keys: string[];
  children: Array<string | number>;
  /** Length of its JSON text. */
  size: number;
}

class Interner {
  readonly nodes: Node[] = [];
  readonly #bySignature = new Map<string, number>();

  /** The node id of `value`, or the JSON text of a primitive. Linear in the size of `value`. */
  intern(value: JsonValue | undefined): string | number {
    if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
    const array = Array.isArray(value);
    const keys: string[] = [];
    const children: Array<string | number> = [];
    for (const [key, child] of array ? value.entries() : Object.entries(value)) {
      if (child === undefined) continue;
      keys.push(array ? "" : JSON.stringify(key));
      children.push(this.intern(child));
    }
    // Children are already unique nodes, so the signature names them by id: short and exact.
    const signature = `${array ? "[" : "{"}${children.map((child, i) => `${keys[i]}:${typeof child === "number" ? `#${child}` : child}`).join(",")}`;
    const known = this.#bySignature.get(signature);
    if (known !== undefined) return known;
    let size = 2 + Math.max(0, children.length - 1);
    children.forEach((child, i) => {
      size += (keys[i] as string).length + (array ? 0 : 1);
      size += typeof child === "number" ? (this.nodes[child] as Node).size : child.length;
    });
    const id = this.nodes.length;
    this.nodes.push({ array, keys, children, size });
    this.#bySignature.set(signature, id);
    return id;
  }
}

class Writer {
  readonly table: string[] = [];
  readonly #tableIndex = new Map<number, number>();
  readonly #interner: Interner;
  /** How many places refer to each node once shared subtrees are written once. */
  readonly #references: Uint32Array;

  constructor(interner: Interner, roots: Array<string | number>) {
    this.#interner = interner;
    this.#references = new Uint32Array(interner.nodes.length);
    // A subtree inside a shared one is reached through it only: count it once, not per use.
    const stack = roots.filter((root): root is number => typeof root === "number");
    while (stack.length > 0) {
      const id = stack.pop() as number;
      const seen = this.#references[id] ?? 0;
      this.#references[id] = seen + 1;
      if (seen > 0) continue;
      for (const child of (interner.nodes[id] as Node).children) {
        if (typeof child === "number") stack.push(child);
      }
    }
  }

  /** The JSON text of node `id` itself, its shared subtrees as references. */
  body(id: string | number): string {
    if (typeof id === "string") return id;
    const node = this.#interner.nodes[id] as Node;
    const parts = node.children.map((child, i) => {
      const value = this.#ref(child);
      return node.array ? value : `${node.keys[i]}:${value}`;
    });
    return node.array ? `[${parts.join(",")}]` : `{${parts.join(",")}}`;
  }

  #ref(child: string | number): string {
    if (typeof child === "string") return child;
    const node = this.#interner.nodes[child] as Node;
    if ((this.#references[child] ?? 0) < 2 || node.size < MIN_SHARED_CHARS) return this.body(child);
    let index = this.#tableIndex.get(child);
    if (index === undefined) {
      const text = this.body(child);
      index = this.table.length;
      this.table.push(text);
      this.#tableIndex.set(child, index);
    }
    return `{"$s":${index}}`;
  }
}
