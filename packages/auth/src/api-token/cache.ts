/**
 * A short-lived, per-isolate cache of token verifications. Keys are SHA-256 digests of the token so
 * the raw token is never held as a map key (and never shows up in a heap snapshot's key list).
 */
import { sha256Hex } from "../hash";
import type { TokenVerification } from "./verify";

interface Entry {
  value: TokenVerification;
  expiresAt: number;
}

export interface VerificationCacheOptions {
  /** How long a successful verification is trusted. Default 60 s. */
  ttlMs?: number;
  /** How long a rejection is remembered, to absorb retry storms with a bad token. Default 10 s. */
  negativeTtlMs?: number;
  /** Entries kept at most; the oldest is evicted first. Default 1,000. */
  maxEntries?: number;
  now?: () => number;
}

export class VerificationCache {
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #negativeTtlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: VerificationCacheOptions = {}) {
    this.#ttlMs = options.ttlMs ?? 60_000;
    this.#negativeTtlMs = options.negativeTtlMs ?? 10_000;
    this.#maxEntries = options.maxEntries ?? 1_000;
    this.#now = options.now ?? Date.now;
  }

  get(key: string): TokenVerification | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: TokenVerification): void {
    // An unreachable API says nothing about the token: never cache it.
    if (!value.ok && value.reason === "unreachable") return;
    const ttl = value.ok ? this.#ttlMs : this.#negativeTtlMs;
    this.#entries.delete(key);
    this.#entries.set(key, { value, expiresAt: this.#now() + ttl });
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  /**
   * The token's verification: cached, or else `verify()`'s answer, cached for as long as its
   * outcome allows (never an unreachable API).
   */
  async verify(
    token: string,
    verify: () => Promise<TokenVerification>,
  ): Promise<TokenVerification> {
    const key = await tokenCacheKey(token);
    const cached = this.get(key);
    if (cached) return cached;
    const verification = await verify();
    this.set(key, verification);
    return verification;
  }

  get size(): number {
    return this.#entries.size;
  }
}

export function tokenCacheKey(token: string): Promise<string> {
  return sha256Hex(token);
}

/**
 * The `credentialKey` of a principal acting with an API token: its SHA-256, so state is keyed by
 * the credential without ever storing it.
 */
export async function tokenCredentialKey(token: string): Promise<string> {
  return `token:${await sha256Hex(token)}`;
}
