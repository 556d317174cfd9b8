/**
 * Store-level routes: account quota, list/create stores, get/delete one store.
 */
import { newId } from "../../db";
import { success } from "../../envelope";
import type { RouteContext } from "../../product";
import { paginate, readDirection, readJson, readPage } from "../../request";
import { invalidJsonBody, maximumStoresExceeded, storeNotEmpty } from "./errors";
import { SECRETS_PER_ACCOUNT, SECRETS_STORE_PAGE_LIMITS, STORES_PER_ACCOUNT } from "./limits";
import {
  countSecretsInAccount,
  countSecretsInStore,
  countStores,
  deleteStoreCascade,
  insertStore,
  listStores,
  requireStore,
  type StoreOrder,
} from "./queries";
import { parseCreateStore } from "./validate";
import { storeView } from "./views";

const STORE_ORDERS: readonly StoreOrder[] = ["name", "created", "modified"];

export function getQuota({ db, params }: RouteContext): Response {
  const usage = countSecretsInAccount(db, params.account_id!);
  return success({ secrets: { quota: SECRETS_PER_ACCOUNT, usage } });
}

export function listAccountStores({ db, params, url }: RouteContext): Response {
  const orderParam = url.searchParams.get("order") as StoreOrder | null;
  const order = orderParam && STORE_ORDERS.includes(orderParam) ? orderParam : "created";
  const rows = listStores(db, params.account_id!, order, readDirection(url, "desc"));
  const { page, info } = paginate(rows, readPage(url, SECRETS_STORE_PAGE_LIMITS));
  return success(page.map(storeView), { resultInfo: info });
}

export async function createStore({ db, params, request }: RouteContext): Promise<Response> {
  const { name } = parseCreateStore(await readJson(request, invalidJsonBody));
  const accountId = params.account_id!;
  const store = db.transaction(() => {
    if (countStores(db, accountId) >= STORES_PER_ACCOUNT) throw maximumStoresExceeded();
    const now = db.now();
    const row = { id: newId(), account_id: accountId, name, created: now, modified: now };
    insertStore(db, row);
    return row;
  });
  return success(storeView(store));
}

export function getStore({ db, params }: RouteContext): Response {
  return success(storeView(requireStore(db, params.account_id!, params.store_id!)));
}

/**
 * Deletes a store. A store that still holds secrets is refused with 409 `store_not_empty`
 * unless `force=true` asks for a cascade delete (spec: `secrets-store-delete-by-id`). With the
 * `secrets_store.non_empty_store_delete` switch on `cascade`, it plays an API that deletes the
 * secrets anyway, so servers can prove they check first.
 */
export function deleteStore({ db, params, url, behaviour }: RouteContext): Response {
  const force =
    url.searchParams.get("force") === "true" ||
    behaviour.get("secrets_store.non_empty_store_delete") === "cascade";
  db.transaction(() => {
    const store = requireStore(db, params.account_id!, params.store_id!);
    if (!force && countSecretsInStore(db, store.id) > 0) throw storeNotEmpty();
    deleteStoreCascade(db, store.id);
  });
  return success(null);
}
