/**
 * Words hidden in an operation's schemas that people search by: enum values ("http3", "always_on"
 * of the zone settings' `id`), titles of the variants a body may take ("Brotli Compression",
 * "Always Online Mode"), and the names and descriptions of query parameters and body fields.
 * The walk is bounded: a few levels deep and a fixed number of words per operation, so one huge
 * schema cannot dominate the index.
 * @module
 */
import type { JsonValue, Operation } from "../types.ts";

/** Schema levels walked below a request body or a response's `result`. */
const MAX_DEPTH = 4;
/** Values kept per enum: long enums are lists of data (countries, models), not words to search by. */
const MAX_ENUM_VALUES = 60;
/** Characters of words collected per operation and kind. */
const MAX_CHARS = 6_000;

export interface SchemaWords {
  /** Enum values and `const`s. */
  enums: string[];
  /** Titles of schemas and variants. */
  titles: string[];
  /** Names of query/header parameters and of body fields. */
  fields: string[];
  /** Descriptions of parameters and of top-level body fields. */
  descriptions: string[];
}

export function schemaWords(operation: Operation): SchemaWords {
  const words: SchemaWords = { enums: [], titles: [], fields: [], descriptions: [] };
  const budget = new Budget();
  for (const parameter of operation.parameters) {
    if (parameter.in !== "path") budget.push(words.fields, parameter.name);
    if (parameter.description) budget.push(words.descriptions, parameter.description);
    walk(parameter.schema, 0, words, budget, false);
  }
  for (const media of Object.values(operation.requestBody?.content ?? {})) {
    walk(media.schema, 0, words, budget, true);
  }
  // A read has no body: what it returns says what it is about (the setting variants of
  // GET /zones/{zone_id}/settings/{setting_id}).
  if (operation.method === "GET") {
    const success = Object.entries(operation.responses).find(([status]) => status.startsWith("2"));
    for (const media of Object.values(success?.[1].content ?? {})) {
      const result = objectOf(objectOf(media.schema)?.properties)?.result;
      walk(result, 0, { ...words, fields: [], descriptions: [] }, budget, false);
    }
  }
  return words;
}

function walk(
  node: JsonValue | undefined,
  depth: number,
  words: SchemaWords,
  budget: Budget,
  fields: boolean,
): void {
  const schema = objectOf(node);
  if (!schema || depth > MAX_DEPTH) return;
  if (typeof schema.title === "string") budget.push(words.titles, schema.title);
  if (Array.isArray(schema.enum) && schema.enum.length <= MAX_ENUM_VALUES) {
    for (const value of schema.enum) if (typeof value === "string") budget.push(words.enums, value);
  }
  if (typeof schema.const === "string") budget.push(words.enums, schema.const);
  const properties = objectOf(schema.properties);
  for (const [name, child] of Object.entries(properties ?? {})) {
    if (fields && depth <= 1) {
      budget.push(words.fields, name);
      const description = objectOf(child)?.description;
      if (depth === 0 && typeof description === "string")
        budget.push(words.descriptions, description);
    }
    walk(child, depth + 1, words, budget, fields);
  }
  for (const key of ["allOf", "oneOf", "anyOf"] as const) {
    const variants = schema[key];
    if (Array.isArray(variants))
      for (const variant of variants) walk(variant, depth, words, budget, fields);
  }
  walk(schema.items, depth + 1, words, budget, fields);
}

function objectOf(value: JsonValue | undefined): { [key: string]: JsonValue } | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

class Budget {
  #used = new Map<string[], number>();

  push(list: string[], word: string): void {
    const used = this.#used.get(list) ?? 0;
    if (used + word.length > MAX_CHARS) return;
    this.#used.set(list, used + word.length);
    list.push(word);
  }
}
