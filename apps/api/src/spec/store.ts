/**
 * Where the processed OpenAPI spec lives: a gzip blob per version in KV plus a small pointer to
 * the current version, so a refresh becomes visible atomically (write the blob, then move the
 * pointer) and readers only download the blob when the version changed. Works in Workers and in
 * Node (the seed script), which both have CompressionStream and Web Crypto.
 */

import { parseProcessedSpec } from "@repo/openapi";
import { SANDBOX_SPEC_FORMAT, sandboxSpecText } from "./sandbox-text.ts";

export const POINTER_KEY = "openapi:current";
export const blobKey = (version: string) => `openapi:spec:${version}`;
/** The form search isolates read (sandbox-text.ts), gzip, per version and layout. */
export const sandboxKey = (version: string) => `openapi:sandbox:${version}:${SANDBOX_SPEC_FORMAT}`;

/** What the pointer records about the current spec. */
export interface SpecPointer {
  version: string;
  operations: number;
  processedAt: string;
  /** A URL or file name; never a credential. */
  source: string;
  /** Size of the processed JSON text. */
  bytes: number;
  /** Size of the stored gzip blob. */
  storedBytes: number;
}

/** The subset of KVNamespace this module uses (so tests and Node can pass their own). */
export interface SpecKv {
  get(key: string, type: "text"): Promise<string | null>;
  get(key: string, type: "arrayBuffer"): Promise<ArrayBuffer | null>;
  put(key: string, value: string | ArrayBuffer): Promise<void>;
  delete(key: string): Promise<void>;
}

export async function readPointer(kv: SpecKv): Promise<SpecPointer | null> {
  const text = await kv.get(POINTER_KEY, "text");
  return text ? (JSON.parse(text) as SpecPointer) : null;
}

/** The processed spec text of `version`, or null when that blob is gone (a refresh replaced it). */
export async function readSpecText(kv: SpecKv, version: string): Promise<string | null> {
  const blob = await kv.get(blobKey(version), "arrayBuffer");
  return blob ? gunzip(blob) : null;
}

/** The search isolates' form of `version`, or null when it was not stored (an older layout). */
export async function readSandboxText(kv: SpecKv, version: string): Promise<string | null> {
  const blob = await kv.get(sandboxKey(version), "arrayBuffer");
  return blob ? gunzip(blob) : null;
}

/**
 * What is stored for a spec: its gzip blob (under `blobKey(pointer.version)`), the search
 * isolates' form (under `sandboxKey(pointer.version)`) and its pointer.
 */
export interface StoredSpec {
  pointer: SpecPointer;
  blob: ArrayBuffer;
  sandboxBlob: ArrayBuffer;
}

/** The stored form of `text` (the output of `serializeProcessedSpec`) as `version`. */
export async function storedSpec(
  text: string,
  info: { operations: number; processedAt: string; source: string },
  version: string,
): Promise<StoredSpec> {
  const blob = await gzip(text);
  const sandboxBlob = await gzip(sandboxSpecText(parseProcessedSpec(text)));
  return {
    blob,
    sandboxBlob,
    pointer: {
      version,
      ...info,
      bytes: new TextEncoder().encode(text).byteLength,
      storedBytes: blob.byteLength,
    },
  };
}

/**
 * Stores `text` as the current spec unless its version is already current. The version is the
 * hash of `versionSource` (default: the text): pass what identifies the content (the operations)
 * so that reprocessing an unchanged spec, which only moves `processedAt`, is not a new version.
 * Returns the pointer and whether anything changed.
 */
export async function writeSpec(
  kv: SpecKv,
  text: string,
  info: { operations: number; processedAt: string; source: string },
  versionSource: string = text,
): Promise<{ pointer: SpecPointer; changed: boolean }> {
  const version = await contentVersion(versionSource);
  const previous = await readPointer(kv);
  if (previous?.version === version) {
    // Same content, but this code may read a newer layout of the isolates' form.
    if ((await kv.get(sandboxKey(version), "arrayBuffer")) === null) {
      await kv.put(sandboxKey(version), await gzip(sandboxSpecText(parseProcessedSpec(text))));
    }
    return { pointer: previous, changed: false };
  }
  const { pointer, blob, sandboxBlob } = await storedSpec(text, info, version);
  await kv.put(blobKey(version), blob);
  await kv.put(sandboxKey(version), sandboxBlob);
  await kv.put(POINTER_KEY, JSON.stringify(pointer));
  if (previous) {
    await kv.delete(blobKey(previous.version));
    await kv.delete(sandboxKey(previous.version));
  }
  return { pointer, changed: true };
}

/** First 16 hex digits of the SHA-256 of the text: equal specs get equal versions. */
export async function contentVersion(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest).slice(0, 8), (byte) =>
    byte.toString(16).padStart(2, "0"),
  ).join("");
}

async function gzip(text: string): Promise<ArrayBuffer> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Response(stream).arrayBuffer();
}

async function gunzip(blob: ArrayBuffer): Promise<string> {
  const stream = new Blob([blob]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text();
}
