/** The account: account_id, else the only or active account */
declare const accountId: string | undefined;
declare const cloudflare: {
  /** path is relative to /client/v4; body is JSON, or FormData/Blob/bytes for uploads. Never throws for API errors: check success and errors */
  request(req: {
    method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
    path: string;
    query?: Record<string, string | number | boolean>;
    body?: unknown;
    contentType?: string;
    headers?: Record<string, string>;
  }): Promise<{
    success: boolean;
    status: number;
    result: unknown;
    errors: { code: number; message: string }[];
    messages: unknown[];
    result_info?: object;
  }>;
};

// HOST ONLY (not shown to models): the names the gate uses for the same types.
export type CloudflareRequest = Parameters<typeof cloudflare.request>[0];
export type CloudflareResponse = Awaited<ReturnType<typeof cloudflare.request>>;
/** A request as it reaches the gate: the isolate turned upload bodies into bytes. */
export type WireRequest = Omit<CloudflareRequest, "body"> & {
  body?: unknown;
  rawBody?: string | Uint8Array;
};
