/**
 * Verb-aware ranking: how well an operation's method and path shape fit the action a request asks
 * for. "list the workers" should not rank "Upload Worker" first, "delete the record" should not
 * rank "Update DNS Record" first, and "get one" and "list all" should not tie.
 * @module
 */
import type { Intent } from "@repo/vocabulary";
import type { Operation } from "../types.ts";

type Shape = "collection" | "item" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * What a request asks for: a vocabulary intent, or `inventory` for a question about what exists
 * ("which buckets do I have", "what tunnels are set up", see `whatExists`), answered by a
 * collection's list.
 */
export type AskedAction = Intent | "inventory";

/** Score factor (0..1] of each operation shape for each intent. */
const FIT: Readonly<Record<AskedAction, Readonly<Record<Shape, number>>>> = {
  inventory: { collection: 1, item: 0.55, POST: 0.3, PUT: 0.3, PATCH: 0.3, DELETE: 0.25 },
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
  intents: ReadonlySet<AskedAction>,
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
const FRAMES = [
  new RegExp(`\\s(?:do|did) ${OWNER} (?:(?:currently|already|still|even) )?${OWN}\\b`),
  new RegExp(`\\s(?:have|has) ${OWNER} (?:got|${STATE}|made|added)\\b`),
  new RegExp(
    `\\s(?:exist|exists|are there|are (?:currently |already )?${STATE}|is (?:currently )?${STATE})\\b`,
  ),
  new RegExp(`\\b(?:are there|is there|do ${OWNER} have) any\\b`),
];

/**
 * When `query` asks what exists, the query without the question's frame ("which tunnels are set
 * up" -> "which tunnels"), so that the frame's words ("set up") do not read as a request to create;
 * otherwise undefined.
 */
export function whatExists(query: string): string | undefined {
  const text = query.toLowerCase().replace(/\s+/g, " ").trim();
  if (!QUESTION.test(text)) return undefined;
  for (const frame of FRAMES) {
    const match = frame.exec(text);
    if (match) {
      return `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`
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
