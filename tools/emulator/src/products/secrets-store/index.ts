/**
 * Secrets Store product: account-level stores of write-only secrets
 * (`/accounts/:account_id/secrets_store/...`). Reads need `Secrets Store Read`, writes
 * `Secrets Store Edit` (the OpenAPI document calls the group "Secrets Store Write"; Edit implies
 * Read and the two names are treated alike by `auth.ts`).
 */
import type { Product, Route } from "../../product";
import { SECRETS_STORE_SCHEMA, SECRETS_STORE_TABLES, seedSecretsStore } from "./schema";
import {
  createSecrets,
  deleteOneSecret,
  deleteSecrets,
  duplicateSecret,
  getSecret,
  listStoreSecrets,
  patchSecret,
} from "./secrets";
import { createStore, deleteStore, getQuota, getStore, listAccountStores } from "./stores";

export const SECRETS_STORE_READ = "Secrets Store Read";
export const SECRETS_STORE_EDIT = "Secrets Store Edit";

const BASE = "/accounts/:account_id/secrets_store";
const STORE = `${BASE}/stores/:store_id`;
const SECRET = `${STORE}/secrets/:secret_id`;

const read = SECRETS_STORE_READ;
const edit = SECRETS_STORE_EDIT;

const ROUTES: readonly Route[] = [
  { method: "GET", path: `${BASE}/quota`, permission: read, handler: getQuota },
  { method: "GET", path: `${BASE}/stores`, permission: read, handler: listAccountStores },
  { method: "POST", path: `${BASE}/stores`, permission: edit, handler: createStore },
  { method: "GET", path: STORE, permission: read, handler: getStore },
  { method: "DELETE", path: STORE, permission: edit, handler: deleteStore },
  { method: "GET", path: `${STORE}/secrets`, permission: read, handler: listStoreSecrets },
  { method: "POST", path: `${STORE}/secrets`, permission: edit, handler: createSecrets },
  { method: "DELETE", path: `${STORE}/secrets`, permission: edit, handler: deleteSecrets },
  { method: "GET", path: SECRET, permission: read, handler: getSecret },
  { method: "PATCH", path: SECRET, permission: edit, handler: patchSecret },
  { method: "DELETE", path: SECRET, permission: edit, handler: deleteOneSecret },
  { method: "POST", path: `${SECRET}/duplicate`, permission: edit, handler: duplicateSecret },
];

export const secretsStoreProduct: Product = {
  name: "secrets-store",
  schema: SECRETS_STORE_SCHEMA,
  tables: SECRETS_STORE_TABLES,
  seed: seedSecretsStore,
  routes: ROUTES,
};
