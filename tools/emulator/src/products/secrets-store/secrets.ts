/**
 * Secret-level routes. Values are write-only: they are hashed on the way in and every response
 * is built from {@link secretView}, which carries metadata only.
 */
import { newId } from "../../db";
import { success } from "../../envelope";
import { sha256Hex } from "../../hash";
import type { RouteContext } from "../../product";
import { paginate, readDirection, readJson, readPage } from "../../request";
import { invalidJsonBody, maximumSecretsExceeded, secretNameAlreadyExists } from "./errors";
import { SECRETS_PER_ACCOUNT, SECRETS_STORE_PAGE_LIMITS } from "./limits";
import {
  countSecretsInAccount,
  deleteSecret,
  insertSecret,
  listSecrets,
  requireSecret,
  requireStore,
  type SecretOrder,
  secretNameTaken,
  secretValueDigest,
  updateSecret,
} from "./queries";
import {
  parseBulkDelete,
  parseCreateSecrets,
  parseDuplicate,
  parsePatchSecret,
  readScopeList,
} from "./validate";
import { secretView } from "./views";

const SECRET_ORDERS: readonly SecretOrder[] = ["name", "comment", "created", "modified", "status"];

export function listStoreSecrets({ db, params, url }: RouteContext): Response {
  const store = requireStore(db, params.account_id!, params.store_id!);
  const orderParam = url.searchParams.get("order") as SecretOrder | null;
  // `scopes` is a comma-separated list (form style, explode=false); repeated keys are accepted too.
  const scopes = url.searchParams
    .getAll("scopes")
    .flatMap((value) => value.split(","))
    .map((scope) => scope.trim())
    .filter((scope) => scope !== "");
  const rows = listSecrets(db, store.id, {
    search: url.searchParams.get("search")?.trim() || null,
    scopes: readScopeList(scopes),
    order: orderParam && SECRET_ORDERS.includes(orderParam) ? orderParam : "created",
    direction: readDirection(url, "desc"),
  });
  const { page, info } = paginate(rows, readPage(url, SECRETS_STORE_PAGE_LIMITS));
  return success(page.map(secretView), { resultInfo: info });
}

/** Creates every secret of the array body, or none: the batch is one transaction. */
export async function createSecrets({ db, params, request }: RouteContext): Promise<Response> {
  const secrets = parseCreateSecrets(await readJson(request, invalidJsonBody));
  const accountId = params.account_id!;
  const created = db.transaction(() => {
    const store = requireStore(db, accountId, params.store_id!);
    if (countSecretsInAccount(db, accountId) + secrets.length > SECRETS_PER_ACCOUNT) {
      throw maximumSecretsExceeded();
    }
    const now = db.now();
    return secrets.map((secret) => {
      if (secretNameTaken(db, store.id, secret.name)) throw secretNameAlreadyExists(secret.name);
      const id = newId();
      insertSecret(db, {
        id,
        storeId: store.id,
        accountId,
        name: secret.name,
        valueSha256: sha256Hex(secret.value),
        scopes: secret.scopes,
        comment: secret.comment,
        now,
      });
      return requireSecret(db, store.id, id);
    });
  });
  return success(created.map(secretView));
}

/** Bulk delete by `{ ids }`; unknown ids fail the whole request and delete nothing. */
export async function deleteSecrets({ db, params, request }: RouteContext): Promise<Response> {
  const ids = parseBulkDelete(await readJson(request, invalidJsonBody));
  db.transaction(() => {
    const store = requireStore(db, params.account_id!, params.store_id!);
    for (const id of ids) requireSecret(db, store.id, id);
    for (const id of ids) deleteSecret(db, id);
  });
  return success(null, { status: 202 });
}

export function getSecret({ db, params }: RouteContext): Response {
  const store = requireStore(db, params.account_id!, params.store_id!);
  return success(secretView(requireSecret(db, store.id, params.secret_id!)));
}

/**
 * PATCH may change `scopes` and `comment`, and `value` as the spec says unless the
 * `secrets_store.patch_value` switch plays the live API, which refuses it (errata.ts). The name
 * is fixed (duplicate to rename).
 */
export async function patchSecret({
  db,
  params,
  request,
  behaviour,
}: RouteContext): Promise<Response> {
  const patch = parsePatchSecret(await readJson(request, invalidJsonBody));
  if (patch.value !== undefined && behaviour.get("secrets_store.patch_value") === "refuse") {
    throw invalidJsonBody();
  }
  const row = db.transaction(() => {
    const store = requireStore(db, params.account_id!, params.store_id!);
    const secret = requireSecret(db, store.id, params.secret_id!);
    updateSecret(db, secret.id, {
      ...(patch.value !== undefined ? { valueSha256: sha256Hex(patch.value) } : {}),
      ...(patch.scopes !== undefined ? { scopes: patch.scopes } : {}),
      ...(patch.comment !== undefined ? { comment: patch.comment } : {}),
      now: db.now(),
    });
    return requireSecret(db, store.id, secret.id);
  });
  return success(secretView(row));
}

export function deleteOneSecret({ db, params }: RouteContext): Response {
  db.transaction(() => {
    const store = requireStore(db, params.account_id!, params.store_id!);
    deleteSecret(db, requireSecret(db, store.id, params.secret_id!).id);
  });
  return success(null, { status: 202 });
}

/** Copies a secret's value under a new name; the comment is kept unless a new one is given. */
export async function duplicateSecret({ db, params, request }: RouteContext): Promise<Response> {
  const duplicate = parseDuplicate(await readJson(request, invalidJsonBody));
  const accountId = params.account_id!;
  const row = db.transaction(() => {
    const store = requireStore(db, accountId, params.store_id!);
    const source = requireSecret(db, store.id, params.secret_id!);
    if (secretNameTaken(db, store.id, duplicate.name)) {
      throw secretNameAlreadyExists(duplicate.name);
    }
    if (countSecretsInAccount(db, accountId) + 1 > SECRETS_PER_ACCOUNT) {
      throw maximumSecretsExceeded();
    }
    const id = newId();
    insertSecret(db, {
      id,
      storeId: store.id,
      accountId,
      name: duplicate.name,
      valueSha256: secretValueDigest(db, source.id),
      scopes: duplicate.scopes,
      comment: duplicate.comment ?? source.comment,
      now: db.now(),
    });
    return requireSecret(db, store.id, id);
  });
  return success(secretView(row));
}
