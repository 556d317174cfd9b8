/** The account: account_id, else the only or active account. */
declare const accountId: string | undefined;
declare const cloudflare: Cloudflare;
export interface Cloudflare {
  /** Never throws for API errors: check success/status/errors. */
  request(req: CloudflareRequest): Promise<CloudflareResponse>;
}
export interface CloudflareRequest {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Relative to /client/v4, e.g. `/accounts/${accountId}/workers/scripts` */
  path: string;
  query?: Record<string, string | number | boolean>;
  /** JSON, or FormData, Blob or bytes for uploads */
  body?: unknown;
  contentType?: string;
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
}
export interface CloudflareResponse {
  success: boolean;
  status: number;
  result: unknown;
  errors: { code: number; message: string }[];
  messages: unknown[];
  result_info?: Record<string, unknown>;
}
