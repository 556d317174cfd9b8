/**
 * Chooses which lines of a build log a reply can carry. A reply has a size budget; when the
 * requested range does not fit, lines are dropped from the middle, never from the end (where a
 * failed build says why) and never error lines, and the window says exactly which line ranges
 * it returns and which it dropped, so nothing claims lines it does not return.
 */

/** Lines a tool printed about an error: compiler, npm, wrangler, runtime errors. */
export const TOOL_ERROR_PATTERNS: readonly RegExp[] = [
  /error TS\d+:/,
  /^npm (ERR!|error)/,
  /✘ \[ERROR\]/,
  /^\s*(Error|SyntaxError|TypeError|ReferenceError)\b/,
  /\bERR_[A-Z_]+\b/,
  /\berror\b.*\bexit(ed)? with code\b/i,
];

/** Lines that say a build went wrong: tool errors, and Workers Builds' own `Failed:` lines. */
export function isErrorLine(text: string): boolean {
  return text.startsWith("Failed:") || TOOL_ERROR_PATTERNS.some((pattern) => pattern.test(text));
}

/** An inclusive range of 1-based line numbers. */
export type LineRange = readonly [from: number, to: number];

export interface LogWindowRequest {
  /** First line (1-based); omitted means "the last `count` lines". */
  readonly from?: number;
  readonly count: number;
}

export interface LogWindowOptions {
  /** Characters the returned lines may take in all (each line counts one more for its break). */
  readonly budgetChars: number;
  /** A single line longer than this is shortened, and listed in `cut`. */
  readonly maxLineChars: number;
  /** How a line is shown (`#12 2026-… text`); `index` is 0-based. */
  readonly render: (index: number, text: string) => string;
}

export interface LogWindow {
  readonly total: number;
  /** The requested range clamped to the log; `null` when it holds no line. */
  readonly requested: LineRange | null;
  /** Returned lines, rendered, in log order. */
  readonly lines: readonly string[];
  /** The ranges those lines cover. */
  readonly shown: readonly LineRange[];
  /** Ranges inside `requested` that were left out to fit the budget. */
  readonly dropped: readonly LineRange[];
  /** Line numbers whose text was shortened. */
  readonly cut: readonly number[];
}

export const CUT_MARK = " … [line cut]";

export function windowLog(
  texts: readonly string[],
  request: LogWindowRequest,
  options: LogWindowOptions,
): LogWindow {
  const total = texts.length;
  const first = request.from ?? Math.max(1, total - request.count + 1);
  const last = Math.min(total, first + request.count - 1);
  if (first > total || last < first) {
    return { total, requested: null, lines: [], shown: [], dropped: [], cut: [] };
  }
  // A line never takes more than half the budget, so the last line always fits.
  const maxLine = Math.max(
    CUT_MARK.length + 1,
    Math.min(options.maxLineChars, options.budgetChars / 2 - 1),
  );
  const cut: number[] = [];
  const rendered = new Map<number, string>();
  for (let line = first; line <= last; line++) {
    let text = options.render(line - 1, texts[line - 1]!);
    if (text.length > maxLine) {
      text = text.slice(0, maxLine - CUT_MARK.length) + CUT_MARK;
      cut.push(line);
    }
    rendered.set(line, text);
  }
  const cost = (line: number) => rendered.get(line)!.length + 1;
  const kept = chooseLines(first, last, cost, options.budgetChars, (line) =>
    isErrorLine(texts[line - 1]!),
  );
  const shown = toRanges(kept);
  return {
    total,
    requested: [first, last],
    lines: kept.map((line) => rendered.get(line)!),
    shown,
    dropped: gaps([first, last], shown),
    cut: cut.filter((line) => kept.includes(line)),
  };
}

/**
 * All lines when they fit. Otherwise, in this order while the budget lasts: the end of the range
 * (up to half the budget), error lines with the line before each, the start of the range, then
 * more of the end. The result is sorted.
 */
function chooseLines(
  first: number,
  last: number,
  cost: (line: number) => number,
  budget: number,
  important: (line: number) => boolean,
): number[] {
  let total = 0;
  for (let line = first; line <= last; line++) total += cost(line);
  if (total <= budget) return range(first, last);
  const kept = new Set<number>();
  let used = 0;
  const take = (line: number, limit: number): boolean => {
    if (kept.has(line)) return true;
    if (used + cost(line) > limit) return false;
    kept.add(line);
    used += cost(line);
    return true;
  };
  for (let line = last; line >= first && take(line, budget / 2); line--);
  for (let line = first; line <= last; line++) {
    if (!important(line)) continue;
    if (line > first) take(line - 1, budget);
    take(line, budget);
  }
  for (let line = first; line <= last && take(line, budget); line++);
  for (let line = last; line >= first; line--) {
    if (!kept.has(line) && !take(line, budget)) break;
  }
  return [...kept].sort((a, b) => a - b);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

/** Consecutive line numbers joined into ranges: [3, 4, 5, 9] -> [[3, 5], [9, 9]]. */
export function toRanges(sorted: readonly number[]): LineRange[] {
  const ranges: Array<[number, number]> = [];
  for (const line of sorted) {
    const current = ranges.at(-1);
    if (current && current[1] === line - 1) current[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}

function gaps([first, last]: LineRange, shown: readonly LineRange[]): LineRange[] {
  const out: LineRange[] = [];
  let next = first;
  for (const [from, to] of shown) {
    if (from > next) out.push([next, from - 1]);
    next = to + 1;
  }
  if (next <= last) out.push([next, last]);
  return out;
}

/** `12-40, 77` for a list of ranges. */
export function describeRanges(ranges: readonly LineRange[]): string {
  return ranges.map(([from, to]) => (from === to ? `${from}` : `${from}-${to}`)).join(", ");
}
