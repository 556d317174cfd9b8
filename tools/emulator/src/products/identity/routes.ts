/**
 * Identity routes: who the token belongs to, which accounts it can see, and token verification.
 * User-level endpoints reject Account API tokens with the errors the real API uses for them.
 */
import { authenticationFailed, invalidApiToken, unauthorizedResource } from "../../api-errors";
import { success } from "../../envelope";
import type { Principal, Route, RouteContext } from "../../product";
import { paginate, readDirection, readPage } from "../../request";
import { accountView, findAccounts, findMembershipViews, findUserView } from "./views";

// The OpenAPI document bounds both lists to 5..50 per page, 20 by default.
const LIST_LIMITS = { defaultPerPage: 20, minPerPage: 5, maxPerPage: 50 };

const VALID_TOKEN_MESSAGE = {
  code: 10000,
  message: "This API Token is valid and active",
  type: null,
};

function getUser({ db, principal }: RouteContext): Response {
  if (principal.kind === "account" || !principal.userId) throw unauthorizedResource();
  const user = findUserView(db, principal.userId);
  if (!user) throw unauthorizedResource();
  return success(user);
}

function listAccounts({ db, principal, url }: RouteContext): Response {
  const nameFilter = url.searchParams.get("name")?.toLowerCase();
  let accounts = findAccounts(db, principal.accountIds);
  if (nameFilter) accounts = accounts.filter((a) => a.name.toLowerCase().includes(nameFilter));
  if (readDirection(url, "asc") === "desc") accounts.reverse();
  const { page, info } = paginate(accounts, readPage(url, LIST_LIMITS));
  return success(page.map(accountView), { resultInfo: info });
}

function listMemberships({ db, principal, url }: RouteContext): Response {
  if (principal.kind === "account" || !principal.userId) throw authenticationFailed();
  const status = url.searchParams.get("status");
  const nameFilter = (
    url.searchParams.get("account.name") ?? url.searchParams.get("name")
  )?.toLowerCase();
  let accounts = findAccounts(db, principal.accountIds);
  if (nameFilter) accounts = accounts.filter((a) => a.name.toLowerCase().includes(nameFilter));
  let memberships = findMembershipViews(db, principal.userId, accounts);
  if (status) memberships = memberships.filter((m) => m.status === status);
  if (readDirection(url, "asc") === "desc") memberships.reverse();
  const { page, info } = paginate(memberships, readPage(url, LIST_LIMITS));
  return success(page, { resultInfo: info });
}

function verifyResult(principal: Principal): Response {
  const result: Record<string, unknown> = { id: principal.tokenId, status: "active" };
  if (principal.notBefore) result.not_before = principal.notBefore;
  if (principal.expiresOn) result.expires_on = principal.expiresOn;
  return success(result, { messages: [VALID_TOKEN_MESSAGE] });
}

function verifyUserToken({ principal }: RouteContext<Principal | null>): Response {
  if (principal?.kind !== "user") throw invalidApiToken();
  return verifyResult(principal);
}

function verifyAccountToken({ principal, params }: RouteContext<Principal | null>): Response {
  const accountId = params.account_id!;
  if (principal?.kind !== "account" || !principal.accountIds.includes(accountId)) {
    throw invalidApiToken();
  }
  return verifyResult(principal);
}

export const IDENTITY_ROUTES: readonly Route[] = [
  { method: "GET", path: "/user", permission: "User Details Read", handler: getUser },
  { method: "GET", path: "/user/tokens/verify", auth: "verify", handler: verifyUserToken },
  { method: "GET", path: "/accounts", handler: listAccounts },
  {
    method: "GET",
    path: "/accounts/:account_id/tokens/verify",
    auth: "verify",
    handler: verifyAccountToken,
  },
  { method: "GET", path: "/memberships", permission: "Memberships Read", handler: listMemberships },
];
