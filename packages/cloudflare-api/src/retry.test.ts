// Scope: retries — which failures are retried per method, backoff, Retry-After, and the bounds.
import { describe, expect, it } from "vitest";
import { backoffDelay, isRetryableStatus, parseRetryAfter, resolveRetryPolicy } from "./client";
import { CloudflareApiError, CloudflareNetworkError } from "./errors";
import { failure, html, ok, scriptedFetch, testClient, virtualClock } from "./test-support";

const rateLimited = (retryAfter?: string) =>
  failure(
    429,
    [{ code: 971, message: "Please wait and consider throttling your request speed" }],
    retryAfter === undefined ? {} : { "retry-after": retryAfter },
  );

const networkDown = () => {
  throw new TypeError("Network connection lost.");
};

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

describe("retrying responses", () => {
  it("retries 429 honouring Retry-After in seconds", async () => {
    const clock = virtualClock();
    const { fetch, calls } = scriptedFetch(rateLimited("2"), ok({ id: "x" }));
    const response = await testClient(fetch, clock).get("/zones");
    expect(response.result).toEqual({ id: "x" });
    expect(calls).toHaveLength(2);
    expect(clock.sleeps).toEqual([2000]);
  });

  it("retries 429 honouring Retry-After as an HTTP date", async () => {
    const clock = virtualClock(Date.UTC(2026, 7, 1, 12, 0, 0));
    const { fetch } = scriptedFetch(rateLimited("Sat, 01 Aug 2026 12:00:03 GMT"), ok([]));
    await testClient(fetch, clock).get("/zones");
    expect(clock.sleeps).toEqual([3000]);
  });

  it("retries a 429 on POST: the rate limiter refused it before it was acted on", async () => {
    const clock = virtualClock();
    const { fetch, calls } = scriptedFetch(rateLimited("1"), ok({ id: "new" }));
    await testClient(fetch, clock).post("/accounts/a/secrets_store/stores", {
      body: { json: { name: "s" } },
    });
    expect(calls).toHaveLength(2);
    expect(calls[1]?.body).toBe(calls[0]?.body);
  });

  it("gives up at once when Retry-After exceeds the remaining time budget", async () => {
    const clock = virtualClock();
    const { fetch, calls } = scriptedFetch(rateLimited("30"), ok([]));
    const error = (await caught(testClient(fetch, clock).get("/zones"))) as CloudflareApiError;
    expect(error).toBeInstanceOf(CloudflareApiError);
    expect(calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(error.retryAfterSeconds).toBe(30);
    expect(error.message).toBe(
      "Cloudflare API error 971: Please wait and consider throttling your request speed (HTTP 429, GET /zones; retry after 30 s)",
    );
  });

  it("retries 5xx for idempotent methods with exponential backoff and jitter", async () => {
    const clock = virtualClock();
    const { fetch, calls } = scriptedFetch(
      html(502, "<html>502</html>"),
      failure(500, [{ code: 10001, message: "Internal error" }]),
      html(504, "<html>504</html>"),
      ok({ ok: true }),
    );
    const client = testClient(fetch, clock, { retry: { random: () => 0.5 } });
    await client.put("/accounts/a/workers/scripts/w/settings", { body: { json: {} } });
    expect(calls).toHaveLength(4);
    // base 250 doubling per retry; equal jitter at 0.5 gives 75% of each ceiling.
    expect(clock.sleeps).toEqual([188, 375, 750]);
  });

  it("does not retry 500/502/504 for POST or PATCH: the write may have happened", async () => {
    for (const method of ["POST", "PATCH"] as const) {
      const { fetch, calls } = scriptedFetch(html(502, "bad gateway"), ok(null));
      const error = await caught(
        testClient(fetch).request({ method, path: "/x", body: { json: {} } }),
      );
      expect((error as CloudflareApiError).status).toBe(502);
      expect(calls).toHaveLength(1);
    }
  });

  it("retries 503 for POST: the API was unavailable and did not act", async () => {
    const { fetch, calls } = scriptedFetch(html(503, "unavailable"), ok({ id: "1" }));
    await testClient(fetch).post("/x", { body: { json: {} } });
    expect(calls).toHaveLength(2);
  });

  it("never retries other 4xx", async () => {
    const { fetch, calls } = scriptedFetch(
      failure(403, [{ code: 10000, message: "Authentication error" }]),
      ok(null),
    );
    await caught(testClient(fetch).get("/x"));
    expect(calls).toHaveLength(1);
  });

  it("stops after maxRetries and reports the attempts", async () => {
    const clock = virtualClock();
    const { fetch, calls } = scriptedFetch(
      html(500, "e"),
      html(500, "e"),
      html(500, "e"),
      html(500, "e"),
      ok(null),
    );
    const error = (await caught(testClient(fetch, clock).get("/x"))) as CloudflareApiError;
    expect(calls).toHaveLength(4);
    expect(error.attempts).toBe(4);
    expect(error.message).toContain("4 attempts");
  });

  it("stops when the next backoff would pass maxElapsedMs", async () => {
    const clock = virtualClock();
    const { fetch, calls } = scriptedFetch(
      (request) => {
        clock.advance(900);
        return html(500, String(request.url));
      },
      html(500, "e"),
      ok(null),
    );
    const client = testClient(fetch, clock, { retry: { maxElapsedMs: 1000, maxRetries: 5 } });
    await caught(client.get("/x"));
    // 900 ms spent on the first attempt; a 125+ ms backoff would exceed 1000 ms.
    expect(calls).toHaveLength(1);
  });

  it("gives up when the next wait would pass the caller's deadline", async () => {
    const clock = virtualClock();
    const { fetch, calls } = scriptedFetch(rateLimited("2"), ok({ id: "x" }));
    const client = testClient(fetch, clock);
    const error = await caught(client.get("/x", { deadline: clock.now() + 1_500 }));
    expect(error).toBeInstanceOf(CloudflareApiError);
    expect(calls).toHaveLength(1);
  });

  it("cuts an attempt at the caller's deadline even when its own timeout is longer", async () => {
    const { fetch, calls } = scriptedFetch(
      (request) =>
        new Promise<Response>((_, reject) => {
          request.signal?.addEventListener("abort", () =>
            reject(new DOMException("aborted", "AbortError")),
          );
        }),
    );
    const clock = virtualClock();
    const client = testClient(fetch, clock, { timeoutMs: 60_000, retry: { maxRetries: 0 } });
    const deadline = clock.now() + 20;
    const error = (await caught(client.get("/x", { deadline }))) as CloudflareNetworkError;
    expect(error).toBeInstanceOf(CloudflareNetworkError);
    expect(error.kind).toBe("timeout");
    expect(calls).toHaveLength(1);
  });

  it("does not retry a streamed raw body, which can be sent only once", async () => {
    const { fetch, calls } = scriptedFetch(html(503, "unavailable"), ok(null));
    const stream = new Blob(["data"]).stream();
    await caught(
      testClient(fetch).put("/x", {
        body: { raw: stream, contentType: "application/octet-stream" },
      }),
    );
    expect(calls).toHaveLength(1);
  });

  it("requestRaw retries too", async () => {
    const { fetch, calls } = scriptedFetch(rateLimited("1"), new Response("script"));
    const response = await testClient(fetch).requestRaw({ method: "GET", path: "/x/content" });
    expect(await response.text()).toBe("script");
    expect(calls).toHaveLength(2);
  });
});

describe("retrying network failures", () => {
  it("retries network errors for GET, PUT and DELETE", async () => {
    for (const method of ["GET", "PUT", "DELETE"] as const) {
      const { fetch, calls } = scriptedFetch(networkDown, ok({ done: true }));
      const response = await testClient(fetch).request({ method, path: "/x" });
      expect(response.result).toEqual({ done: true });
      expect(calls).toHaveLength(2);
    }
  });

  it("does not retry network errors for POST or PATCH", async () => {
    for (const method of ["POST", "PATCH"] as const) {
      const { fetch, calls } = scriptedFetch(networkDown, ok(null));
      const error = await caught(
        testClient(fetch).request({ method, path: "/x", body: { json: {} } }),
      );
      expect(error).toBeInstanceOf(CloudflareNetworkError);
      expect(calls).toHaveLength(1);
    }
  });

  it("retries a timed-out GET and then succeeds", async () => {
    const { fetch, calls } = scriptedFetch(
      (request) =>
        new Promise<Response>((_, reject) => {
          request.signal?.addEventListener("abort", () =>
            reject(new DOMException("aborted", "AbortError")),
          );
        }),
      ok("late but fine"),
    );
    const response = await testClient(fetch, undefined, { timeoutMs: 5 }).get("/x");
    expect(response.result).toBe("late but fine");
    expect(calls).toHaveLength(2);
  });

  it("stops waiting between retries when the caller aborts", async () => {
    const controller = new AbortController();
    const clock = virtualClock();
    const sleep = async (ms: number, signal?: AbortSignal) => {
      controller.abort();
      await clock.sleep(ms, signal);
    };
    const { fetch, calls } = scriptedFetch(html(500, "e"), ok(null));
    const client = testClient(fetch, clock, { retry: { sleep } });
    const error = (await caught(
      client.get("/x", { signal: controller.signal }),
    )) as CloudflareNetworkError;
    expect(error.kind).toBe("aborted");
    expect(calls).toHaveLength(1);
  });
});

describe("retry policy helpers", () => {
  it("parseRetryAfter reads seconds, HTTP dates, past dates and rejects garbage", () => {
    const now = Date.UTC(2026, 7, 1, 12, 0, 0);
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("1.5", now)).toBe(1500);
    expect(parseRetryAfter("Sat, 01 Aug 2026 12:01:00 GMT", now)).toBe(60_000);
    expect(parseRetryAfter("Sat, 01 Aug 2026 11:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it("isRetryableStatus treats 501 and 505 as permanent", () => {
    expect(isRetryableStatus("GET", 501)).toBe(false);
    expect(isRetryableStatus("GET", 505)).toBe(false);
    expect(isRetryableStatus("GET", 520)).toBe(true);
    expect(isRetryableStatus("DELETE", 500)).toBe(true);
    expect(isRetryableStatus("POST", 500)).toBe(false);
  });

  it("backoffDelay doubles per retry and stays within [half, full] of the ceiling", () => {
    const low = resolveRetryPolicy({ baseDelayMs: 100, random: () => 0 });
    const high = resolveRetryPolicy({ baseDelayMs: 100, random: () => 0.999 });
    expect([0, 1, 2].map((i) => backoffDelay(low, i))).toEqual([50, 100, 200]);
    expect([0, 1, 2].map((i) => backoffDelay(high, i))).toEqual([100, 200, 400]);
  });
});
