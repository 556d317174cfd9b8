/**
 * Shapes API objects into the compact rows and paging notes the model sees, so list results stay
 * small and every list says how to get the next page.
 */
import type { ResultInfo } from "@repo/cloudflare-api";
import type { Page, Secret, Store } from "./api";

export const DEFAULT_PER_PAGE = 20;

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

export interface Paging {
  page: number;
  per_page: number;
  total_count?: number;
  total_pages?: number;
  /** Page to request next, when there is one. */
  next_page?: number;
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

/** Paging facts from `result_info`, falling back to what was requested when the API omits them. */
export function toPaging<T>(
  page: Page<T>,
  requested: { page?: number; per_page?: number },
): Paging {
  const info: ResultInfo | undefined = page.info;
  const current = info?.page ?? requested.page ?? 1;
  const perPage = info?.perPage ?? requested.per_page ?? DEFAULT_PER_PAGE;
  const paging: Paging = { page: current, per_page: perPage };
  if (info?.totalCount !== undefined) paging.total_count = info.totalCount;
  if (info?.totalPages !== undefined) paging.total_pages = info.totalPages;
  const hasMore =
    info?.totalPages !== undefined
      ? current < info.totalPages
      : info?.totalCount !== undefined
        ? current * perPage < info.totalCount
        : page.items.length >= perPage;
  if (hasMore) paging.next_page = current + 1;
  return paging;
}

/** One line for the model: how many rows, out of how many, and how to get more. */
export function pageSummary(noun: string, shown: number, paging: Paging): string {
  const total = paging.total_count !== undefined ? ` of ${paging.total_count}` : "";
  const more =
    paging.next_page !== undefined
      ? ` More available: call again with page ${paging.next_page}.`
      : "";
  return `${shown}${total} ${noun} (page ${paging.page}).${more}`;
}
