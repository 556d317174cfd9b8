/**
 * Turns an `ApiBody` into what `fetch` sends, setting the content type each kind needs.
 * @module
 */
import type { ApiBody } from "./types";

export interface EncodedBody {
  body: BodyInit | undefined;
  /** False for a `ReadableStream`: it is consumed by the first attempt, so it can't be retried. */
  replayable: boolean;
}

/** Encodes `body` and sets (or clears) `content-type` on `headers` to match. */
export function encodeBody(body: ApiBody | undefined, headers: Headers): EncodedBody {
  if (body === undefined) return { body: undefined, replayable: true };
  if ("json" in body) {
    headers.set("content-type", "application/json");
    return { body: JSON.stringify(body.json) ?? "null", replayable: true };
  }
  if ("form" in body) {
    // The runtime writes `multipart/form-data; boundary=...`; a content type set by hand would
    // lack the boundary and make the body unreadable, so any caller-supplied one is dropped.
    headers.delete("content-type");
    return { body: body.form, replayable: true };
  }
  if (body.contentType !== undefined) headers.set("content-type", body.contentType);
  return { body: body.raw, replayable: !(body.raw instanceof ReadableStream) };
}
