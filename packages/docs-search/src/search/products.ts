// Product names: listing them, normalising what a caller typed ("AI Gateway" -> "ai-gateway") and
// suggesting close names when a filter matches none.

export interface ProductInfo {
  name: string;
  pages: number;
  passages: number;
}

/** Every product in the index with its page and passage counts, sorted by name. */
export async function listProducts(db: D1Database): Promise<ProductInfo[]> {
  const { results } = await db
    .prepare("SELECT name, pages, passages FROM docs_products ORDER BY name")
    .all<ProductInfo>();
  return results;
}

/** Product slugs are lower case with hyphens; accept spaces, underscores and capitals too. */
export function normalizeProduct(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
}

/**
 * Names close to `input`, best first: names containing it (or contained in it) come before names
 * within a small edit distance, then names sharing a hyphen-separated word.
 */
export function closeProductNames(input: string, names: readonly string[], max = 5): string[] {
  const wanted = normalizeProduct(input);
  const words = new Set(wanted.split("-").filter((word) => word.length > 1));
  const scored: Array<{ name: string; score: number }> = [];
  for (const name of names) {
    const distance = editDistance(wanted, name);
    let score: number | undefined;
    if (name.includes(wanted) || wanted.includes(name)) score = 0;
    else if (distance <= Math.max(2, Math.floor(wanted.length / 3))) score = 1 + distance / 100;
    else if (name.split("-").some((word) => words.has(word))) score = 2;
    if (score !== undefined) scored.push({ name, score: score + distance / 10_000 });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((entry) => entry.name);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
