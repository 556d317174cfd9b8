/**
 * Who signed in upstream: the user's id (for per-user state and grant bookkeeping) and the accounts
 * the new OAuth token can see, read with that token from the API.
 */
import { type CloudflareClient, isCloudflareApiError } from "@repo/cloudflare-api";
import type { AccountRef } from "../principal";

export interface UpstreamIdentity {
  userId: string;
  accounts: AccountRef[];
}

export async function resolveUpstreamIdentity(client: CloudflareClient): Promise<UpstreamIdentity> {
  const user = await client.get<{ id: string }>("/user");
  const page = await client.paginate<AccountRef>(
    { method: "GET", path: "/accounts" },
    { maxPages: 10, perPage: 50 },
  );
  const userId = user.result?.id;
  if (!userId) throw new Error("the /user answer carried no id");
  return { userId, accounts: page.items.map(({ id, name }) => ({ id, name })) };
}

export function isApiAuthFailure(error: unknown): boolean {
  return isCloudflareApiError(error) && (error.status === 401 || error.status === 403);
}
