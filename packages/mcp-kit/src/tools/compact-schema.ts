/**
 * Every client pays for `tools/list` in tokens, on every connection. Zod stamps each input schema
 * with `"$schema": "https://json-schema.org/draft/2020-12/schema"` (about 15 tokens a tool), which
 * says nothing: MCP reads a schema without `$schema` as JSON Schema 2020-12 anyway.
 */
import type { StandardSchemaWithJSON } from "@modelcontextprotocol/server";

type Schema = StandardSchemaWithJSON<Record<string, unknown>, Record<string, unknown>>;
type Converter = Schema["~standard"]["jsonSchema"];

/**
 * The same schema (validation and JSON Schema alike), its JSON Schema without `$schema`, converted
 * once per target: the kit prepares each tool once per isolate, while the stateless SDK server of
 * every request would convert it again for each `tools/list`. The SDK copies the result before
 * adding to it.
 */
export function withoutDialectStamp(schema: Schema): Schema {
  const standard = schema["~standard"];
  const convert = standard.jsonSchema;
  const strip = (io: keyof Converter): Converter[typeof io] => {
    const converted = new Map<string, Record<string, unknown>>();
    return (options) => {
      const key = JSON.stringify(options ?? {});
      let json = converted.get(key);
      if (!json) {
        const { $schema: _dialect, ...rest } = convert[io](options);
        json = rest;
        converted.set(key, json);
      }
      return json;
    };
  };
  const compact: Schema["~standard"] = {
    ...standard,
    jsonSchema: { input: strip("input"), output: strip("output") },
  };
  // The prototype keeps the library's own object (zod's `_zod`, its methods) reachable.
  return Object.create(schema, { "~standard": { value: compact, enumerable: true } }) as Schema;
}
