/**
 * Typed calls to the Secrets Store endpoints of the Cloudflare v4 API (all under
 * `/accounts/{account_id}/secrets_store`). Every result goes through `dropSecretValues`, so
 * nothing returned from here can carry a secret value.
 */
import {
  type ApiQuery,
  type ApiResponse,
  apiPath,
  type CloudflareClient,
  type ResultInfo,
} from "@repo/cloudflare-api";
import { explainNotFound } from "./hints";
import { dropSecretValues } from "./redact";
import type { SecretScope } from "./schemas";

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

export interface Page<T> {
  items: T[];
  info: ResultInfo | undefined;
}

export interface ListParams {
  page?: number;
  per_page?: number;
  direction?: "asc" | "desc";
  order?: string;
}

export interface SecretListParams extends ListParams {
  search?: string;
  scopes?: SecretScope[];
}

export interface NewSecret {
  name: string;
  value: string;
  scopes: SecretScope[];
  comment?: string;
}

export interface SecretPatch {
  value?: string;
  scopes?: SecretScope[];
  comment?: string;
}

/** The slice of a tool call these helpers need. */
export interface ApiScope {
  api: CloudflareClient;
  accountId: string;
  signal?: AbortSignal;
}

export async function listStores(scope: ApiScope, params: ListParams): Promise<Page<Store>> {
  const response = await send<Store[]>(scope, "GET", storesPath(scope), { query: { ...params } });
  return { items: dropSecretValues(response.result ?? []), info: response.resultInfo };
}

export async function createStore(scope: ApiScope, name: string): Promise<Store> {
  return call<Store>(scope, "POST", storesPath(scope), { body: { json: { name } } });
}

export async function deleteStore(scope: ApiScope, storeId: string, force: boolean): Promise<void> {
  await call<unknown>(scope, "DELETE", storePath(scope, storeId), {
    query: force ? { force: true } : {},
  });
}

export async function listSecrets(
  scope: ApiScope,
  storeId: string,
  params: SecretListParams,
): Promise<Page<Secret>> {
  const { scopes, ...rest } = params;
  const response = await send<Secret[]>(scope, "GET", secretsPath(scope, storeId), {
    // The spec declares `scopes` with `style: form, explode: false`: one comma-joined value.
    query: { ...rest, scopes: scopes?.join(",") },
  });
  return { items: dropSecretValues(response.result ?? []), info: response.resultInfo };
}

export async function getSecret(
  scope: ApiScope,
  storeId: string,
  secretId: string,
): Promise<Secret> {
  return call<Secret>(scope, "GET", secretPath(scope, storeId, secretId));
}

/** Creates one or more secrets in a single request (the API takes an array). */
export async function createSecrets(
  scope: ApiScope,
  storeId: string,
  secrets: NewSecret[],
): Promise<Secret[]> {
  const created = await call<Secret[] | Secret>(scope, "POST", secretsPath(scope, storeId), {
    body: { json: secrets },
  });
  return Array.isArray(created) ? created : [created];
}

export async function patchSecret(
  scope: ApiScope,
  storeId: string,
  secretId: string,
  patch: SecretPatch,
): Promise<Secret> {
  return call<Secret>(scope, "PATCH", secretPath(scope, storeId, secretId), {
    body: { json: patch },
  });
}

export async function deleteSecret(
  scope: ApiScope,
  storeId: string,
  secretId: string,
): Promise<void> {
  await call<unknown>(scope, "DELETE", secretPath(scope, storeId, secretId));
}

export async function deleteSecrets(
  scope: ApiScope,
  storeId: string,
  ids: string[],
): Promise<void> {
  await call<unknown>(scope, "DELETE", secretsPath(scope, storeId), { body: { json: { ids } } });
}

export async function duplicateSecret(
  scope: ApiScope,
  storeId: string,
  secretId: string,
  copy: { name: string; scopes: SecretScope[]; comment?: string },
): Promise<Secret> {
  return call<Secret>(scope, "POST", `${secretPath(scope, storeId, secretId)}/duplicate`, {
    body: { json: copy },
  });
}

export async function getQuota(scope: ApiScope): Promise<Quota> {
  return call<Quota>(scope, "GET", apiPath`/accounts/${scope.accountId}/secrets_store/quota`);
}

type Method = "GET" | "POST" | "PATCH" | "DELETE";
type Init = { query?: ApiQuery; body?: { json: unknown } };

/** One request and its value-free result. */
async function call<T>(scope: ApiScope, method: Method, path: string, init: Init = {}): Promise<T> {
  const response = await send<T>(scope, method, path, init);
  return dropSecretValues(response.result);
}

/** Every request of this module goes through here, so unknown ids are explained in one place. */
async function send<T>(
  scope: ApiScope,
  method: Method,
  path: string,
  init: Init,
): Promise<ApiResponse<T>> {
  try {
    return await scope.api.request<T>({ method, path, ...init, signal: scope.signal });
  } catch (error) {
    throw explainNotFound(error) ?? error;
  }
}

function storesPath(scope: ApiScope): string {
  return apiPath`/accounts/${scope.accountId}/secrets_store/stores`;
}

function storePath(scope: ApiScope, storeId: string): string {
  return apiPath`/accounts/${scope.accountId}/secrets_store/stores/${storeId}`;
}

function secretsPath(scope: ApiScope, storeId: string): string {
  return apiPath`/accounts/${scope.accountId}/secrets_store/stores/${storeId}/secrets`;
}

function secretPath(scope: ApiScope, storeId: string, secretId: string): string {
  return apiPath`/accounts/${scope.accountId}/secrets_store/stores/${storeId}/secrets/${secretId}`;
}
