/**
 * Per-call scrubbing of secret strings. A tool marks every secret it accepts; the kit then replaces
 * each occurrence in the result, the error text and the log line before anything leaves the call.
 */

export const REDACTED = "[redacted]";

/** Shorter strings are too likely to collide with ordinary text to be scrubbed safely. */
const MIN_SECRET_LENGTH = 4;

export class Redactor {
  readonly #secrets = new Set<string>();

  add(secret: string): void {
    if (typeof secret === "string" && secret.length >= MIN_SECRET_LENGTH) this.#secrets.add(secret);
  }

  get active(): boolean {
    return this.#secrets.size > 0;
  }

  text(value: string): string {
    if (!this.active) return value;
    let out = value;
    // Longest first, so a secret that contains another is scrubbed whole.
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
      out = out.split(secret).join(REDACTED);
      // JSON-escaped form, for secrets with quotes, backslashes or control characters.
      const escaped = JSON.stringify(secret).slice(1, -1);
      if (escaped !== secret) out = out.split(escaped).join(REDACTED);
    }
    return out;
  }

  /** Deep copy with every string scrubbed (keys included). */
  deep<T>(value: T): T {
    if (!this.active) return value;
    return this.#walk(value) as T;
  }

  #walk(value: unknown): unknown {
    if (typeof value === "string") return this.text(value);
    if (Array.isArray(value)) return value.map((item) => this.#walk(item));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [this.text(key), this.#walk(item)]),
      );
    }
    return value;
  }
}
