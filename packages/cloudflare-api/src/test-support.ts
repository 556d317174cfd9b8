/**
 * Test support (not exported by the package): a scripted fake `fetch` that records requests,
 * builders for real v4 envelope shapes, and a virtual clock so retry tests never wait.
 * @module
 */
import { CloudflareClient } from "./client";
import type { CloudflareClientOptions } from "./types";

export const TOKEN = "cf-test-token-Zq8xV2nK4pL7mR1s";
export const ACCOUNT_ID = "023e105f4ecef8ad9ca31a8372d0c353";
export const BASE_URL = "https://api.cloudflare.com/client/v4";

export interface RecordedRequest {
  url: URL;
  method: string;
  headers: Headers;
  body: BodyInit | null | undefined;
  signal: AbortSignal | null | undefined;
}

type Responder = Response | ((request: RecordedRequest) => Response | Promise<Response>);

/** A fetch that answers with `responders` in order and records each request it gets. */
export function scriptedFetch(...responders: Responder[]): {
  fetch: typeof fetch;
  calls: RecordedRequest[];
} {
  const calls: RecordedRequest[] = [];
  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request: RecordedRequest = {
      url: new URL(input instanceof Request ? input.url : String(input)),
      method: init?.method ?? "GET",
      headers: new Headers(init?.headers),
      body: init?.body,
      signal: init?.signal,
    };
    calls.push(request);
    const responder = responders[calls.length - 1];
    if (responder === undefined) throw new Error(`unexpected request #${calls.length}`);
    return typeof responder === "function" ? responder(request) : responder;
  };
  return { fetch: fakeFetch as typeof fetch, calls };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

export function ok(result: unknown, extra: Record<string, unknown> = {}): Response {
  return json({ success: true, errors: [], messages: [], result, ...extra });
}

export function failure(
  status: number,
  errors: unknown[],
  headers: Record<string, string> = {},
): Response {
  return json({ success: false, errors, messages: [], result: null }, status, headers);
}

export function html(status: number, body: string): Response {
  return new Response(body, { status, headers: { "content-type": "text/html" } });
}

/** Virtual time: `sleep` records the delay and moves `now` forward instead of waiting. */
export function virtualClock(start = Date.UTC(2026, 7, 1, 12, 0, 0)) {
  let time = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      time += ms;
    },
  };
}

export type VirtualClock = ReturnType<typeof virtualClock>;

/** A client with the test token, a fake fetch, a virtual clock and jitter fixed at 0. */
export function testClient(
  fakeFetch: typeof fetch,
  clock: VirtualClock = virtualClock(),
  overrides: Partial<CloudflareClientOptions> = {},
): CloudflareClient {
  return new CloudflareClient({
    token: TOKEN,
    userAgent: "cloudflare-mcp-test/0.0.0",
    fetch: fakeFetch,
    ...overrides,
    retry: { sleep: clock.sleep, now: clock.now, random: () => 0, ...overrides.retry },
  });
}
