/**
 * Bounding JSON output for a model's context window while keeping it valid JSON: arrays keep their
 * first items, long strings are cut, and the result says what was left out and how to get it.
 */

export interface BoundedJson {
  /** Valid JSON text, at most about `maxChars` long. */
  text: string;
  /** The bounded value (what `text` serialises). */
  value: unknown;
  truncated: boolean;
  /** Human note on what was cut, when truncated. */
  note?: string;
}

const MIN_STRING_KEEP = 64;

export function boundJson(value: unknown, maxChars: number, moreHint?: string): BoundedJson {
  const full = JSON.stringify(value) ?? "null";
  if (full.length <= maxChars) return { text: full, value, truncated: false };

  const cuts: string[] = [];
  // Leave room for the note we add.
  const budget = Math.max(256, maxChars - 400);
  const bounded = shrink(value, budget, "", cuts);
  const note = `Output truncated to fit about ${maxChars} characters: ${cuts.slice(0, 5).join("; ")}${cuts.length > 5 ? `; and ${cuts.length - 5} more cuts` : ""}.${moreHint ? ` ${moreHint}` : ""}`;
  const wrapped = wrapWithNote(bounded, note);
  return { text: JSON.stringify(wrapped), value: wrapped, truncated: true, note };
}

function wrapWithNote(value: unknown, note: string): unknown {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    return { _truncated: note, ...value };
  }
  return { _truncated: note, items: value };
}

function size(value: unknown): number {
  return (JSON.stringify(value) ?? "null").length;
}

function shrink(value: unknown, budget: number, path: string, cuts: string[]): unknown {
  if (size(value) <= budget) return value;
  if (typeof value === "string") {
    const keep = Math.max(MIN_STRING_KEEP, budget - 40);
    cuts.push(`${path || "value"} cut to ${keep} of ${value.length} characters`);
    return `${value.slice(0, keep)}…`;
  }
  if (Array.isArray(value)) return shrinkArray(value, budget, path, cuts);
  if (value !== null && typeof value === "object") return shrinkObject(value, budget, path, cuts);
  return value;
}

function shrinkArray(items: unknown[], budget: number, path: string, cuts: string[]): unknown[] {
  // Largest prefix that fits, by binary search over the item count.
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (size(items.slice(0, mid)) <= budget) low = mid;
    else high = mid - 1;
  }
  if (low === 0 && items.length > 0) {
    // Not even one whole item fits: keep a shrunken first item.
    const first = shrink(items[0], budget - 8, `${path}[0]`, cuts);
    cuts.push(`${path || "list"} shows 1 of ${items.length} items`);
    return [first];
  }
  cuts.push(`${path || "list"} shows ${low} of ${items.length} items`);
  return items.slice(0, low);
}

function shrinkObject(
  object: object,
  budget: number,
  path: string,
  cuts: string[],
): Record<string, unknown> {
  const entries = Object.entries(object);
  const result: Record<string, unknown> = Object.fromEntries(entries);
  // Repeatedly shrink the biggest member until the whole object fits.
  for (let guard = 0; guard < entries.length * 2 && size(result) > budget; guard++) {
    const [key, member] = Object.entries(result).reduce((biggest, entry) =>
      size(entry[1]) > size(biggest[1]) ? entry : biggest,
    );
    const others = size(result) - size(member);
    const childPath = path ? `${path}.${key}` : key;
    const shrunk = shrink(member, Math.max(32, budget - others), childPath, cuts);
    if (size(shrunk) >= size(member)) {
      cuts.push(`${childPath} omitted`);
      delete result[key];
    } else {
      result[key] = shrunk;
    }
  }
  return result;
}
