/**
 * Store tools: list, create and delete the account's Secrets Store stores. A store is the
 * container secrets live in; on current plans an account may hold one store.
 */
import {
  jsonResult,
  pageResult,
  pagingInput,
  type RegistrationContext,
  ToolError,
  z,
} from "@repo/mcp-kit";
import { countSecrets, createStore, deleteStore, listStores } from "../api";
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
      // The documented default is sent explicitly: APIs differ in what they do without it.
      const { items, paging } = await listStores(call.api, page, {
        order: order ?? "created",
        direction: direction ?? "desc",
      });
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
      "Delete a store. The tool first counts the store's secrets: a store that still holds secrets is refused before anything is deleted, unless force is true. With force: true the store and every secret in it are deleted permanently (the result says how many): their values cannot be recovered, and Workers, AI Gateway or other services bound to them stop resolving those secrets. Confirm with the user, naming the number of secrets, before passing force: true.",
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
      // Checked here rather than left to the API: an API that deletes a non-empty store anyway
      // would take every secret with it (contract erratum secrets-store-non-empty-store-delete).
      const { count, exact } = await countSecrets(call.api, input.store_id);
      const held = exact ? `${count} secret${count === 1 ? "" : "s"}` : "at least one secret";
      if (count > 0 && !force) {
        throw new ToolError(`Store ${input.store_id} still holds ${held}; nothing was deleted.`, {
          hint: `List them with secrets_store_secrets_list. Only after the user confirms that all ${held} may be destroyed (values unrecoverable), call secrets_store_stores_delete again with force: true.`,
        });
      }
      await deleteStore(call.api, input.store_id, force);
      return jsonResult(
        {
          deleted: { store_id: input.store_id },
          force,
          secrets_deleted: count,
          ...(exact ? {} : { secrets_deleted_is_lower_bound: true }),
        },
        {
          summary:
            count > 0
              ? `Deleted store ${input.store_id} and the ${held} it held (values unrecoverable).`
              : `Deleted store ${input.store_id} (it held no secrets).`,
        },
      );
    },
  });
}
