/**
 * Item tools: list the account's My Product items. The example tool of a new server: replace
 * the endpoint and the fields with the product's own, and keep the shape (described input,
 * annotations, permission, bounded output, a summary that says what to do next).
 */
import { apiPath } from "@repo/cloudflare-api";
import { jsonResult, type RegistrationContext, z } from "@repo/mcp-kit";

/** Cloudflare permission group every read tool of this server needs. */
export const READ_PERMISSION = "My Product Read";

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
    input: {
      page: z.number().int().min(1).optional().describe("Page number, from 1 (default 1)."),
      per_page: z
        .number()
        .int()
        .min(1)
        .max(100)
        .optional()
        .describe("Items per page, 1..100 (default 20)."),
    },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    permission: READ_PERMISSION,
    async handler(input, call) {
      const page = input.page ?? 1;
      const perPage = input.per_page ?? 20;
      const response = await call.api.get<Item[]>(
        apiPath`/accounts/${call.accountId}/my-product/items`,
        { query: { page, per_page: perPage }, signal: call.signal },
      );
      const items = response.result ?? [];
      const total = response.resultInfo?.totalCount ?? items.length;
      return jsonResult(
        { items, total_count: total },
        {
          summary: summarize(items.length, total, page, perPage),
          moreHint: "Call again with a smaller per_page and the next page.",
        },
      );
    },
  });
}

function summarize(count: number, total: number, page: number, perPage: number): string {
  if (count === 0) {
    return page > 1
      ? `Page ${page} is past the end: ${total} items in all.`
      : "The account has no My Product items.";
  }
  const more = page * perPage < total ? ` More: call again with page ${page + 1}.` : "";
  return `${count} of ${total} items (page ${page}).${more}`;
}
