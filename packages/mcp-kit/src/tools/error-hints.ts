/**
 * Next steps for Cloudflare API errors, declared as data: a hint applies when the error carries
 * the given Cloudflare `code`, has the given HTTP `status`, and satisfies `when` (each only if
 * set). Tools list their own hints, apps may list hints for every tool, and the kit's generic
 * hints (cloudflare-hints.ts) come last. The first match wins.
 */
import type { CloudflareApiError } from "@repo/cloudflare-api";

export interface ErrorHint<Input = Record<string, unknown>> {
  /** A Cloudflare error code the response carries (any of its `errors[].code`). */
  code?: number;
  /** The response's HTTP status. */
  status?: number;
  /** Any further condition, e.g. on the message (`/store_not_found/`) or on the tool's input. */
  when?: (error: CloudflareApiError, input: Input) => boolean;
  /** What the model should do next; a function may name the ids it was given or the failed path. */
  hint: string | ((input: Input, error: CloudflareApiError) => string);
}

/** The hint of the first entry of `hints` that matches `error`, if any. */
export function matchErrorHint<Input>(
  hints: readonly ErrorHint<Input>[],
  error: CloudflareApiError,
  input: Input,
): string | undefined {
  for (const entry of hints) {
    if (entry.code !== undefined && !error.codes.includes(entry.code)) continue;
    if (entry.status !== undefined && entry.status !== error.status) continue;
    if (entry.when && !entry.when(error, input)) continue;
    return typeof entry.hint === "function" ? entry.hint(input, error) : entry.hint;
  }
  return undefined;
}

/** `when` helper: the error's first message contains `text` (or matches it). */
export function messageMatches(text: string | RegExp) {
  return (error: CloudflareApiError): boolean => {
    const message = error.errors.map((detail) => detail.message).join("\n");
    return typeof text === "string" ? message.includes(text) : text.test(message);
  };
}
