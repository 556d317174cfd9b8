/**
 * Where a credential's active account lives, keyed by `Principal.credentialKey` (a token's hash or
 * an OAuth grant's id: never the user, so one credential cannot move another's choice). In KV
 * (`MCP_STATE`) it is shared by every server bound to the same namespace, so picking an account in
 * one server holds in all of them for that credential; without the binding it falls back to this
 * isolate's memory (tests, quick local runs).
 */

// v2: keyed by credential. v1 keys (by user) are never read again and expire on their own.
const KEY_PREFIX = "active-account:v2:";
/** A choice unused for this long is forgotten. */
const TTL_SECONDS = 90 * 24 * 60 * 60;

export interface ActiveAccountStore {
  get(credentialKey: string): Promise<string | undefined>;
  set(credentialKey: string, accountId: string): Promise<void>;
}

export function kvActiveAccountStore(kv: KVNamespace): ActiveAccountStore {
  return {
    async get(credentialKey) {
      return (await kv.get(KEY_PREFIX + credentialKey)) ?? undefined;
    },
    async set(credentialKey, accountId) {
      await kv.put(KEY_PREFIX + credentialKey, accountId, { expirationTtl: TTL_SECONDS });
    },
  };
}

export function memoryActiveAccountStore(): ActiveAccountStore {
  const entries = new Map<string, string>();
  return {
    async get(credentialKey) {
      return entries.get(credentialKey);
    },
    async set(credentialKey, accountId) {
      entries.set(credentialKey, accountId);
    },
  };
}
