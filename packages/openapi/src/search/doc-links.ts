/**
 * The docs-to-API bridge: documentation pages that show a call (`curl
 * "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/settings/always_online" --request PATCH`)
 * tie the words of tutorials and how-tos to the operation they call. A link names a concrete path
 * as the docs wrote it; this module finds the operations it means.
 * @module
 */
import { isTemplate } from "../product.ts";
import type { Operation } from "../types.ts";

/**
 * One call shown in a docs page. `path` is as written after `/client/v4` (placeholders such as
 * `$ZONE_ID`, `{zone_id}`, `<ACCOUNT_ID>` or `:id` are fine), `method` when the page says it,
 * `text` the words around the call (the heading and the sentence that introduces it).
 */
export interface ApiDocLink {
  method?: string;
  path: string;
  url: string;
  title: string;
  text?: string;
}

/** The docs links of each operation, by position in `operations`. */
export function linkOperations(
  operations: readonly Pick<Operation, "method" | "path">[],
  links: readonly ApiDocLink[],
): Map<number, ApiDocLink[]> {
  const byLength = new Map<number, Array<{ position: number; segments: string[] }>>();
  operations.forEach((operation, position) => {
    const segments = operation.path.split("/").filter((segment) => segment !== "");
    const list = byLength.get(segments.length) ?? [];
    list.push({ position, segments });
    byLength.set(segments.length, list);
  });
  const linked = new Map<number, ApiDocLink[]>();
  for (const link of links) {
    const segments = concreteSegments(link.path);
    if (segments.length === 0) continue;
    let best = -1;
    let matches: number[] = [];
    for (const candidate of byLength.get(segments.length) ?? []) {
      const literal = matchScore(candidate.segments, segments);
      if (literal < 0) continue;
      const operation = operations[candidate.position]!;
      if (link.method && operation.method !== link.method.toUpperCase()) continue;
      if (literal > best) {
        best = literal;
        matches = [candidate.position];
      } else if (literal === best) {
        matches.push(candidate.position);
      }
    }
    for (const position of matches) {
      const list = linked.get(position) ?? [];
      if (!list.some((existing) => existing.url === link.url && existing.text === link.text))
        list.push(link);
      linked.set(position, list);
    }
  }
  return linked;
}

const PLACEHOLDER = /^(?:\$.*|\{.*\}|<.*>|:.+|[A-Z][A-Z0-9_]*|[0-9a-f]{32}|[0-9a-f-]{36}|\d+)$/;

/** Path segments of a docs call, `null` standing for a placeholder or an id. */
function concreteSegments(path: string): Array<string | null> {
  const bare = path
    .replace(/^.*?\/client\/v4/, "")
    .split(/[?#]/)[0]!
    .replace(/[\\"'`),.;]+$/, "");
  return bare
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => (PLACEHOLDER.test(segment) ? null : decodeSegment(segment)));
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * How well a template fits a concrete path: -1 when a literal differs, else the number of literal
 * segments that agree (so `/settings/fonts` beats `/settings/{setting_id}` for ".../fonts").
 */
function matchScore(template: readonly string[], concrete: readonly (string | null)[]): number {
  let literal = 0;
  for (let index = 0; index < template.length; index++) {
    const expected = template[index]!;
    const actual = concrete[index];
    if (isTemplate(expected)) continue;
    if (actual !== expected) return -1;
    literal++;
  }
  return literal;
}
