/**
 * Verb-aware ranking: how well an operation's method and path shape fit the action a request asks
 * for. "list the workers" should not rank "Upload Worker" first, "delete the record" should not
 * rank "Update DNS Record" first, and "get one" and "list all" should not tie.
 * @module
 */
import type { Intent } from "@repo/vocabulary";
import type { Operation } from "../types.ts";

/**
 * A GET on a path that ends in a literal is a `listing` when it returns many things (an array
 * result, paging parameters, items under it, a "List" summary) and a `collection` otherwise
 * (a setting, a status, a configuration); a GET on `/{id}` reads one `item`.
 */
type Shape = "listing" | "collection" | "item" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * What a request asks for: a vocabulary intent, or `inventory` for a question about what exists
 * ("which buckets do I have", "what tunnels are set up", see `whatExists`), answered by a
 * collection's list.
 */
export type AskedAction = Intent | "inventory";

/** Score factor (0..1] of each operation shape for each intent. */
const FIT: Readonly<Record<AskedAction, Readonly<Record<Shape, number>>>> = {
  inventory: {
    listing: 1,
    collection: 0.5,
    item: 0.35,
    POST: 0.3,
    PUT: 0.3,
    PATCH: 0.3,
    DELETE: 0.25,
  },
  list: { listing: 1, collection: 0.9, item: 0.75, POST: 0.6, PUT: 0.5, PATCH: 0.5, DELETE: 0.4 },
  get: { listing: 0.9, collection: 0.9, item: 1, POST: 0.65, PUT: 0.55, PATCH: 0.55, DELETE: 0.4 },
  create: {
    listing: 0.55,
    collection: 0.55,
    item: 0.55,
    POST: 1,
    PUT: 0.9,
    PATCH: 0.7,
    DELETE: 0.35,
  },
  update: {
    listing: 0.55,
    collection: 0.55,
    item: 0.55,
    POST: 0.85,
    PUT: 1,
    PATCH: 1,
    DELETE: 0.35,
  },
  delete: {
    listing: 0.45,
    collection: 0.45,
    item: 0.45,
    POST: 0.7,
    PUT: 0.5,
    PATCH: 0.5,
    DELETE: 1,
  },
  export: { listing: 1, collection: 1, item: 1, POST: 0.9, PUT: 0.5, PATCH: 0.5, DELETE: 0.35 },
  import: {
    listing: 0.55,
    collection: 0.55,
    item: 0.55,
    POST: 1,
    PUT: 1,
    PATCH: 0.7,
    DELETE: 0.35,
  },
};

/** What an operation is, as far as intents go. */
export interface OperationShape {
  method: Operation["method"];
  path: string;
  /** A GET that returns many things (see `Shape`). */
  lists?: boolean;
}

function shape(operation: OperationShape): Shape | undefined {
  switch (operation.method) {
    case "GET":
      if (operation.path.endsWith("}")) return "item";
      return operation.lists ? "listing" : "collection";
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
export function intentFit(operation: OperationShape, intents: ReadonlySet<AskedAction>): number {
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

const OWNER = "(?:i|we|you|me|us)";
const OWN = "(?:have|own|got|use|run|manage|keep|host)";
const STATE =
  "(?:configured|set up|setup|deployed|defined|running|active|enabled|available|registered|connected|installed|created)";
/**
 * Questions about what exists ("which workers do I have", "what zones have we got", "what tunnels
 * are set up", "are there any queues", "how many databases do we have"): the question opens with
 * `which`, `what`, `how many` or `are there` and its frame (`do I have`, `are set up`) says it
 * asks about the asker's things. "What permissions does my token have" asks about one item.
 */
const QUESTION = /^(?:.*?\b)?(?:which|what|how many|are there|is there|do (?:i|we|you) have any)\b/;
const QUESTION_WORD = /\b(?:which|what|how many|are there|is there)\b/;
const FRAMES = [
  new RegExp(`\\s(?:do|did) ${OWNER} (?:(?:currently|already|still|even) )?${OWN}\\b`),
  new RegExp(`\\s(?:have|has) ${OWNER} (?:got|${STATE}|made|added)\\b`),
  new RegExp(
    `\\s(?:exist|exists|are there|are (?:currently |already )?${STATE}|is (?:currently )?${STATE})\\b`,
  ),
  new RegExp(`\\b(?:are there|is there|do ${OWNER} have) any\\b`),
  /\s(?:does|do) (?:my|our|this|the) (?:account|team|org|organization|company)(?:'s)? (?:have|own|use)\b/,
  /\s(?:are|is) (?:on|in|under|attached to|set on|configured on) (?:my|our|this|the)\b/,
];

/**
 * When `query` asks what exists, the query without the question's words ("which tunnels are set
 * up" -> "tunnels"), so that they do not read as a request to create ("set up") or to read one
 * item's details ("what"); otherwise undefined.
 */
export function whatExists(query: string): string | undefined {
  const text = query.toLowerCase().replace(/\s+/g, " ").trim();
  if (!QUESTION.test(text)) return undefined;
  for (const frame of FRAMES) {
    const match = frame.exec(text);
    if (match) {
      return `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`
        .replace(QUESTION_WORD, " ")
        .replace(/\s+/g, " ")
        .trim();
    }
  }
  return undefined;
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

const PAGING = /^(?:page|per_page|cursor|limit)$/;

/**
 * Whether a GET returns many things: an array result, paging parameters, operations on items
 * under its path (`/zones` has `/zones/{zone_id}`), or a summary that says "List".
 */
export function listsMany(operation: Operation, itemParents: ReadonlySet<string>): boolean {
  if (operation.method !== "GET" || operation.path.endsWith("}")) return false;
  if (itemParents.has(operation.path)) return true;
  if (/^(?:list|get all|all)\b/i.test(operation.summary ?? "")) return true;
  if (operation.parameters.some((p) => p.in === "query" && PAGING.test(p.name))) return true;
  const success = operation.responses["200"] ?? operation.responses["2XX"];
  return resultIsArray(success?.content?.["application/json"]?.schema);
}

/** Paths with an item below them: `/zones` when `/zones/{zone_id}` exists. */
export function itemParentPaths(operations: readonly Pick<Operation, "path">[]): Set<string> {
  const parents = new Set<string>();
  for (const { path } of operations) {
    const match = /^(.*)\/\{[^}]+\}$/.exec(path);
    if (match?.[1]) parents.add(match[1]);
  }
  return parents;
}

function resultIsArray(schema: unknown, depth = 0): boolean {
  if (!isObject(schema) || depth > 6) return false;
  const result = isObject(schema.properties) ? schema.properties.result : undefined;
  if (isObject(result)) {
    if (result.type === "array") return true;
    if (variants(result).some((variant) => isObject(variant) && variant.type === "array"))
      return true;
  }
  return variants(schema).some((variant) => resultIsArray(variant, depth + 1));
}

function variants(schema: Record<string, unknown>): unknown[] {
  return ["allOf", "oneOf", "anyOf"].flatMap((key) =>
    Array.isArray(schema[key]) ? (schema[key] as unknown[]) : [],
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
