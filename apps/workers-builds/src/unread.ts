/**
 * Partial answers: when one of several lookups fails, a tool shows what it did read and says
 * what it could not read and why, instead of failing as a whole. Only API and network failures
 * are absorbed; anything else is a bug and still throws.
 */
import { CloudflareApiError, CloudflareNetworkError } from "@repo/cloudflare-api";

/** Why a lookup failed, in one line for the model, or `undefined` when it should throw. */
export function unreadReason(error: unknown): string | undefined {
  if (error instanceof CloudflareApiError) {
    const detail = error.errors[0];
    const code = detail?.code ? ` ${detail.code}` : "";
    const permission =
      error.status === 403 || error.codes.includes(10000)
        ? " (the token may lack Workers Builds Configuration Read)"
        : "";
    return `HTTP ${error.status}${code}: ${detail?.message || "request failed"}${permission}`;
  }
  if (error instanceof CloudflareNetworkError) return error.message;
  return undefined;
}

/** Runs `read`; on an API or network failure returns the reason instead of throwing. */
export async function readOrReason<T>(
  read: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; reason: string }> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    const reason = unreadReason(error);
    if (reason === undefined) throw error;
    return { ok: false, reason };
  }
}
