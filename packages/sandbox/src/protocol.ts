/**
 * The wire protocol between a host and the local sandbox process, one WebSocket per run, JSON
 * text frames. The host opens the socket and sends `run`; the sandbox asks for shared modules it
 * has not cached (`need` -> `module` chunks), forwards the code's host calls (`call` -> `reply`)
 * and ends with `done`. The supervisor in between also ends a run with `done` when it had to stop
 * the sandbox process (kind `cpu`, `memory` or `crash`).
 * Bytes (request bodies) travel inside values as `{ "__sandbox_bytes__": base64 }`.
 */
import type { SandboxOutcome } from "./outcome.ts";

/** A module as sent: shared modules by id only. */
export type WireModule =
  | { js: string }
  | { text: string }
  | { shared: { id: string; kind: "js" | "text" } };

export type HostMessage =
  | { t: "run"; modules: Record<string, WireModule>; input: unknown; timeoutMs: number }
  | { t: "module"; id: string; data: string; last: boolean }
  | { t: "reply"; id: number; ok: true; value: unknown }
  | { t: "reply"; id: number; ok: false; error: string };

export type SandboxMessage =
  | { t: "need"; ids: string[] }
  | { t: "call"; id: number; name: string; args: unknown }
  | { t: "done"; outcome: SandboxOutcome };

/** Shared module sources are sent in pieces: workerd bounds the size of one WebSocket message. */
export const MODULE_CHUNK_CHARS = 512 * 1024;

/** Header carrying the shared secret on the upgrade request. */
export const SECRET_HEADER = "x-sandbox-secret";

const BYTES_KEY = "__sandbox_bytes__";

/** JSON text of a message; Uint8Array and ArrayBuffer values become base64. */
export function encodeMessage(message: HostMessage | SandboxMessage): string {
  return JSON.stringify(message, function replace(this: unknown, key, value) {
    const raw = (this as Record<string, unknown>)[key];
    if (raw instanceof Uint8Array) return { [BYTES_KEY]: toBase64(raw) };
    if (raw instanceof ArrayBuffer) return { [BYTES_KEY]: toBase64(new Uint8Array(raw)) };
    return value;
  });
}

export function decodeMessage<T extends HostMessage | SandboxMessage>(text: string): T {
  return JSON.parse(text, (_key, value) => {
    if (value !== null && typeof value === "object" && typeof value[BYTES_KEY] === "string") {
      const keys = Object.keys(value);
      if (keys.length === 1) return fromBase64(value[BYTES_KEY]);
    }
    return value;
  }) as T;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
