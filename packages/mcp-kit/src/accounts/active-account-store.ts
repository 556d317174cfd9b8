/**
 * Where a user's active account lives. In KV (`MCP_STATE`) it is shared by every server bound to
 * the same namespace, so picking an account in one server holds in all of them; without the
 * binding it falls back to this isolate's memory (tests, quick local runs).
 */

const KEY_PREFIX = "active-account:v1:";
/** A choice unused for this long is forgotten. */
const TTL_SECONDS = 90 * 24 * 60 * 60;

export interface ActiveAccountStore {
  get(userKey: string): Promise<string | undefined>;
  set(userKey: string, accountId: string): Promise<void>;
}

export function kvActiveAccountStore(kv: KVNamespace): ActiveAccountStore {
  return {
    async get(userKey) {
      return (await kv.get(KEY_PREFIX + userKey)) ?? undefined;
    },
    async set(userKey, accountId) {
      await kv.put(KEY_PREFIX + userKey, accountId, { expirationTtl: TTL_SECONDS });
    },
  };
}

export function memoryActiveAccountStore(): ActiveAccountStore {
  const entries = new Map<string, string>();
  return {
    async get(userKey) {
      return entries.get(userKey);
    },
    async set(userKey, accountId) {
      entries.set(userKey, accountId);
    },
  };
}
