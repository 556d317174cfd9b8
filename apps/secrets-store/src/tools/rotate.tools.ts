/**
 * `secrets_store_secrets_rotate`: replaces a secret's value by deleting it and creating it again
 * with the same name, scopes and comment. The API has no atomic swap and names are unique in a
 * store, so the old secret must go first: there is a short window where the name resolves to
 * nothing, and the secret gets a new id.
 */
import {
  type AccountToolCall,
  jsonResult,
  type RegistrationContext,
  ToolError,
} from "@repo/mcp-kit";
import { createSecrets, deleteSecret, getSecret } from "../api";
import type { EchoRedactor } from "../echo-redaction";
import { SECRET_WRITE_ERROR_HINTS, WRITE_PERMISSION } from "../hints";
import { SecretIdSchema, SecretValueSchema, StoreIdSchema } from "../schemas";
import { toSecretDetail } from "../shape";
import { guardValues, redactedErrors } from "../value-safety";

export function registerRotateTool(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "secrets_store_secrets_rotate",
    title: "Rotate a secret's value",
    description:
      "Replace a secret's value by deleting the secret and recreating it with the same name, scopes and comment plus the new value. The secret gets a NEW id, and for a moment (between delete and create) the name does not resolve, so bound services may briefly fail to read it. This is the way to change a value: Cloudflare's live API refuses values in secrets_store_secrets_update. Returns the new id and the previous one.",
    input: {
      store_id: StoreIdSchema,
      secret_id: SecretIdSchema.describe("Id of the secret to rotate."),
      value: SecretValueSchema.describe(
        "The new secret value (at most 64 KiB). Write-only: never shown again by any tool.",
      ),
    },
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false },
    permission: WRITE_PERMISSION,
    errorHints: SECRET_WRITE_ERROR_HINTS,
    async handler(input, call) {
      return rotate(input, call, guardValues(call, [input.value]));
    },
  });
}

async function rotate(
  input: { store_id: string; secret_id: string; value: string },
  call: AccountToolCall,
  redactor: EchoRedactor,
) {
  const old = await getSecret(call.api, input.store_id, input.secret_id);
  // Only the create request carries the value, so only its errors can echo it; the errors
  // built here name metadata (scopes, comment), which must stay readable.
  const recreate = {
    name: old.name,
    value: input.value,
    scopes: old.scopes ?? [],
    ...(old.comment ? { comment: old.comment } : {}),
  };
  await deleteSecret(call.api, input.store_id, old.id);
  let created: Awaited<ReturnType<typeof createSecrets>>;
  try {
    created = redactor.data(
      await redactedErrors(redactor, () => createSecrets(call.api, input.store_id, [recreate])),
    );
  } catch (error) {
    const settings = JSON.stringify({
      name: recreate.name,
      scopes: recreate.scopes,
      comment: recreate.comment,
    });
    throw new ToolError(
      `Rotation failed after the old secret was deleted: "${old.name}" (id ${old.id}) no longer exists and was not recreated.`,
      {
        hint: `Recreate it now with secrets_store_secrets_create in store ${input.store_id} using ${settings} and the new value.`,
        cause: error,
      },
    );
  }
  const secret = created[0];
  if (!secret) throw new ToolError("The API created no secret; list the store to check.");
  return jsonResult(
    {
      secret: toSecretDetail(secret),
      previous_id: old.id,
      id_changed: true,
      note: "The secret was deleted and recreated: its id changed, and it was briefly unavailable between the two steps. Update anything that stored the old id.",
    },
    {
      summary: `Rotated "${secret.name}": new id ${secret.id} (was ${old.id}).`,
    },
  );
}
