/**
 * Secrets Store errors. The service answers with snake_case messages under a few numeric codes;
 * the pairs below are the ones public clients match on (generated SDK error matchers and
 * issue reports such as cloudflare-go#4244 for `1001 invalid_json_body` and
 * workers-sdk#10052 for `1003 maximum_stores_exceeded`):
 *   1001 invalid_json_body, secret_name_empty, secret_not_found, secret_scope_invalid,
 *        secret_scopes_empty, store_not_found
 *   1003 maximum_stores_exceeded, secret_name_already_exists (message `…: NAME`)
 * HTTP statuses are not all documented: 400 for validation and limits (reported for
 * maximum_stores_exceeded), 404 for missing objects, 409 for name conflicts and for deleting a
 * non-empty store (the spec states 409 `store_not_empty`; its numeric code is our choice).
 * `secret_value_invalid`, `store_name_empty` and `maximum_secrets_exceeded` are the emulator's own
 * wording for checks the spec implies (value size, required name, account quota).
 */
import { ApiError } from "../../envelope";

export const invalidJsonBody = (): ApiError => new ApiError(400, 1001, "invalid_json_body");

export const storeNotFound = (): ApiError => new ApiError(404, 1001, "store_not_found");

export const secretNotFound = (): ApiError => new ApiError(404, 1001, "secret_not_found");

export const storeNameEmpty = (): ApiError => new ApiError(400, 1001, "store_name_empty");

export const secretNameEmpty = (): ApiError => new ApiError(400, 1001, "secret_name_empty");

export const secretScopesEmpty = (): ApiError => new ApiError(400, 1001, "secret_scopes_empty");

export const secretScopeInvalid = (scope: string): ApiError =>
  new ApiError(400, 1001, `secret_scope_invalid: ${scope}`);

export const secretValueInvalid = (): ApiError => new ApiError(400, 1001, "secret_value_invalid");

export const maximumStoresExceeded = (): ApiError =>
  new ApiError(400, 1003, "maximum_stores_exceeded");

export const maximumSecretsExceeded = (): ApiError =>
  new ApiError(400, 1003, "maximum_secrets_exceeded");

export const secretNameAlreadyExists = (name: string): ApiError =>
  new ApiError(409, 1003, `secret_name_already_exists: ${name}`);

export const storeNotEmpty = (): ApiError => new ApiError(409, 1003, "store_not_empty");
