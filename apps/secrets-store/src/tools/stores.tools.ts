/**
 * Store tools: list, create and delete the account's Secrets Store stores. A store is the
 * container secrets live in; on current plans an account may hold one store.
 */
import { jsonResult, pageResult, pagingInput, type RegistrationContext, z } from "@repo/mcp-kit";
import { createStore, deleteStore, listStores } from "../api";
import {
  READ_ERROR_HINTS,
  READ_PERMISSION,
  STORE_CREATE_ERROR_HINTS,
  STORE_DELETE_ERROR_HINTS,
  WRITE_PERMISSION,
} from "../hints";
import { DirectionSchema, StoreIdSchema, StoreNameSchema, StoreOrderSchema } from "../schemas";
import { toStoreRow } from "../shape";

export function registerStoreTools(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "secrets_store_stores_list",
    title: "List secrets stores",
    description:
      "List the Secrets Store stores of the account (id, name, created, modified). Most accounts have exactly one store; use its id as store_id in the secrets_store_secrets_* tools.",
    input: {
      ...pagingInput({ noun: "stores" }),
      order: StoreOrderSchema,
      direction: DirectionSchema,
    },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ_PERMISSION,
    errorHints: READ_ERROR_HINTS,
    async handler({ order, direction, ...page }, call) {
      const { items, paging } = await listStores(call.api, page, { order, direction });
      return pageResult(items.map(toStoreRow), paging, {
        noun: "stores",
        empty: "The account has no store yet. Create one with secrets_store_stores_create.",
      });
    },
  });

  ctx.accountTool({
    name: "secrets_store_stores_create",
    title: "Create a secrets store",
    description:
      "Create a Secrets Store store in the account and return it (id, name). Accounts are limited to one store on current plans: call secrets_store_stores_list first and reuse an existing store instead of creating a second one.",
    input: { name: StoreNameSchema },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    permission: WRITE_PERMISSION,
    errorHints: STORE_CREATE_ERROR_HINTS,
    async handler(input, call) {
      const store = await createStore(call.api, input.name);
      return jsonResult(
        { store: toStoreRow(store) },
        { summary: `Created store "${store.name}" (${store.id}).` },
      );
    },
  });

  ctx.accountTool({
    name: "secrets_store_stores_delete",
    title: "Delete a secrets store",
    description:
      "Delete a store. Without force, a store that still holds secrets is refused (HTTP 409, store not empty). With force: true every secret in the store is deleted first, permanently: their values cannot be recovered, and Workers, AI Gateway or other services bound to them stop resolving those secrets. Confirm with the user before passing force: true.",
    input: {
      store_id: StoreIdSchema,
      force: z
        .boolean()
        .optional()
        .describe(
          "Also delete every secret in the store (irreversible). Default false: a non-empty store is not deleted.",
        ),
    },
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    permission: WRITE_PERMISSION,
    errorHints: STORE_DELETE_ERROR_HINTS,
    async handler(input, call) {
      const force = input.force ?? false;
      await deleteStore(call.api, input.store_id, force);
      return jsonResult(
        { deleted: { store_id: input.store_id }, force },
        {
          summary: force
            ? `Deleted store ${input.store_id} and every secret it held.`
            : `Deleted store ${input.store_id}.`,
        },
      );
    },
  });
}
