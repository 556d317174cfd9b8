/**
 * Item tools: list the account's My Product items. The example tool of a new server: replace
 * the endpoint and the fields with the product's own, and keep the shape (described input,
 * annotations, permission, paged and bounded output, a summary that says what to do next).
 */
import { pageResult, pagingInput, type RegistrationContext } from "@repo/mcp-kit";

/** Cloudflare permission group every read tool of this server needs. */
export const READ_PERMISSION = "My Product Read";

/**
 * What the read tools need: the permission group (API tokens) and its Cloudflare OAuth scope
 * (OAuth grants). Once the product's permissions are in the table of @repo/auth
 * (packages/auth/src/permissions/permission-table.ts), name the group alone.
 */
const READ = { permission: READ_PERMISSION, scope: "my_product:read" };

/** One item as the API returns it (`GET /accounts/{account_id}/my-product/items`). */
export interface Item {
  id: string;
  name: string;
  created_on: string;
  modified_on: string;
}

export function registerItemTools(ctx: RegistrationContext): void {
  ctx.accountTool({
    name: "my_product_items_list",
    title: "List My Product items",
    description:
      "List the account's My Product items: id, name, created and modified times, newest first. Page through with page and per_page; the summary line says how many there are in all.",
    input: pagingInput({ noun: "items" }),
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ,
    async handler(page, call) {
      const { items, paging } = await call.api.page<Item>(
        "/accounts/{account_id}/my-product/items",
        page,
      );
      return pageResult(items, paging, {
        noun: "items",
        empty: "The account has no My Product items.",
      });
    },
  });
}
