/**
 * Reading the Bearer credential and answering 401s the way RFC 6750 §3 asks: a request with no
 * credential gets a bare challenge; a bad credential gets `error="invalid_token"` and a description.
 */

export type BearerExtraction =
  | { kind: "token"; token: string }
  | { kind: "missing" }
  | { kind: "malformed" };

export function extractBearer(request: Request): BearerExtraction {
  const header = request.headers.get("authorization");
  if (header === null || header.trim() === "") return { kind: "missing" };
  const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(header.trim());
  if (!match?.[1]) return { kind: "malformed" };
  return { kind: "token", token: match[1] };
}

export interface ChallengeOptions {
  realm: string;
  /** OAuth error code; omitted when the request carried no credential at all (RFC 6750 §3.1). */
  error?: "invalid_request" | "invalid_token" | "insufficient_scope";
  description: string;
  /** RFC 9728 protected-resource metadata URL, once OAuth is enabled. */
  resourceMetadata?: string;
  status?: 400 | 401 | 403 | 503;
}

export function challengeResponse(options: ChallengeOptions): Response {
  const params = [`realm="${quote(options.realm)}"`];
  if (options.error) {
    params.push(`error="${options.error}"`, `error_description="${quote(options.description)}"`);
  }
  if (options.resourceMetadata)
    params.push(`resource_metadata="${quote(options.resourceMetadata)}"`);
  return Response.json(
    { error: options.error ?? "unauthorized", error_description: options.description },
    {
      status: options.status ?? 401,
      headers: { "WWW-Authenticate": `Bearer ${params.join(", ")}`, "Cache-Control": "no-store" },
    },
  );
}

function quote(value: string): string {
  return value.replace(/["\\]/g, "'");
}
