/**
 * The permissions the Secrets Store tools need and the next steps the model sees when the API
 * rejects a call. The kit already explains generic codes (10000 naming the tool's permission,
 * 9109, 7003, ...); these add what is specific to Secrets Store.
 *
 * Secrets Store reuses two codes for several failures, told apart by status and message:
 *   1001: malformed fields (HTTP 400) and store_not_found / secret_not_found (HTTP 404);
 *   1003: maximum_stores_exceeded / maximum_secrets_exceeded (400), secret_name_already_exists
 *         and store_not_empty (409).
 * So the 404s are explained for every tool ({@link NOT_FOUND_HINTS}), and the other hints are
 * per tool, because each tool can only meet some of them.
 */
import type { ErrorHint } from "@repo/mcp-kit";
import { messageMatches } from "@repo/mcp-kit";

/** Cloudflare permission group for every read tool. */
export const READ_PERMISSION = "Secrets Store Read";

/** Cloudflare permission group for every tool that changes a store or a secret. */
export const WRITE_PERMISSION = "Secrets Store Edit";

/** Unknown ids, for every tool: which id was unknown and which list tool gives the valid ones. */
export const NOT_FOUND_HINTS: readonly ErrorHint[] = [
  {
    status: 404,
    when: messageMatches("secret_not_found"),
    hint: "No secret with that id in this store. Call secrets_store_secrets_list with the store_id for current ids (a rotated secret has a new id).",
  },
  {
    status: 404,
    when: messageMatches("store_not_found"),
    hint: "No store with that id in this account. Call secrets_store_stores_list for the account's store id, and check account_id.",
  },
  {
    status: 404,
    hint: "The store or secret id is unknown in this account. Call secrets_store_stores_list, then secrets_store_secrets_list, for valid ids.",
  },
];

const MALFORMED: ErrorHint = {
  code: 1001,
  status: 400,
  hint: "The API rejected a field; its message names which (secret_name_empty, secret_value_invalid: empty or over 64 KiB in UTF-8, secret_scope_invalid / secret_scopes_empty: scopes must be a non-empty list from workers, ai_gateway, dex, access, containers, websearch, store_name_empty). Fix that field and call again.",
};

/** Read tools: only malformed input is specific. */
export const READ_ERROR_HINTS: readonly ErrorHint[] = [MALFORMED];

/** Tools that create, change or copy secrets. */
export const SECRET_WRITE_ERROR_HINTS: readonly ErrorHint[] = [
  MALFORMED,
  {
    code: 1003,
    hint: "secret_name_already_exists: names are unique in a store; pick another name, or change the existing secret with secrets_store_secrets_update / secrets_store_secrets_rotate. maximum_secrets_exceeded: the account's secret quota is used up; check secrets_store_quota_get and delete unused secrets first.",
  },
];

export const STORE_CREATE_ERROR_HINTS: readonly ErrorHint[] = [
  MALFORMED,
  {
    code: 1003,
    hint: "maximum_stores_exceeded: this plan allows one store per account. Call secrets_store_stores_list and reuse the existing store, or delete it with secrets_store_stores_delete before creating another.",
  },
];

export const STORE_DELETE_ERROR_HINTS: readonly ErrorHint[] = [
  {
    code: 1003,
    hint: "store_not_empty: the store still holds secrets. List them with secrets_store_secrets_list; only after the user confirms that every secret in it may be destroyed, call secrets_store_stores_delete again with force: true.",
  },
];
