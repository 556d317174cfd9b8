/**
 * The permissions the Secrets Store tools need and the next steps the model sees when the API
 * rejects a call. The kit already explains generic codes (10000 naming the tool's permission,
 * 9109, 7003, ...); these add what is specific to Secrets Store.
 *
 * Secrets Store reuses two codes for several failures, told apart only by the message:
 *   1001: malformed fields (HTTP 400) and store_not_found / secret_not_found (HTTP 404);
 *   1003: maximum_stores_exceeded / maximum_secrets_exceeded (400), secret_name_already_exists
 *         and store_not_empty (409).
 * So hints are per tool (each tool can only meet some of them), and 404s are explained by
 * {@link explainNotFound} before the code-based hints apply.
 */
import { CloudflareApiError } from "@repo/cloudflare-api";
import { ToolError } from "@repo/mcp-kit";

/** Cloudflare permission group for every read tool. */
export const READ_PERMISSION = "Secrets Store Read";

/** Cloudflare permission group for every tool that changes a store or a secret. */
export const WRITE_PERMISSION = "Secrets Store Edit";

const MALFORMED =
  "The API rejected a field; its message names which (secret_name_empty, secret_value_invalid: empty or over 64 KiB in UTF-8, secret_scope_invalid / secret_scopes_empty: scopes must be a non-empty list from workers, ai_gateway, dex, access, containers, websearch, store_name_empty). Fix that field and call again.";

const SECRET_CONFLICT =
  "secret_name_already_exists: names are unique in a store; pick another name, or change the existing secret with secrets_store_secret_update / secrets_store_secret_rotate. maximum_secrets_exceeded: the account's secret quota is used up; check secrets_store_quota_get and delete unused secrets first.";

/** Read tools: only malformed input is specific. */
export const READ_ERROR_HINTS: Readonly<Record<number, string>> = { 1001: MALFORMED };

/** Tools that create, change or copy secrets. */
export const SECRET_WRITE_ERROR_HINTS: Readonly<Record<number, string>> = {
  1001: MALFORMED,
  1003: SECRET_CONFLICT,
};

export const STORE_CREATE_ERROR_HINTS: Readonly<Record<number, string>> = {
  1001: MALFORMED,
  1003: "maximum_stores_exceeded: this plan allows one store per account. Call secrets_store_stores_list and reuse the existing store, or delete it with secrets_store_store_delete before creating another.",
};

export const STORE_DELETE_ERROR_HINTS: Readonly<Record<number, string>> = {
  1003: "store_not_empty: the store still holds secrets. List them with secrets_store_secrets_list; only after the user confirms that every secret in it may be destroyed, call secrets_store_store_delete again with force: true.",
};

/**
 * Turns the API's 404s into errors that say which id was unknown and which list tool gives the
 * valid ones. Returns `undefined` for anything else, which then keeps its code-based hint.
 */
export function explainNotFound(error: unknown): ToolError | undefined {
  if (!(error instanceof CloudflareApiError) || error.status !== 404) return undefined;
  const detail = error.errors[0];
  const code = error.codes[0];
  const message = `Cloudflare API error${code ? ` ${code}` : ""}: ${detail?.message || "not found"} (HTTP 404).`;
  const text = detail?.message ?? "";
  const hint = text.includes("secret_not_found")
    ? "No secret with that id in this store. Call secrets_store_secrets_list with the store_id for current ids (a rotated secret has a new id)."
    : text.includes("store_not_found")
      ? "No store with that id in this account. Call secrets_store_stores_list for the account's store id, and check account_id."
      : "The store or secret id is unknown in this account. Call secrets_store_stores_list, then secrets_store_secrets_list, for valid ids.";
  return new ToolError(message, { hint, ...(code ? { code } : {}), cause: error });
}
