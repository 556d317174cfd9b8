/**
 * The spec as search isolates receive it ("spec.txt", read by isolate/search-scope.isolate.js):
 * one line of index (each operation's short fields, what walks over paths and summaries read),
 * then every operation's details (description, parameters, request body, responses) as JSON at
 * offsets the index records, parsed only when code touches them. Built once per spec version;
 * the local sandbox caches it by version, so a host sends it once per sandbox process.
 */
import type { Operation, ProcessedSpec } from "@repo/openapi";

/** Bumped when the text's layout changes (part of the shared module id). */
export const SANDBOX_SPEC_FORMAT = 1;

const DETAIL_FIELDS = [
  "description",
  "parameters",
  "requestBody",
  "responses",
  "deprecation",
  "errata",
] as const satisfies readonly (keyof Operation)[];

export function sandboxSpecText(spec: ProcessedSpec): string {
  const details: string[] = [];
  let offset = 0;
  const operations = spec.operations.map((operation) => {
    const { description, parameters, requestBody, responses, deprecation, errata, ...short } =
      operation;
    const detail = JSON.stringify({
      description,
      parameters,
      requestBody,
      responses,
      deprecation,
      errata,
    } satisfies Pick<Operation, (typeof DETAIL_FIELDS)[number]>);
    details.push(detail);
    const entry = { ...short, d: [offset, offset + detail.length] };
    offset += detail.length;
    return entry;
  });
  const index = JSON.stringify({ info: spec.info, products: spec.products, operations });
  return `${index}\n${details.join("")}`;
}
