/**
 * The in-isolate API as the models read it: the declaration files that also type the gate
 * (isolate/execute.d.ts, isolate/search.d.ts), imported as text, up to their host-only part, one
 * line per top-level declaration.
 */
// TypeScript will not import a declaration file as a value (TS2846); wrangler's esbuild and the
// Vite plugin of @repo/sandbox read it as text, which is all this module needs.
// @ts-expect-error TS2846
import EXECUTE_API from "./isolate/execute.d.ts" with { type: "text" };
// @ts-expect-error TS2846
import SEARCH_API from "./isolate/search.d.ts" with { type: "text" };

/** Where a declaration file's host-only names start. */
const HOST_ONLY = "// HOST ONLY";

export const EXECUTE_API_TEXT = compact(EXECUTE_API as unknown as string);
export const SEARCH_API_TEXT = compact(SEARCH_API as unknown as string);

// Every line break costs a token in tools/list, so each top-level declaration becomes one line.
function compact(declarations: string): string {
  const end = declarations.indexOf(HOST_ONLY);
  return (end === -1 ? declarations : declarations.slice(0, end))
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (/^[\s}]/.test(line) ? ` ${line.trim()}` : `\n${line.trim()}`))
    .join("")
    .trim();
}
