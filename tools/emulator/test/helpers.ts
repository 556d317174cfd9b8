/** Test helpers: call the emulator Worker in-process the way an API client would. */
import { exports } from "cloudflare:workers";

export const ORIGIN = "http://127.0.0.1:8787";
export const API = `${ORIGIN}/client/v4`;

export interface CallOptions {
  /** Bearer token; omit to send no Authorization header. */
  readonly token?: string;
  /** JSON-encoded as the body. */
  readonly body?: unknown;
  /** Sent verbatim as the body (for malformed JSON). */
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
}

export interface CallResult {
  readonly status: number;
  readonly text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON shapes.
  readonly body: any;
}

/** Calls `path` below `/client/v4` (or an absolute path starting with `/__` or `/`). */
export async function call(
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const headers = new Headers({ host: "127.0.0.1:8787", ...options.headers });
  if (options.token !== undefined) headers.set("authorization", `Bearer ${options.token}`);
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers.set("content-type", "application/json");
  const url =
    path.startsWith("/client/") || path.startsWith("/__") || path === "/"
      ? `${ORIGIN}${path}`
      : `${API}${path}`;
  const response = await exports.default.fetch(new Request(url, { method, headers, body }));
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: response.status, text, body: parsed };
}

/** Restores the seeded state; call in `beforeEach` so tests do not see each other's writes. */
export async function resetEmulator(): Promise<void> {
  const result = await call("POST", "/__emulator/reset");
  if (result.status !== 200) throw new Error(`reset failed: ${result.status}`);
}

/** The single error of a failure envelope, after checking the envelope's fixed parts. */
export function onlyError(result: CallResult): {
  code: number;
  message: string;
  error_chain?: unknown;
} {
  const empty =
    result.body?.result === null ||
    (typeof result.body?.result === "object" && Object.keys(result.body.result).length === 0);
  if (result.body?.success !== false || !empty) {
    throw new Error(`expected a failure envelope, got ${result.text}`);
  }
  if (!Array.isArray(result.body.messages) || result.body.messages.length !== 0) {
    throw new Error(`expected empty messages, got ${result.text}`);
  }
  if (!Array.isArray(result.body.errors) || result.body.errors.length !== 1) {
    throw new Error(`expected exactly one error, got ${result.text}`);
  }
  return result.body.errors[0];
}
