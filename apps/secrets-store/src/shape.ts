/**
 * Shapes API objects into the compact rows the model sees, so list results stay small.
 */
import type { Secret, Store } from "./api";

export interface SecretRow {
  id: string;
  name: string;
  scopes: string[];
  comment?: string;
  status: string;
  modified: string;
}

export interface StoreRow {
  id: string;
  name: string;
  created: string;
  modified: string;
}

export function toStoreRow(store: Store): StoreRow {
  return { id: store.id, name: store.name, created: store.created, modified: store.modified };
}

export function toSecretRow(secret: Secret): SecretRow {
  return {
    id: secret.id,
    name: secret.name,
    scopes: secret.scopes ?? [],
    ...(secret.comment ? { comment: secret.comment } : {}),
    status: secret.status,
    modified: secret.modified,
  };
}

/** Full metadata of one secret, in a stable key order. Never contains a value. */
export function toSecretDetail(secret: Secret): Secret {
  return {
    id: secret.id,
    name: secret.name,
    store_id: secret.store_id,
    scopes: secret.scopes ?? [],
    comment: secret.comment ?? "",
    status: secret.status,
    created: secret.created,
    modified: secret.modified,
  };
}
