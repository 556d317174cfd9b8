// @ts-check
/**
 * What `execute` code sees (types: execute.d.ts): `accountId` and `cloudflare.request`, which
 * sends each request to the host's gate (api-gate.ts) over `host.call("request", [...])`. Runs in
 * the Dynamic Worker; the host imports this file as text. FormData, Blob and byte bodies are
 * encoded here, inside the isolate, so multipart uploads keep their boundary.
 * @module
 */

/** @typedef {import("./execute").CloudflareRequest} CloudflareRequest */
/** @typedef {import("./execute").CloudflareResponse} CloudflareResponse */
/** @typedef {import("./execute").WireRequest} WireRequest */

/**
 * @param {{ call(name: string, args: unknown[]): Promise<unknown> }} host
 * @param {{ accountId?: string }} input
 */
export function scope(host, input) {
  const cloudflare = Object.freeze({
    /**
     * @param {CloudflareRequest} request
     * @returns {Promise<CloudflareResponse>}
     */
    async request(request) {
      if (request === null || typeof request !== "object") {
        throw new TypeError("cloudflare.request takes an object: { method, path, query, body }");
      }
      const wire = await encodeBody(request);
      return /** @type {Promise<CloudflareResponse>} */ (host.call("request", [wire]));
    },
  });
  return { accountId: input.accountId, cloudflare };
}

/**
 * The request as the gate receives it: structured-clonable, with uploads as bytes.
 * @param {WireRequest} request
 * @returns {Promise<WireRequest>}
 */
async function encodeBody(request) {
  let { body, contentType, rawBody } = request;
  if (body instanceof FormData) {
    const encoded = new Response(body);
    rawBody = new Uint8Array(await encoded.arrayBuffer());
    contentType = encoded.headers.get("content-type") ?? undefined;
    body = undefined;
  } else if (body instanceof Blob) {
    rawBody = new Uint8Array(await body.arrayBuffer());
    contentType ??= body.type || undefined;
    body = undefined;
  } else if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    rawBody = toBytes(body);
    body = undefined;
  }
  if (rawBody !== undefined && typeof rawBody !== "string") rawBody = toBytes(rawBody);
  return {
    method: request.method,
    path: request.path,
    query: request.query,
    body,
    contentType,
    rawBody,
    headers: request.headers,
  };
}

/** @param {ArrayBuffer | ArrayBufferView} value */
function toBytes(value) {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}
