/**
 * Verifies a Cloudflare API token and resolves what it can see, the way the API itself tells:
 * user tokens answer `/user/tokens/verify`; account-owned tokens answer only
 * `/accounts/{id}/tokens/verify`, so for them we first ask `/accounts` which account owns them.
 */
import {
  type CloudflareClient,
  CloudflareNetworkError,
  isCloudflareApiError,
} from "@repo/cloudflare-api";
import type { AccountRef, Principal } from "../principal";

/** Why a token was refused; each reason maps to a distinct message for the client. */
export type TokenRejection =
  | { reason: "invalid"; message: string }
  | { reason: "inactive"; message: string }
  | { reason: "no_accounts"; message: string }
  | { reason: "unreachable"; message: string };

/** What a token can do; its `credentialKey` is added by whoever holds the token (tokenCredentialKey). */
export type TokenPrincipal = Omit<Principal, "credentialKey">;

export type TokenVerification =
  | { ok: true; principal: TokenPrincipal }
  | ({ ok: false } & TokenRejection);

interface TokenStatus {
  id: string;
  status: string;
  expires_on?: string;
}

interface AccountRecord {
  id: string;
  name: string;
}

const MAX_ACCOUNT_PAGES = 10;

export async function verifyApiToken(client: CloudflareClient): Promise<TokenVerification> {
  try {
    const userToken = await tryVerify(client, "/user/tokens/verify");
    if (userToken) return await userPrincipal(client, userToken);
    return await accountPrincipal(client);
  } catch (error) {
    return rejectionFor(error);
  }
}

async function userPrincipal(
  client: CloudflareClient,
  token: TokenStatus,
): Promise<TokenVerification> {
  const inactive = inactiveRejection(token);
  if (inactive) return inactive;
  const accounts = await listAccounts(client);
  if (accounts.length === 0) return noAccounts();
  return {
    ok: true,
    principal: { kind: "api-token", tokenKind: "user", accounts },
  };
}

async function accountPrincipal(client: CloudflareClient): Promise<TokenVerification> {
  const accounts = await listAccounts(client);
  for (const account of accounts) {
    const token = await tryVerify(client, `/accounts/${account.id}/tokens/verify`);
    if (!token) continue;
    const inactive = inactiveRejection(token);
    if (inactive) return inactive;
    return {
      ok: true,
      principal: { kind: "api-token", tokenKind: "account", accounts: [account] },
    };
  }
  return {
    ok: false,
    reason: "invalid",
    message: "Cloudflare rejected the API token (it is unknown, revoked or malformed).",
  };
}

/** Returns the token status, or undefined when this endpoint says the token is not one of its kind. */
async function tryVerify(client: CloudflareClient, path: string): Promise<TokenStatus | undefined> {
  try {
    const response = await client.get<TokenStatus>(path);
    return response.result;
  } catch (error) {
    if (isCloudflareApiError(error) && (error.status === 401 || error.status === 403)) {
      return undefined;
    }
    throw error;
  }
}

async function listAccounts(client: CloudflareClient): Promise<AccountRef[]> {
  try {
    const page = await client.paginate<AccountRecord>(
      { method: "GET", path: "/accounts" },
      { maxPages: MAX_ACCOUNT_PAGES, perPage: 50 },
    );
    return page.items.map(({ id, name }) => ({ id, name }));
  } catch (error) {
    if (isCloudflareApiError(error) && error.status < 500) return [];
    throw error;
  }
}

function inactiveRejection(token: TokenStatus): TokenVerification | undefined {
  if (token.status === "active") return undefined;
  return {
    ok: false,
    reason: "inactive",
    message: `The API token is ${token.status}${token.expires_on ? ` (expires_on ${token.expires_on})` : ""}. Create or roll a token in the Cloudflare dashboard.`,
  };
}

function noAccounts(): TokenVerification {
  return {
    ok: false,
    reason: "no_accounts",
    message:
      "The API token is valid but cannot see any account. Add account resources to the token's policies.",
  };
}

function rejectionFor(error: unknown): TokenVerification {
  if (
    error instanceof CloudflareNetworkError ||
    (isCloudflareApiError(error) && error.status >= 500)
  ) {
    return {
      ok: false,
      reason: "unreachable",
      message: "The Cloudflare API could not be reached to verify the token. Try again shortly.",
    };
  }
  return {
    ok: false,
    reason: "invalid",
    message: "Cloudflare rejected the API token (it is unknown, revoked or malformed).",
  };
}
