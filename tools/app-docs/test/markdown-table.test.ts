// Generated tables must already be in the form `biome format` leaves unchanged (pnpm lint runs it).
import { describe, expect, it } from "vitest";
import { displayWidth, escapeCell, renderTable } from "../src/markdown-table.ts";
import { generatedBlock } from "../src/readme-section.ts";
import { renderToolTable } from "../src/tool-table.ts";
import { biomeFormat as format } from "./biome.ts";

const biomeFormat = (markdown: string) => format(markdown, "tools/app-docs/example.md");

describe("renderTable", () => {
  it("pads every column to its widest cell, as Biome does", () => {
    const table = renderTable(
      [{ header: "tool" }, { header: "what it does" }, { header: "x" }],
      [
        ["`a`", "first ≤ 12,000 — then… more", "—"],
        ["`longer_name`", "pipe | inside and `code`", "日本語"],
      ],
    );
    const document = `# Example\n\n${table}\n`;
    expect(biomeFormat(document)).toBe(document);
  });

  it("leaves a generated tools block unchanged under Biome", () => {
    const table = renderToolTable([
      {
        name: "a_list",
        summary: "List things.",
        readOnly: true,
        destructive: false,
        permission: "A Read",
      },
      {
        name: "a_delete",
        summary: "Delete a thing (for good).",
        readOnly: false,
        destructive: true,
        permission: undefined,
      },
    ]);
    const document = `# App\n\n## Tools\n\nIntro.\n\n${generatedBlock(table)}\n\nAfter.\n`;
    expect(biomeFormat(document)).toBe(document);
  });

  it("refuses a row with the wrong number of cells", () => {
    expect(() => renderTable([{ header: "a" }, { header: "b" }], [["only one"]])).toThrow(
      /1 cells, expected 2/,
    );
  });
});

describe("cells", () => {
  it("escapes pipes once and keeps each cell on one line", () => {
    expect(escapeCell("a | b \\| c\n d")).toBe("a \\| b \\| c d");
  });

  it("counts East Asian wide characters as two columns and the rest as one", () => {
    expect(displayWidth("ab—≤…")).toBe(5);
    expect(displayWidth("日本")).toBe(4);
  });
});
