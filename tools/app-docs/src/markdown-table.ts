/**
 * Renders a Markdown table the way `biome format` lays it out (every column padded to its widest
 * cell, `| --- |` delimiter rows as wide as the column), so generated READMEs pass `pnpm lint`
 * without a formatting step. test/markdown-table.test.ts runs Biome on the output to prove it.
 */

export interface Column {
  header: string;
}

export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): string {
  for (const row of rows) {
    if (row.length !== columns.length) {
      throw new Error(
        `table row has ${row.length} cells, expected ${columns.length}: ${row.join(" | ")}`,
      );
    }
  }
  const cells = [
    columns.map((column) => escapeCell(column.header)),
    ...rows.map((row) => row.map(escapeCell)),
  ];
  const widths = columns.map((_, index) =>
    Math.max(3, ...cells.map((row) => displayWidth(row[index] ?? ""))),
  );
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, index) => pad(cell, widths[index] ?? 0)).join(" | ")} |`;
  const [header, ...body] = cells;
  const delimiter = `| ${widths.map((width) => "-".repeat(width)).join(" | ")} |`;
  return [line(header ?? []), delimiter, ...body.map(line)].join("\n");
}

/** One line of text that cannot break the table: `|` escaped, whitespace runs collapsed. */
export function escapeCell(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(?<!\\)\|/g, "\\|");
}

function pad(cell: string, width: number): string {
  return cell + " ".repeat(width - displayWidth(cell));
}

/**
 * Columns a string takes in a monospace terminal, as Biome measures it: East Asian wide and
 * fullwidth characters count two, everything else (em dash, ≤, accented letters) one.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}
