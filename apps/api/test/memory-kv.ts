/** An in-memory stand-in for the KV namespace SPEC_STORE, with the same get/put/delete types. */
import type { SpecKv } from "../src/spec/store.ts";

export function memoryKv(): SpecKv & { keys(): string[] } {
  const data = new Map<string, string | ArrayBuffer>();
  return {
    keys: () => [...data.keys()].sort(),
    async get(key: string, type: "text" | "arrayBuffer") {
      const value = data.get(key);
      if (value === undefined) return null;
      if (type === "text")
        return typeof value === "string" ? value : new TextDecoder().decode(value);
      return typeof value === "string" ? new TextEncoder().encode(value).buffer : value;
    },
    async put(key: string, value: string | ArrayBuffer) {
      data.set(key, value);
    },
    async delete(key: string) {
      data.delete(key);
    },
  } as SpecKv & { keys(): string[] };
}
