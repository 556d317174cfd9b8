// Scope: windowLog, which fits a range of build-log lines into a reply budget by dropping from
// the middle, keeping the end and the error lines, and reporting exactly what it returns.
import {
  API_GATEWAY_FAILED_BUILD,
  SEARCH_INDEXER_FAILED_BUILD,
} from "@repo/emulator/seed/workers-builds";
import { describe, expect, it } from "vitest";
import {
  CUT_MARK,
  describeRanges,
  isErrorLine,
  type LogWindow,
  windowLog,
} from "../src/log-window";

const texts = SEARCH_INDEXER_FAILED_BUILD.logs.map(([, text]) => text);
const render = (index: number, text: string) => `#${index + 1} ${text}`;
const options = { budgetChars: 12_000, maxLineChars: 1_000, render };

/** Every line claimed by `shown` is in `lines`, in order, and nothing else is. */
function expectHonest(window: LogWindow): void {
  const claimed = window.shown.flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i),
  );
  expect(window.lines.map((line) => Number(line.slice(1, line.indexOf(" "))))).toEqual(claimed);
  const size = window.lines.reduce((sum, line) => sum + line.length + 1, 0);
  expect(size).toBeLessThanOrEqual(options.budgetChars);
}

describe("windowLog", () => {
  it("returns the whole range when it fits", () => {
    const window = windowLog(texts, { from: 1, count: 50 }, options);
    expect(window.shown).toEqual([[1, 50]]);
    expect(window.dropped).toEqual([]);
    expectHonest(window);
  });

  it("keeps the end and every error line of 400 tail lines that do not fit, and says what it dropped", () => {
    const window = windowLog(texts, { count: 400 }, options);
    expect(texts.length).toBeGreaterThan(400);
    expect(window.requested).toEqual([texts.length - 399, texts.length]);
    expectHonest(window);
    const last = window.lines.at(-1)!;
    expect(last).toBe(`#${texts.length} Failed: deploy command exited with code: 2`);
    const errorLines = texts.flatMap((text, i) => (isErrorLine(text) ? [i + 1] : []));
    expect(errorLines.length).toBeGreaterThanOrEqual(6);
    for (const line of errorLines) {
      expect(window.lines.some((shown) => shown.startsWith(`#${line} `))).toBe(true);
    }
    expect(window.dropped.length).toBeGreaterThan(0);
    const droppedCount = window.dropped.reduce((sum, [from, to]) => sum + to - from + 1, 0);
    expect(window.lines.length + droppedCount).toBe(400);
  });

  it("keeps the start of the range too when the budget allows, dropping only the middle", () => {
    const window = windowLog(texts, { from: 1, count: 400 }, options);
    expectHonest(window);
    expect(window.shown[0]![0]).toBe(1);
    expect(window.shown.at(-1)![1]).toBe(400);
    expect(window.dropped).toHaveLength(1);
  });

  it("keeps error lines found in the middle of a long range with the line before them", () => {
    const api = API_GATEWAY_FAILED_BUILD.logs.map(([, text]) => text);
    const firstError = api.findIndex(isErrorLine) + 1;
    const window = windowLog(
      api,
      { from: 1, count: api.length },
      { ...options, budgetChars: 3_000 },
    );
    expectHonest(window);
    const numbers = window.lines.map((line) => Number(line.slice(1, line.indexOf(" "))));
    expect(numbers).toContain(firstError);
    expect(numbers).toContain(firstError - 1);
    expect(numbers.at(-1)).toBe(api.length);
  });

  it("shortens an overlong line, marks it, and lists it as cut", () => {
    const long = ["start", "x".repeat(5_000), "end"];
    const window = windowLog(long, { from: 1, count: 3 }, { ...options, maxLineChars: 200 });
    expect(window.lines[1]).toHaveLength(200);
    expect(window.lines[1]!.endsWith(CUT_MARK)).toBe(true);
    expect(window.cut).toEqual([2]);
  });

  it("says when the range holds no line, and clamps a range past the end", () => {
    expect(windowLog(texts, { from: 10_000, count: 5 }, options)).toMatchObject({
      requested: null,
      lines: [],
    });
    const end = windowLog(texts, { from: texts.length - 2, count: 50 }, options);
    expect(end.requested).toEqual([texts.length - 2, texts.length]);
    expect(windowLog([], { count: 10 }, options).requested).toBeNull();
  });

  it("describes ranges compactly", () => {
    expect(
      describeRanges([
        [1, 40],
        [77, 77],
        [90, 95],
      ]),
    ).toBe("1-40, 77, 90-95");
  });
});
