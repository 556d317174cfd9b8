/**
 * Handler of `secrets_store_secrets_update`: one PATCH with whichever of value, scopes and comment
 * were given. Cloudflare's live API refuses `value` in PATCH (contract erratum
 * secrets-store-patch-value) though its spec allows it, so the value is still sent, for APIs that
 * take it, and a refusal explains itself: {@link VALUE_REJECTED_HINT} names the rotate tool,
 * which replaces the value by delete + create instead.
 */
import { type AccountToolCall, type ErrorHint, jsonResult, ToolError } from "@repo/mcp-kit";
import { patchSecret, type SecretPatch } from "../api";
import type { SecretScope } from "../schemas";
import { toSecretDetail } from "../shape";
import { guardValues, redactedErrors } from "../value-safety";

export interface UpdateSecretInput {
  store_id: string;
  secret_id: string;
  value?: string | undefined;
  scopes?: SecretScope[] | undefined;
  comment?: string | undefined;
}

/** Statuses that say nothing about the value itself: auth, missing objects, server trouble. */
const UNRELATED_STATUSES = new Set([401, 403, 404, 429]);

/** A 4xx on a request that carried a value (and not an auth or missing-object one). */
export const VALUE_REJECTED_HINT: ErrorHint<UpdateSecretInput> = {
  when: (error, input) =>
    input.value !== undefined &&
    error.status >= 400 &&
    error.status < 500 &&
    !UNRELATED_STATUSES.has(error.status),
  hint: "Nothing was changed. If the message says the value itself is invalid (secret_value_invalid: empty or over 64 KiB in UTF-8), fix the value. Otherwise the API does not change values in place (Cloudflare's live API refuses value in this update): call secrets_store_secrets_rotate with the same store_id, secret_id and the new value (it deletes and recreates the secret with the same name, scopes and comment; the id changes), and secrets_store_secrets_update without value for scopes or comment.",
};

export async function updateSecret(input: UpdateSecretInput, call: AccountToolCall) {
  const redactor = guardValues(call, input.value !== undefined ? [input.value] : []);
  const patch: SecretPatch = {
    ...(input.value !== undefined ? { value: input.value } : {}),
    ...(input.scopes !== undefined ? { scopes: input.scopes } : {}),
    ...(input.comment !== undefined ? { comment: input.comment } : {}),
  };
  if (Object.keys(patch).length === 0) {
    throw new ToolError("Nothing to update: pass value, scopes or comment.", {
      hint: "Give at least one of value, scopes, comment.",
    });
  }
  const secret = redactor.data(
    await redactedErrors(redactor, () =>
      patchSecret(call.api, input.store_id, input.secret_id, patch),
    ),
  );
  const changed = Object.keys(patch).join(", ");
  return jsonResult(
    { secret: toSecretDetail(secret), changed: Object.keys(patch) },
    { summary: `Updated ${changed} of secret "${secret.name}" (id unchanged).` },
  );
}
