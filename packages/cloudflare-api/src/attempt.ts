/**
 * One HTTP attempt: `fetch` under a per-attempt timeout that also follows the caller's abort
 * signal, reporting "no response" as a `NoResponse` value the retry loop can classify.
 * @module
 */
import type { NetworkErrorKind } from "./errors";

/** What an attempt received: the response, with its body text when it was read. */
export interface Received {
  response: Response;
  text: string | undefined;
}

/** Thrown by `attemptFetch` when no response arrived. `detail` is the runtime's description. */
export class NoResponse {
  constructor(
    readonly kind: NetworkErrorKind,
    readonly detail?: string,
  ) {}
}

export interface Attempt {
  fetch: typeof fetch;
  url: URL;
  init: { method: string; headers: Headers; body: BodyInit | undefined };
  callerSignal: AbortSignal | undefined;
  timeoutMs: number;
  /** Read the body even on success (envelope calls); a raw success is handed over unread. */
  readBodyAlways: boolean;
}

/** @throws NoResponse for a caller abort, the timeout, or a connection failure. */
export async function attemptFetch(attempt: Attempt): Promise<Received> {
  const { callerSignal } = attempt;
  if (callerSignal?.aborted) throw new NoResponse("aborted");
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, attempt.timeoutMs);
  const onCallerAbort = (): void => controller.abort();
  callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  try {
    const response = await attempt.fetch(attempt.url, {
      ...attempt.init,
      signal: controller.signal,
    });
    // Reading the body stays under the timeout: a body that stalls is as bad as no response.
    const text = attempt.readBodyAlways || !response.ok ? await response.text() : undefined;
    return { response, text };
  } catch (error) {
    if (callerSignal?.aborted) throw new NoResponse("aborted");
    if (timedOut) throw new NoResponse("timeout");
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new NoResponse("network", detail);
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener("abort", onCallerAbort);
  }
}
