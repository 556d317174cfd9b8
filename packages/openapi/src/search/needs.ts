/**
 * The one-line "needs" of an endpoint card: what a caller must supply, so a model can tell
 * `DELETE /zones/{zone_id}/dns_records/{dns_record_id}` needs a record id before it calls.
 * Format: `path: zone_id, dns_record_id; query: since; body: name, type, content`, parts left out
 * when empty, "nothing" when nothing is required; a required body without required fields is
 * `body: (object)`.
 * @module
 */
import type { JsonValue, Operation } from "../types.ts";

const MAX_CHARS = 160;

export function needsLine(operation: Operation): string {
  const parts: string[] = [];
  const required = (where: string) =>
    operation.parameters.filter((parameter) => parameter.in === where && parameter.required);
  const path = required("path").map((parameter) => parameter.name);
  const query = required("query").map((parameter) => parameter.name);
  if (path.length > 0) parts.push(`path: ${path.join(", ")}`);
  if (query.length > 0) parts.push(`query: ${query.join(", ")}`);
  const body = operation.requestBody;
  if (body?.required || (body && requiredFields(firstSchema(body.content)).length > 0)) {
    const fields = requiredFields(firstSchema(body.content));
    parts.push(`body: ${fields.length > 0 ? fields.join(", ") : "(object)"}`);
  }
  const line = parts.length > 0 ? parts.join("; ") : "nothing";
  return line.length <= MAX_CHARS ? line : `${line.slice(0, MAX_CHARS - 1)}…`;
}

function firstSchema(content: Record<string, { schema?: JsonValue }>): JsonValue | undefined {
  const json = Object.entries(content).find(([type]) => type.includes("json"));
  return (json ?? Object.entries(content)[0])?.[1].schema;
}

/**
 * Required property names of a body schema: its own `required`, those of every `allOf` member,
 * and for `oneOf`/`anyOf` the ones every variant requires.
 */
function requiredFields(node: JsonValue | undefined, depth = 0): string[] {
  if (node === null || typeof node !== "object" || Array.isArray(node) || depth > 4) return [];
  const fields = new Set<string>();
  if (Array.isArray(node.required)) {
    for (const name of node.required) if (typeof name === "string") fields.add(name);
  }
  if (Array.isArray(node.allOf)) {
    for (const member of node.allOf)
      for (const name of requiredFields(member, depth + 1)) fields.add(name);
  }
  for (const key of ["oneOf", "anyOf"] as const) {
    const variants = node[key];
    if (!Array.isArray(variants) || variants.length === 0) continue;
    const sets = variants.map((variant) => new Set(requiredFields(variant, depth + 1)));
    for (const name of sets[0]!) if (sets.every((set) => set.has(name))) fields.add(name);
  }
  return [...fields];
}
