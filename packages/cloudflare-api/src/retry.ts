/**
 * Retry policy: which failures are retried for which methods, how long to wait (exponential
 * backoff with jitter, or the server's `Retry-After`), and when to give up (retry count and a
 * total time budget).
 * @module
 */
import type { ApiMethod, RetryOptions } from "./types";

export interface RetryPolicy {
  maxRetries: number;
  maxElapsedMs: number;
  baseDelayMs: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
  random: () => number;
}

export function resolveRetryPolicy(options: RetryOptions = {}): RetryPolicy {
  return {
    maxRetries: Math.max(0, options.maxRetries ?? 3),
    maxElapsedMs: Math.max(0, options.maxElapsedMs ?? 10_000),
    baseDelayMs: Math.max(0, options.baseDelayMs ?? 250),
    sleep: options.sleep ?? sleepWithSignal,
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
  };
}

/** GET, PUT and DELETE can be repeated without changing the outcome (RFC 9110 §9.2.2). */
export function isIdempotent(method: ApiMethod): boolean {
  return method === "GET" || method === "PUT" || method === "DELETE";
}

/**
 * Whether a response status is worth another attempt.
 *
 * - 429 and 503, for every method: the API refused the request before acting on it (rate limit,
 *   overload), so even a POST that creates something is safe to send again.
 * - Other 5xx, only for idempotent methods: a 500/502/504 can arrive after the write happened
 *   (the origin acted, then the edge lost the answer), and a repeated POST could create a
 *   duplicate. 501 and 505 are permanent and never retried.
 */
export function isRetryableStatus(method: ApiMethod, status: number): boolean {
  if (status === 429 || status === 503) return true;
  if (status < 500 || status === 501 || status === 505) return false;
  return isIdempotent(method);
}

/**
 * Whether a request that got no response may be sent again. Only idempotent methods: the
 * request may have reached the API before the connection failed or the timeout fired.
 */
export function isRetryableNetworkFailure(method: ApiMethod): boolean {
  return isIdempotent(method);
}

/**
 * Parses `Retry-After` (delay in seconds, or an HTTP date) into milliseconds from `nowMs`.
 * Returns `undefined` when absent or unparsable; dates in the past give 0.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

export type RetryDecision =
  | { retry: true; delayMs: number }
  | { retry: false; reason: "exhausted" | "budget" };

export interface RetryState {
  /** Retries already made (0 after the first attempt). */
  retriesDone: number;
  /** When the first attempt started (epoch ms). */
  startedAt: number;
  /** The server's `Retry-After`, in ms, when it sent one. */
  retryAfterMs?: number;
  /** The caller's deadline (epoch ms), when it has one. */
  deadline?: number;
}

/**
 * Decides whether to retry and how long to wait. The server's `Retry-After` replaces the
 * backoff; when the wait would end past `maxElapsedMs` or the caller's deadline we give up now
 * rather than sleep and fail anyway.
 */
export function planRetry(policy: RetryPolicy, state: RetryState): RetryDecision {
  if (state.retriesDone >= policy.maxRetries) return { retry: false, reason: "exhausted" };
  const delayMs = state.retryAfterMs ?? backoffDelay(policy, state.retriesDone);
  const now = policy.now();
  if (now - state.startedAt + delayMs > policy.maxElapsedMs)
    return { retry: false, reason: "budget" };
  if (state.deadline !== undefined && now + delayMs >= state.deadline) {
    return { retry: false, reason: "budget" };
  }
  return { retry: true, delayMs };
}

/**
 * Exponential backoff with "equal jitter": half the doubled delay is fixed, half random, so
 * concurrent clients spread out but never retry immediately.
 */
export function backoffDelay(policy: RetryPolicy, retryIndex: number): number {
  const ceiling = policy.baseDelayMs * 2 ** retryIndex;
  return Math.round(ceiling / 2 + policy.random() * (ceiling / 2));
}

function sleepWithSignal(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    function onAbort(): void {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
