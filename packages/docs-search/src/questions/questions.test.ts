// The per-page questions as data: keys are URL paths, every page has a few distinct questions,
// and the per-area tables merge without losing or overriding a page.
import { describe, expect, it } from "vitest";
import { PAGE_QUESTIONS, QUESTION_AREAS } from "./index.ts";

const entries = Object.entries(PAGE_QUESTIONS);

describe("page questions", () => {
  it("covers the pages people need most, with several questions each", () => {
    expect(entries.length).toBeGreaterThanOrEqual(800);
    expect(entries.flatMap(([, questions]) => questions).length).toBeGreaterThanOrEqual(3000);
    for (const [path, questions] of entries) {
      expect(questions.length, path).toBeGreaterThanOrEqual(2);
      expect(questions.length, path).toBeLessThanOrEqual(6);
    }
  });

  it("keys pages by URL path, never by host, query or anchor", () => {
    for (const [path] of entries) expect(path).toMatch(/^\/[^\s#?:]+\/$/);
    expect(PAGE_QUESTIONS["/workers/platform/limits/"]).toBeDefined();
  });

  it("writes each question once, as plain words of bounded length", () => {
    const seen = new Map<string, string>();
    for (const [path, questions] of entries) {
      for (const question of questions) {
        expect(question.trim(), path).toBe(question);
        expect(question.length, question).toBeGreaterThan(2);
        expect(question.length, question).toBeLessThanOrEqual(120);
        expect(seen.get(question), `"${question}" on ${path}`).toBeUndefined();
        seen.set(question, path);
      }
    }
  });

  it("gives each page to exactly one area", () => {
    const owners = new Map<string, string>();
    for (const [area, table] of Object.entries(QUESTION_AREAS)) {
      for (const path of Object.keys(table)) {
        expect(owners.get(path), `${path} in ${area}`).toBeUndefined();
        owners.set(path, area);
      }
    }
    expect(owners.size).toBe(entries.length);
  });

  it("phrases limits by outcome, not only with the word limit", () => {
    const limits = PAGE_QUESTIONS["/workers/platform/limits/"]!;
    expect(limits.some((question) => /how long|how big|how much/.test(question))).toBe(true);
    expect(limits.some((question) => !question.includes("limit"))).toBe(true);
  });
});
