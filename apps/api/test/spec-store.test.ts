// The spec storage contract: gzip blob per version plus a pointer, refreshes switch atomically.
import { describe, expect, it } from "vitest";
import { readPointer, readSpecText, writeSpec } from "../src/spec/store.ts";
import { memoryKv } from "./memory-kv.ts";

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
