/**
 * `@repo/sandbox/vite`: makes Vite (and so vitest with @cloudflare/vitest-plugin) read
 * `import x from "./file.js" with { type: "text" }` as the file's text, as esbuild and wrangler
 * do. Sandbox code is written as real modules (linted and type-checked) and imported as text;
 * without this, tests that bundle through Vite would import them as JavaScript.
 */
import { readFile } from "node:fs/promises";

const QUERY = "?sandbox-text";
const TEXT_IMPORT = /(\bfrom\s*)(["'])([^"']+)\2\s*with\s*\{\s*type\s*:\s*(["'])text\4\s*\}/g;

/** The parts of a Vite plugin used here (so this package needs no Vite dependency). */
export interface TextImportsPlugin {
  name: string;
  enforce: "pre";
  transform(code: string, id: string): { code: string; map: null } | null;
  load(id: string): Promise<string | null>;
}

export function textImports(): TextImportsPlugin {
  return {
    name: "sandbox-text-imports",
    enforce: "pre",
    transform(code, id) {
      if (!/\.[cm]?[jt]sx?$/.test(id.split("?")[0] ?? "") || !code.includes("text")) return null;
      const out = code.replace(
        TEXT_IMPORT,
        (_match, from: string, quote: string, specifier: string) =>
          `${from}${quote}${specifier}${QUERY}${quote}`,
      );
      return out === code ? null : { code: out, map: null };
    },
    async load(id) {
      if (!id.endsWith(QUERY)) return null;
      const text = await readFile(id.slice(0, -QUERY.length), "utf8");
      return `export default ${JSON.stringify(text)};`;
    },
  };
}
