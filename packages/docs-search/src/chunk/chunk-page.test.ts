// Chunking: pages split into passages by heading, with heading paths, anchors and bounded size.
import { describe, expect, it } from "vitest";
import type { DocPage } from "../corpus/page.ts";
import { chunkPage } from "./chunk-page.ts";

function page(text: string, extra: Partial<DocPage> = {}): DocPage {
  return {
    url: "https://docs.example.test/workers/guide/",
    title: "Guide",
    product: "workers",
    text,
    source_path: "workers/guide.md",
    ...extra,
  };
}

describe("chunkPage", () => {
  it("makes one passage per heading section, with the heading path", () => {
    const passages = chunkPage(
      page(
        "Intro text.\n\n## Bindings\n\nAbout bindings.\n\n### KV namespaces\n\nBind KV.\n\n## Limits\n\nSmall.",
      ),
    );
    expect(passages.map((p) => [p.heading, p.body])).toEqual([
      ["", "Intro text."],
      ["Bindings", "About bindings."],
      ["Bindings > KV namespaces", "Bind KV."],
      ["Limits", "Small."],
    ]);
    expect(passages.every((p) => p.title === "Guide" && p.product === "workers")).toBe(true);
  });

  it("points each passage URL at its heading's anchor", () => {
    const urls = chunkPage(
      page(
        "## 1. Set up `env` bindings\n\nA.\n\n## Options\n\nB.\n\n## Options\n\nC.\n\n## Options\n\nD.",
      ),
    ).map((p) => p.url);
    expect(urls).toEqual([
      "https://docs.example.test/workers/guide/#1-set-up-env-bindings",
      "https://docs.example.test/workers/guide/#options",
      "https://docs.example.test/workers/guide/#options-1",
      "https://docs.example.test/workers/guide/#options-2",
    ]);
  });

  it("keeps the page URL for the intro and drops an existing fragment", () => {
    const [intro] = chunkPage(page("Hello.", { url: "https://docs.example.test/a/#old" }));
    expect(intro?.url).toBe("https://docs.example.test/a/");
  });

  it("does not treat # lines inside code fences as headings", () => {
    const passages = chunkPage(
      page(
        "## Create\n\n```sh\n# a shell comment\n## not a heading\nwrangler d1 create\n```\n\nDone.",
      ),
    );
    expect(passages).toHaveLength(1);
    expect(passages[0]?.heading).toBe("Create");
    expect(passages[0]?.body).toContain("# a shell comment\n## not a heading");
  });

  it("splits a long section at paragraph boundaries within the size bound", () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `Paragraph ${i} ${"word ".repeat(60)}`);
    const passages = chunkPage(page(`## Long\n\n${paragraphs.join("\n\n")}`), { maxChars: 700 });
    expect(passages.length).toBeGreaterThan(1);
    for (const passage of passages) {
      expect(passage.body.length).toBeLessThanOrEqual(700);
      expect(passage.heading).toBe("Long");
      expect(passage.body.startsWith("Paragraph")).toBe(true);
    }
    expect(passages.map((p) => p.body).join("\n\n")).toBe(
      paragraphs.map((p) => p.trim()).join("\n\n"),
    );
  });

  it("cuts a single overlong paragraph so no passage exceeds the bound", () => {
    const passages = chunkPage(page(`## Wall\n\n${"token ".repeat(1_000)}`), { maxChars: 500 });
    expect(passages.length).toBeGreaterThan(1);
    expect(passages.every((p) => p.body.length <= 500)).toBe(true);
  });

  it("drops sections that hold no words", () => {
    const passages = chunkPage(
      page("## Empty\n\n---\n\n## Also empty\n\n:::note\n:::\n\n## Full\n\nText."),
    );
    expect(passages.map((p) => p.heading)).toEqual(["Full"]);
  });

  it("indexes the page description with the intro", () => {
    const [intro] = chunkPage(page("## First\n\nBody.", { description: "What this page is for." }));
    expect(intro).toMatchObject({ heading: "", body: "What this page is for." });
  });

  it("keeps link text but not link targets, and drops admonition markers", () => {
    const [passage] = chunkPage(
      page(
        ":::caution[Local mode]\nSee [the guide](/workers/guide/) and ![a diagram](/img.png).\n:::",
      ),
    );
    expect(passage?.body).toBe("Local mode\nSee the guide and a diagram.");
  });
});
