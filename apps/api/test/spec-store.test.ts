// The spec storage contract: gzip blob per version plus a pointer, refreshes switch atomically.
import { describe, expect, it } from "vitest";
import { readPointer, readSpecText, type SpecKv, writeSpec } from "../src/spec/store.ts";

function memoryKv(): SpecKv & { keys(): string[] } {
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

const info = { operations: 2, processedAt: "2026-11-21T00:00:00Z", source: "test" };

describe("spec store", () => {
  it("stores compressed text and reads it back through the pointer", async () => {
    const kv = memoryKv();
    const text = JSON.stringify({ format: 1, operations: Array(200).fill({ path: "/zones" }) });
    const { pointer, changed } = await writeSpec(kv, text, info);
    expect(changed).toBe(true);
    expect(pointer.storedBytes).toBeLessThan(pointer.bytes / 10);
    expect(await readPointer(kv)).toEqual(pointer);
    expect(await readSpecText(kv, pointer.version)).toBe(text);
  });

  it("does nothing when the spec did not change, and drops the old blob when it did", async () => {
    const kv = memoryKv();
    const first = await writeSpec(kv, '{"v":1}', info);
    expect((await writeSpec(kv, '{"v":1}', info)).changed).toBe(false);
    const second = await writeSpec(kv, '{"v":2}', info);
    expect(second.changed).toBe(true);
    expect(second.pointer.version).not.toBe(first.pointer.version);
    expect(kv.keys()).toEqual(["openapi:current", `openapi:spec:${second.pointer.version}`]);
    expect(await readSpecText(kv, first.pointer.version)).toBeNull();
  });
});
