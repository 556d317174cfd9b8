/**
 * Defence in depth for write-only secret values. The Secrets Store API documents `value` as
 * write-only, but this server must not rely on that: every API result passes through
 * {@link dropSecretValues} before any tool shapes it, so an echoed value can never reach the model.
 * (Values the caller sent are additionally scrubbed by the kit through `call.redact`.)
 */

/** The only field that carries a secret value in Secrets Store bodies. */
const VALUE_FIELD = "value";

/** Returns a deep copy of `data` without any `value` property, at any depth. */
export function dropSecretValues<T>(data: T): T {
  return strip(data) as T;
}

function strip(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(strip);
  if (typeof data !== "object" || data === null) return data;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(data)) {
    if (key === VALUE_FIELD) continue;
    copy[key] = strip(item);
  }
  return copy;
}
