/**
 * Refuses a tool whose Cloudflare permission maps to an OAuth scope the caller's grant lacks,
 * before it calls the API, with a message naming the scope to add. API-token callers pass: their
 * token's own permissions decide, and the API answers 10000 when one is missing.
 */
import { type Principal, permissionScopes, scopeGranted } from "@repo/auth";
import { ToolError } from "../tools/errors";

export function missingScopes(principal: Principal, permission: string | undefined): string[] {
  if (principal.kind !== "oauth" || !permission) return [];
  const granted = principal.scopes ?? [];
  return permissionScopes(permission).filter((scope) => !scopeGranted(granted, scope));
}

export function assertScopes(
  toolName: string,
  principal: Principal,
  permission: string | undefined,
): void {
  const missing = missingScopes(principal, permission);
  if (missing.length === 0) return;
  const list = missing.map((scope) => `"${scope}"`).join(" and ");
  throw new ToolError(
    `${toolName} needs the OAuth scope ${list}, which this connection was not granted${principal.readOnly ? " (it was authorized read-only)" : ""}.`,
    {
      hint: `Ask the user to reconnect this server and grant ${list} on the consent page (choose "Default" or "Full access", or tick it). Read-only tools keep working meanwhile.`,
    },
  );
}
