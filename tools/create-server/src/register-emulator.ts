/**
 * Adds a product module to the emulator's registry (`tools/emulator/src/products/index.ts`): one
 * import, kept in the file's path order, and one entry at the end of `PRODUCTS`.
 */
import type { ProductNames } from "./names.ts";

const PRODUCTS_ARRAY = /export const PRODUCTS: readonly Product\[\] = \[([\s\S]*?)\];/;
const IMPORT_LINE = /^import .* from "(\.\/[^"]+)";$/gm;

/** The registry's source with the product added. Throws when the file is not shaped as expected. */
export function registerProduct(source: string, names: ProductNames): string {
  const binding = `${names.camel}Product`;
  const importPath = `./${names.kebab}`;
  if (source.includes(`from "${importPath}"`)) {
    throw new Error(`the emulator already registers a module from "${importPath}"`);
  }
  const array = PRODUCTS_ARRAY.exec(source);
  if (!array) {
    throw new Error(
      "could not find `export const PRODUCTS: readonly Product[] = [ ... ];` in the emulator's products/index.ts; add the product there by hand",
    );
  }
  const entries = array[1]!
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const list = [...entries, binding].map((entry) => `  ${entry},`).join("\n");
  const withEntry = source.replace(
    PRODUCTS_ARRAY,
    `export const PRODUCTS: readonly Product[] = [\n${list}\n];`,
  );
  return insertImport(withEntry, `import { ${binding} } from "${importPath}";`, importPath);
}

/** Puts the import before the first local import whose path sorts after it, else after the last. */
function insertImport(source: string, line: string, importPath: string): string {
  const locals = [...source.matchAll(IMPORT_LINE)];
  if (locals.length === 0) throw new Error("no local imports found in the emulator's registry");
  const next = locals.find((match) => match[1]!.localeCompare(importPath) > 0);
  if (next) return `${source.slice(0, next.index)}${line}\n${source.slice(next.index)}`;
  const last = locals.at(-1)!;
  const end = last.index + last[0].length;
  return `${source.slice(0, end)}\n${line}${source.slice(end)}`;
}
