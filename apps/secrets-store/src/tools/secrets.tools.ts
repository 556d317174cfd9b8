/**
 * Secret tools: list, read metadata, create, update, delete and duplicate secrets in a store.
 * Values are write-only: every tool that accepts one guards it with `guardValues` before doing
 * anything else (value-safety.ts), and no tool returns one. Rotation lives in rotate.tools.ts.
 */
import { jsonResult, pageResult, pagingInput, type RegistrationContext, z } from "@repo/mcp-kit";
import { createSecrets, duplicateSecret, getSecret, listSecrets } from "../api";
import {
  READ_ERROR_HINTS,
  READ_PERMISSION,
  SECRET_WRITE_ERROR_HINTS,
  WRITE_PERMISSION,
} from "../hints";
import {
  DirectionSchema,
  SecretCommentSchema,
  SecretIdSchema,
  SecretIdsSchema,
  SecretNameSchema,
  SecretOrderSchema,
  SecretScopesFilterSchema,
  SecretScopesSchema,
  SecretSearchSchema,
  SecretValueSchema,
  StoreIdSchema,
} from "../schemas";
import { toSecretDetail, toSecretRow } from "../shape";
import { guardValues, redactedErrors } from "../value-safety";
import { deleteSecretsTool } from "./delete-secrets";
import { updateSecret, VALUE_REJECTED_HINT } from "./update";

const READ = { readOnlyHint: true, destructiveHint: false, idempotentHint: true } as const;

export function registerSecretTools(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "secrets_store_secrets_list",
    title: "List secrets",
    description:
      "List the secrets of a store as compact rows (id, name, scopes, comment, status, modified); values are never returned. Filter by name/comment text with search or by scopes; results are paged (default 20 per page).",
    input: {
      store_id: StoreIdSchema,
      search: SecretSearchSchema,
      scopes: SecretScopesFilterSchema,
      order: SecretOrderSchema,
      direction: DirectionSchema,
      ...pagingInput({ noun: "secrets" }),
    },
    annotations: READ,
    permission: READ_PERMISSION,
    errorHints: READ_ERROR_HINTS,
    async handler({ store_id, page, per_page, order, direction, ...filter }, call) {
      // The documented default is sent explicitly: APIs differ in what they do without it.
      const { items, paging } = await listSecrets(
        call.api,
        store_id,
        { page, per_page },
        { ...filter, order: order ?? "created", direction: direction ?? "desc" },
      );
      return pageResult(items.map(toSecretRow), paging, {
        noun: "secrets",
        data: { store_id },
        moreHint: "Use a smaller per_page, a search filter, or the next page.",
      });
    },
  });

  ctx.accountTool({
    name: "secrets_store_secrets_get",
    title: "Get secret metadata",
    description:
      "Get one secret's metadata: name, scopes, comment, status, created and modified. The value is write-only and cannot be read back by any tool.",
    input: { store_id: StoreIdSchema, secret_id: SecretIdSchema },
    annotations: READ,
    permission: READ_PERMISSION,
    errorHints: READ_ERROR_HINTS,
    async handler(input, call) {
      const secret = await getSecret(call.api, input.store_id, input.secret_id);
      return jsonResult(
        { secret: toSecretDetail(secret) },
        { summary: `Secret "${secret.name}".` },
      );
    },
  });

  ctx.accountTool({
    name: "secrets_store_secrets_create",
    title: "Create secrets",
    description:
      'Create one or several secrets in a store in one call. Each needs a name (unique in the store), a value and scopes (e.g. ["workers"] for Worker bindings); comment is optional. Returns the new secrets\' ids and metadata, never the values. To replace the value of an existing secret use secrets_store_secrets_update or secrets_store_secrets_rotate instead.',
    input: {
      store_id: StoreIdSchema,
      secrets: z
        .array(
          z.object({
            name: SecretNameSchema,
            value: SecretValueSchema,
            scopes: SecretScopesSchema,
            comment: SecretCommentSchema.optional(),
          }),
        )
        .min(1)
        .max(100)
        .describe("The secrets to create (1 to 100)."),
    },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    permission: WRITE_PERMISSION,
    errorHints: SECRET_WRITE_ERROR_HINTS,
    async handler(input, call) {
      const redactor = guardValues(
        call,
        input.secrets.map((secret) => secret.value),
      );
      const created = redactor.data(
        await redactedErrors(redactor, () =>
          createSecrets(call.api, input.store_id, input.secrets),
        ),
      );
      const names = created.map((secret) => secret.name).join(", ");
      return jsonResult(
        { store_id: input.store_id, created: created.map(toSecretRow) },
        { summary: `Created ${created.length} secret(s): ${names}.` },
      );
    },
  });

  ctx.accountTool({
    name: "secrets_store_secrets_update",
    title: "Update a secret",
    description:
      "Change a secret's scopes (replaces the whole list) and/or comment in place, keeping its id. To change its value, use secrets_store_secrets_rotate: Cloudflare's live API refuses a value in this update (400, code 1001), although its spec lists one. If you pass value anyway, the tool sends it and, when refused, nothing changes and the error says to rotate. Returns the updated metadata, never the value.",
    input: {
      store_id: StoreIdSchema,
      secret_id: SecretIdSchema,
      value: SecretValueSchema.optional().describe(
        "A new value; Cloudflare's live API refuses it here (use secrets_store_secrets_rotate). At most 64 KiB, write-only.",
      ),
      scopes: SecretScopesSchema.optional(),
      comment: SecretCommentSchema.optional(),
    },
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    permission: WRITE_PERMISSION,
    errorHints: [VALUE_REJECTED_HINT, ...SECRET_WRITE_ERROR_HINTS],
    handler: updateSecret,
  });

  ctx.accountTool({
    name: "secrets_store_secrets_delete",
    title: "Delete secrets",
    description:
      "Permanently delete one or several secrets from a store by id. Several ids go in one request; if the API refuses that request, the secrets are deleted one by one and the result lists which were deleted and which were not, and why. Deleted values cannot be recovered, and services bound to these secrets stop resolving them. Confirm with the user first.",
    input: { store_id: StoreIdSchema, secret_ids: SecretIdsSchema },
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    permission: WRITE_PERMISSION,
    errorHints: READ_ERROR_HINTS,
    handler: deleteSecretsTool,
  });

  ctx.accountTool({
    name: "secrets_store_secrets_duplicate",
    title: "Duplicate a secret",
    description:
      "Copy a secret, value included (the value is copied inside Cloudflare, never shown), to a new name in the same store. Scopes and comment default to the source secret's. Returns the new secret's metadata.",
    input: {
      store_id: StoreIdSchema,
      secret_id: SecretIdSchema.describe("Id of the secret to copy."),
      name: SecretNameSchema.describe("Name of the new secret; must not exist in the store yet."),
      scopes: SecretScopesSchema.optional(),
      comment: SecretCommentSchema.optional(),
    },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    permission: WRITE_PERMISSION,
    errorHints: SECRET_WRITE_ERROR_HINTS,
    async handler(input, call) {
      let { scopes, comment } = input;
      if (scopes === undefined || comment === undefined) {
        const source = await getSecret(call.api, input.store_id, input.secret_id);
        scopes ??= source.scopes ?? [];
        comment ??= source.comment;
      }
      const copy = await duplicateSecret(call.api, input.store_id, input.secret_id, {
        name: input.name,
        scopes,
        ...(comment ? { comment } : {}),
      });
      return jsonResult(
        { secret: toSecretDetail(copy), source_id: input.secret_id },
        { summary: `Duplicated into "${copy.name}" (${copy.id}).` },
      );
    },
  });
}
