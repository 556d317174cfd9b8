// The spec storage contract: gzip blobs per version (the processed spec and the search isolates'
// form of it) plus a pointer; refreshes switch atomically and drop what they replaced.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSpecText, processSpec, serializeProcessedSpec } from "@repo/openapi";
import { describe, expect, it } from "vitest";
import { sandboxSpecText } from "../src/spec/sandbox-text.ts";
import {
  readPointer,
  readSandboxText,
  readSpecText,
  sandboxKey,
  writeSpec,
} from "../src/spec/store.ts";
import { memoryKv } from "./memory-kv.ts";
import { FIXTURES_DIR } from "./test-data.ts";

const info = { operations: 2, processedAt: "2026-11-21T00:00:00Z", source: "test" };
const fixture = join(FIXTURES_DIR, "openapi.json");
const spec = processSpec(parseSpecText(readFileSync(fixture, "utf8"), fixture), { source: "test" });
const text = serializeProcessedSpec(spec);
/** The same spec with one summary changed: another version. */
const changedText = serializeProcessedSpec({
  ...spec,
  operations: spec.operations.map((operation, i) =>
    i === 0 ? { ...operation, summary: "changed" } : operation,
  ),
});

describe("spec store", () => {
  it("stores compressed text and reads it back through the pointer", async () => {
    const kv = memoryKv();
    const { pointer, changed } = await writeSpec(kv, text, info);
    expect(changed).toBe(true);
    expect(pointer.storedBytes).toBeLessThan(pointer.bytes / 4);
    expect(await readPointer(kv)).toEqual(pointer);
    expect(await readSpecText(kv, pointer.version)).toBe(text);
  });

  it("stores the search isolates' form beside it", async () => {
    const kv = memoryKv();
    const { pointer } = await writeSpec(kv, text, info);
    expect(await readSandboxText(kv, pointer.version)).toBe(sandboxSpecText(spec));
  });

  it("adds the isolates' form to a stored spec that lacks it (written by older code)", async () => {
    const kv = memoryKv();
    const { pointer } = await writeSpec(kv, text, info);
    await kv.delete(sandboxKey(pointer.version));
    expect((await writeSpec(kv, text, info)).changed).toBe(false);
    expect(await readSandboxText(kv, pointer.version)).toBe(sandboxSpecText(spec));
  });

  it("does nothing when the spec did not change, and drops the old blobs when it did", async () => {
    const kv = memoryKv();
    const first = await writeSpec(kv, text, info);
    expect((await writeSpec(kv, text, info)).changed).toBe(false);
    const second = await writeSpec(kv, changedText, info);
    expect(second.changed).toBe(true);
    expect(second.pointer.version).not.toBe(first.pointer.version);
    expect(kv.keys().sort()).toEqual(
      [
        "openapi:current",
        `openapi:spec:${second.pointer.version}`,
        sandboxKey(second.pointer.version),
      ].sort(),
    );
    expect(await readSpecText(kv, first.pointer.version)).toBeNull();
  });
});
