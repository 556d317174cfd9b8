/**
 * Where the raw spec comes from, and loading it over HTTP with a size bound. File reading lives
 * in the Node CLI; everything here runs in Workers too.
 * @module
 */
import { OpenApiSpecError } from "./errors.ts";

/** Cloudflare's published spec: `openapi.json` of the public cloudflare/api-schemas repository. */
export const DEFAULT_OPENAPI_SPEC_URL =
  "https://raw.githubusercontent.com/cloudflare/api-schemas/main/openapi.json";

/** Largest raw spec accepted (today's is about 15 MB). */
export const DEFAULT_MAX_SPEC_BYTES = 64 * 1024 * 1024;

/** The environment variables that choose the spec. */
export interface SpecSourceEnv {
  /** A local file; wins over the URL when set. */
  CLOUDFLARE_OPENAPI_SPEC?: string;
  /** Where to download the spec; defaults to `DEFAULT_OPENAPI_SPEC_URL`. */
  OPENAPI_SPEC_URL?: string;
}

/** A local file or a URL. */
export type SpecSource = { kind: "file"; path: string } | { kind: "url"; url: string };

/** Picks the spec source from the environment: the local file if set, else the URL. */
export function resolveSpecSource(env: SpecSourceEnv): SpecSource {
  const file = env.CLOUDFLARE_OPENAPI_SPEC?.trim();
  if (file) return { kind: "file", path: file };
  const url = env.OPENAPI_SPEC_URL?.trim();
  return { kind: "url", url: url || DEFAULT_OPENAPI_SPEC_URL };
}

/** Options of `fetchSpec`. */
export interface FetchSpecOptions {
  fetch?: typeof fetch;
  maxBytes?: number;
  signal?: AbortSignal;
}

/**
 * Downloads and parses the spec at `url`.
 * @throws {OpenApiSpecError} `fetch_failed` (network error or non-2xx status), `too_large`,
 *   `invalid_json`. Messages name the URL without its query string or credentials.
 */
export async function fetchSpec(url: string, options: FetchSpecOptions = {}): Promise<unknown> {
  const fetchImpl = options.fetch ?? fetch;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SPEC_BYTES;
  const shown = describeUrl(url);
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers: { accept: "application/json" },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    throw new OpenApiSpecError("fetch_failed", `Could not fetch the spec from ${shown}.`, {
      cause: error,
    });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new OpenApiSpecError(
      "fetch_failed",
      `Fetching the spec from ${shown} answered HTTP ${response.status}.`,
    );
  }
  const text = await readBounded(response, maxBytes, shown);
  return parseSpecText(text, shown);
}

/**
 * Parses spec JSON text.
 * @throws {OpenApiSpecError} `invalid_json`, naming `sourceName` but quoting none of the text.
 */
export function parseSpecText(text: string, sourceName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new OpenApiSpecError("invalid_json", `The spec from ${sourceName} is not valid JSON.`, {
      cause: error,
    });
  }
}

/** `url` reduced to origin and path, so a token in its query or user info is never printed. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return "an invalid URL";
  }
}

async function readBounded(response: Response, maxBytes: number, shown: string): Promise<string> {
  const tooLarge = () =>
    new OpenApiSpecError("too_large", `The spec from ${shown} is larger than ${maxBytes} bytes.`);
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join("");
}
