/**
 * Request body cap. A declared Content-Length over the cap is refused before reading; a body
 * without one (chunked) is read up to the cap and refused as soon as it goes over, so a client
 * can never make the Worker buffer more than the cap.
 */

import { HttpError, type Middleware } from "./pipeline";

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Refuses a body over `maxBytes` with 413; later steps get a request whose body is buffered. */
export function limitBody<Env>(maxBytes: number): Middleware<Env> {
  return async function limitBody(http, next) {
    const limited = await limitRequestBody(http.request, maxBytes);
    if (!limited.ok) {
      throw new HttpError(413, `Request body is larger than the ${maxBytes}-byte limit.`);
    }
    http.request = limited.request;
    return next();
  };
}

export type LimitedBody = { ok: true; request: Request } | { ok: false; size: number | undefined };

export async function limitRequestBody(request: Request, maxBytes: number): Promise<LimitedBody> {
  if (request.body === null) return { ok: true, request };
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, size: declared };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { ok: false, size: undefined };
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, request: new Request(request, { body }) };
}
