/**
 * The one set of generic next steps for Cloudflare API errors, by error code and then by HTTP
 * status. Tool results (error-mapping.ts) and Code Mode's request log (apps/api) both read it, so
 * a code is explained the same way everywhere; product hints (error-hints.ts) come first.
 */

export interface CloudflareHintContext {
  /** The Cloudflare permission the failing tool needs, named when the API answers 10000. */
  permission?: string;
  /** The account the call acted on. */
  accountId?: string;
}

/** The generic next step for a Cloudflare error code, if it has one. */
export function cloudflareCodeHint(
  code: number,
  context: CloudflareHintContext = {},
): string | undefined {
  const account = context.accountId ? ` on account ${context.accountId}` : "";
  switch (code) {
    case 10000:
      return context.permission
        ? `The API token lacks the "${context.permission}" permission${account}, or cannot access that account. Add the permission to the token (Cloudflare dashboard > My Profile > API Tokens) or pick another account with accounts_list.`
        : `The API token lacks a permission this call needs${account}, or cannot access that account. Check the token's permissions, or pick another account with accounts_list.`;
    case 9109:
      return "The API token was refused for this resource. Check that it is active and covers this account and permission.";
    case 9106:
    case 6003:
    case 6111:
      return "The request's credentials were rejected. Reconnect with a valid Cloudflare API token.";
    case 1000:
      return "The API token is not valid. Create or roll a token in the Cloudflare dashboard and reconnect.";
    case 7003:
    case 7000:
      return "No such route: the path, the method or an identifier in the path is wrong. Check the ids (and the endpoint) and call again.";
    case 1001:
      return "The request body was rejected as malformed. Check the arguments against the schema.";
    case 10001:
      return "The request was malformed. Check the parameters against the schema.";
    default:
      return undefined;
  }
}

/** The generic next step for an HTTP status, when no code explained the error. */
export function cloudflareStatusHint(
  status: number,
  context: CloudflareHintContext = {},
  retryAfterSeconds?: number,
): string | undefined {
  if (status === 429) {
    return `Cloudflare rate-limited the request${retryAfterSeconds ? `; wait ${retryAfterSeconds} s` : ""} and try again with fewer calls.`;
  }
  if (status === 404)
    return "The resource was not found. Check the id with the matching list tool.";
  if (status === 403) return cloudflareCodeHint(10000, context);
  if (status >= 500) return "Cloudflare had an internal error. Retry shortly.";
  return undefined;
}
