// Reranking: pages whose title and path hold the query words rise; one passage per page.
import { describe, expect, it } from "vitest";
import { rerankCandidates } from "./rerank.ts";

const base = "https://docs.example.test";

describe("rerankCandidates", () => {
  it("lifts a passage whose page title and path contain the query words", () => {
    const ranked = rerankCandidates(
      [
        { title: "Tutorial", url: `${base}/tutorials/app/#caching`, rank: -10 },
        { title: "Caching", url: `${base}/ai-gateway/caching/`, rank: -8 },
      ],
      ["caching"],
      5,
    );
    expect(ranked.map((entry) => entry.candidate.url)).toEqual([
      `${base}/ai-gateway/caching/`,
      `${base}/tutorials/app/#caching`,
    ]);
  });

  it("keeps only the best passage of each page, up to the limit", () => {
    const ranked = rerankCandidates(
      [
        { title: "A", url: `${base}/a/#one`, rank: -9 },
        { title: "A", url: `${base}/a/#two`, rank: -7 },
        { title: "B", url: `${base}/b/`, rank: -8 },
        { title: "C", url: `${base}/c/`, rank: -1 },
      ],
      ["word"],
      2,
    );
    expect(ranked.map((entry) => entry.candidate.url)).toEqual([`${base}/a/#one`, `${base}/b/`]);
  });
});
