/**
 * Turns template text into a new server's text. Templates are real, lint-clean files written for
 * a product called "my-product" on port 8799; every spelling of that name and the port is
 * swapped in one pass, so a new name that itself contains "my-product" is never replaced twice.
 */
import { deriveNames, type ProductNames } from "./names.ts";

export const TEMPLATE_NAMES: ProductNames = deriveNames("my-product");
export const TEMPLATE_PORT = 8799;

export interface Substitution {
  names: ProductNames;
  port: number;
}

export function substitute(text: string, target: Substitution): string {
  const replacements = new Map<string, string>([[String(TEMPLATE_PORT), String(target.port)]]);
  for (const key of Object.keys(TEMPLATE_NAMES) as (keyof ProductNames)[]) {
    replacements.set(TEMPLATE_NAMES[key], target.names[key]);
  }
  // Longest first, so that no spelling is cut short by a shorter one at the same position.
  const pattern = [...replacements.keys()]
    .sort((a, b) => b.length - a.length)
    .map((token) => token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
  return text.replace(new RegExp(pattern, "g"), (token) => replacements.get(token)!);
}
