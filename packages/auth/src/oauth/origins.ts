/**
 * One deployment answers on several hostnames (its workers.dev name, custom domains, localhost and
 * 127.0.0.1 locally), and OAuth binds every token to the resource the client used
 * (`<origin>/mcp`, RFC 8707). workers-oauth-provider fixes its resource and issuer when it is
 * built, so the gateway keeps one provider per origin, here: a small most-recently-used map, so a
 * flood of made-up Host values (anything under *.workers.dev passes the Host check) costs
 * rebuilding a provider, never memory.
 */

/** Origins kept at once. A deployment has a handful; rebuilding one costs well under a millisecond. */
export const MAX_ORIGINS = 16;

const LOOPBACK_HOSTNAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

export class RecentlyUsed<V> {
  readonly #entries = new Map<string, V>();
  readonly #max: number;

  constructor(max = MAX_ORIGINS) {
    this.#max = max;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The value for `key`, made by `create` when absent; the least recently used is dropped. */
  get(key: string, create: () => V): V {
    const existing = this.#entries.get(key);
    if (existing !== undefined) {
      // Re-insert: a Map iterates in insertion order, so the first key is the least recent.
      this.#entries.delete(key);
      this.#entries.set(key, existing);
      return existing;
    }
    const value = create();
    this.#entries.set(key, value);
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
    return value;
  }
}

/**
 * Why OAuth cannot be served at `url`'s origin, or undefined. OAuth 2.1 and RFC 8707 allow http
 * only on loopback: a remote host reached over plain http (`Host: x.workers.dev` to a local
 * server, or a route without TLS) gets a clear refusal instead of a provider that cannot exist.
 */
export function originProblem(url: URL): string | undefined {
  if (url.protocol === "https:") return undefined;
  if (url.protocol === "http:" && LOOPBACK_HOSTNAMES.has(url.hostname)) return undefined;
  if (url.protocol === "http:" && /^127(\.\d{1,3}){3}$/.test(url.hostname)) return undefined;
  return `OAuth on ${url.host} needs https (plain http is allowed only on localhost, 127.0.0.1 and [::1]). Connect to https://${url.host}${url.pathname === "/" ? "" : url.pathname}.`;
}
