/**
 * `execute`: agent code runs in a fresh Dynamic Worker per call with no network; its only way out
 * is `cloudflare.request`, which calls the host's ApiGate over RPC. FormData, Blob and byte bodies
 * are encoded inside the isolate, so multipart uploads (Worker scripts) keep their boundary.
 */
import { runInSandbox, type SandboxOutcome } from "@repo/sandbox";
import type { ApiGate } from "./api-gate.ts";

const SCOPE = `const accountId = input.accountId;
const cloudflare = Object.freeze({
  async request(request) {
    if (request === null || typeof request !== "object") {
      throw new TypeError("cloudflare.request takes an object: { method, path, query, body }");
    }
    let { body, contentType, rawBody } = request;
    if (body instanceof FormData) {
      const encoded = new Response(body);
      rawBody = new Uint8Array(await encoded.arrayBuffer());
      contentType = encoded.headers.get("content-type");
      body = undefined;
    } else if (body instanceof Blob) {
      rawBody = new Uint8Array(await body.arrayBuffer());
      contentType ??= body.type || undefined;
      body = undefined;
    } else if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
      rawBody = body;
      body = undefined;
    }
    if (rawBody instanceof ArrayBuffer) rawBody = new Uint8Array(rawBody);
    else if (ArrayBuffer.isView(rawBody) && !(rawBody instanceof Uint8Array)) {
      rawBody = new Uint8Array(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength);
    }
    return host.request({
      method: request.method,
      path: request.path,
      query: request.query,
      body,
      contentType,
      rawBody,
      headers: request.headers,
    });
  },
});`;

export interface ExecuteRunOptions {
  loader: WorkerLoader;
  code: string;
  gate: ApiGate;
  accountId: string | undefined;
  timeoutMs: number;
}

export async function runExecute(options: ExecuteRunOptions): Promise<SandboxOutcome> {
  try {
    return await runInSandbox({
      loader: options.loader,
      code: options.code,
      scope: SCOPE,
      host: options.gate,
      input: { accountId: options.accountId },
      timeoutMs: options.timeoutMs,
    });
  } finally {
    options.gate.close();
  }
}
