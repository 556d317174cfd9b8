/**
 * Verb-aware ranking: how well an operation's method and path shape fit the action a request asks
 * for. "list the workers" should not rank "Upload Worker" first, "delete the record" should not
 * rank "Update DNS Record" first, and "get one" and "list all" should not tie.
 * @module
 */
import type { Intent } from "@repo/vocabulary";
import type { Operation } from "../types.ts";

type Shape = "collection" | "item" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Score factor (0..1] of each operation shape for each intent. */
const FIT: Readonly<Record<Intent, Readonly<Record<Shape, number>>>> = {
  list: { collection: 1, item: 0.75, POST: 0.6, PUT: 0.5, PATCH: 0.5, DELETE: 0.4 },
  get: { collection: 0.9, item: 1, POST: 0.65, PUT: 0.55, PATCH: 0.55, DELETE: 0.4 },
  create: { collection: 0.55, item: 0.55, POST: 1, PUT: 0.9, PATCH: 0.7, DELETE: 0.35 },
  update: { collection: 0.55, item: 0.55, POST: 0.85, PUT: 1, PATCH: 1, DELETE: 0.35 },
  delete: { collection: 0.45, item: 0.45, POST: 0.7, PUT: 0.5, PATCH: 0.5, DELETE: 1 },
  export: { collection: 1, item: 1, POST: 0.9, PUT: 0.5, PATCH: 0.5, DELETE: 0.35 },
  import: { collection: 0.55, item: 0.55, POST: 1, PUT: 1, PATCH: 0.7, DELETE: 0.35 },
};

function shape(operation: Pick<Operation, "method" | "path">): Shape | undefined {
  switch (operation.method) {
    case "GET":
      return operation.path.endsWith("}") ? "item" : "collection";
    case "POST":
    case "PUT":
    case "PATCH":
    case "DELETE":
      return operation.method;
    default:
      return undefined;
  }
}

/** The best fit of `operation` to any of `intents`; 1 when the request asks for no action. */
export function intentFit(
  operation: Pick<Operation, "method" | "path">,
  intents: ReadonlySet<Intent>,
): number {
  const kind = shape(operation);
  if (intents.size === 0 || kind === undefined) return 1;
  let best = 0;
  for (const intent of intents) best = Math.max(best, FIT[intent][kind]);
  return best;
}

/**
 * The actions a request asks for. A read ("show", "check") of something plural or of "all" is a
 * list; "export" also counts as a read, "import" as a write.
 */
export function requestIntents(intents: readonly Intent[], words: readonly string[]): Set<Intent> {
  const asked = new Set(intents);
  if (asked.has("get") && !asked.has("list") && words.some(isPluralNoun)) asked.add("list");
  return asked;
}

const NOT_PLURAL = new Set([
  "dns",
  "status",
  "access",
  "analytics",
  "settings",
  "its",
  "this",
  "is",
  "was",
  "has",
  "does",
  "as",
  "us",
  "address",
]);

function isPluralNoun(word: string): boolean {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !NOT_PLURAL.has(word);
}
