/**
 * The Secrets Store endpoints of the Cloudflare v4 API, typed. Paths read as the spec writes them
 * (`call.api` fills `{account_id}` and encodes the other ids). Every result goes through
 * `dropSecretValues`, so nothing returned from here can carry a secret value.
 */
import type { CallApi, Page, PageRequest } from "@repo/mcp-kit";
import { dropSecretValues } from "./redact";
import type { SecretScope } from "./schemas";

const STORES = "/accounts/{account_id}/secrets_store/stores";
const STORE = `${STORES}/{store_id}`;
const SECRETS = `${STORE}/secrets`;
const SECRET = `${SECRETS}/{secret_id}`;
const QUOTA = "/accounts/{account_id}/secrets_store/quota";

export interface Store {
  id: string;
  name: string;
  account_id?: string;
  created: string;
  modified: string;
}

export type SecretStatus = "pending" | "active" | "deleted";

export interface Secret {
  id: string;
  name: string;
  store_id: string;
  scopes?: SecretScope[];
  comment?: string;
  status: SecretStatus;
  created: string;
  modified: string;
}

export interface Quota {
  secrets: { usage: number; quota: number };
}

export interface ListOrder {
  direction?: "asc" | "desc" | undefined;
  order?: string | undefined;
}

export interface SecretFilter extends ListOrder {
  search?: string | undefined;
  scopes?: SecretScope[] | undefined;
}

export interface NewSecret {
  name: string;
  value: string;
  scopes: SecretScope[];
  comment?: string | undefined;
}

export interface SecretPatch {
  value?: string;
  scopes?: SecretScope[];
  comment?: string;
}

export async function listStores(
  api: CallApi,
  page: PageRequest,
  order: ListOrder,
): Promise<Page<Store>> {
  const { items, paging } = await api.page<Store>(STORES, page, { query: { ...order } });
  return { items: dropSecretValues(items), paging };
}

export async function createStore(api: CallApi, name: string): Promise<Store> {
  return dropSecretValues(await api.post<Store>(STORES, { body: { json: { name } } }));
}

/**
 * How many secrets a store holds: `total_count` of a one-item page, or, when the API leaves it
 * out, at least the one item seen (`exact: false`).
 */
export async function countSecrets(
  api: CallApi,
  storeId: string,
): Promise<{ count: number; exact: boolean }> {
  const { items, paging } = await api.page<Secret>(
    SECRETS,
    { page: 1, per_page: 1 },
    { params: { store_id: storeId } },
  );
  if (paging.total_count !== undefined) return { count: paging.total_count, exact: true };
  return { count: items.length, exact: items.length === 0 };
}

export async function deleteStore(api: CallApi, storeId: string, force: boolean): Promise<void> {
  await api.delete(STORE, { params: { store_id: storeId }, query: force ? { force: true } : {} });
}

export async function listSecrets(
  api: CallApi,
  storeId: string,
  page: PageRequest,
  filter: SecretFilter,
): Promise<Page<Secret>> {
  const { scopes, ...rest } = filter;
  const { items, paging } = await api.page<Secret>(SECRETS, page, {
    params: { store_id: storeId },
    // The spec declares `scopes` with `style: form, explode: false`: one comma-joined value.
    query: { ...rest, scopes: scopes?.join(",") },
  });
  return { items: dropSecretValues(items), paging };
}

export async function getSecret(api: CallApi, storeId: string, secretId: string): Promise<Secret> {
  const params = { store_id: storeId, secret_id: secretId };
  return dropSecretValues(await api.get<Secret>(SECRET, { params }));
}

/** Creates one or more secrets in a single request (the API takes an array). */
export async function createSecrets(
  api: CallApi,
  storeId: string,
  secrets: NewSecret[],
): Promise<Secret[]> {
  const created = await api.post<Secret[] | Secret>(SECRETS, {
    params: { store_id: storeId },
    body: { json: secrets },
  });
  return dropSecretValues(Array.isArray(created) ? created : [created]);
}

export async function patchSecret(
  api: CallApi,
  storeId: string,
  secretId: string,
  patch: SecretPatch,
): Promise<Secret> {
  const params = { store_id: storeId, secret_id: secretId };
  return dropSecretValues(await api.patch<Secret>(SECRET, { params, body: { json: patch } }));
}

export async function deleteSecret(api: CallApi, storeId: string, secretId: string): Promise<void> {
  await api.delete(SECRET, { params: { store_id: storeId, secret_id: secretId } });
}

/** Bulk delete with the body the spec defines (`deleteSecretsRequest`: `{ ids }`). */
export async function deleteSecrets(api: CallApi, storeId: string, ids: string[]): Promise<void> {
  await api.delete(SECRETS, { params: { store_id: storeId }, body: { json: { ids } } });
}

export async function duplicateSecret(
  api: CallApi,
  storeId: string,
  secretId: string,
  copy: { name: string; scopes: SecretScope[]; comment?: string },
): Promise<Secret> {
  const params = { store_id: storeId, secret_id: secretId };
  const secret = await api.post<Secret>(`${SECRET}/duplicate`, { params, body: { json: copy } });
  return dropSecretValues(secret);
}

export async function getQuota(api: CallApi): Promise<Quota> {
  return dropSecretValues(await api.get<Quota>(QUOTA));
}
