/**
 * Tools under an OAuth grant: a tool is listed only when the grant covers what it needs, and a
 * call is refused before it reaches the API when it does not (defence in depth), naming the scope
 * to add. API-token callers pass: their token's own permissions decide, and the API answers 10000.
 */
import {
  type Access,
  evaluateNeed,
  type Permission,
  type Principal,
  type ScopeNeed,
  scopeNeed,
} from "@repo/auth";
import { ToolError } from "../tools/errors";

export interface ToolNeed {
  need: ScopeNeed;
  /** Whether the tool only reads (a read-only grant hides the others). */
  readOnly: boolean;
}

export function toolNeed(permission: Permission, readOnly: boolean): ToolNeed {
  const access: Access = readOnly ? "read" : "write";
  return { need: scopeNeed(permission, access), readOnly };
}

/** Whether the caller's grant lets this tool be listed and called. */
export function grantCovers(principal: Principal, tool: ToolNeed): boolean {
  if (principal.kind !== "oauth") return true;
  if (principal.readOnly && !tool.readOnly) return false;
  return evaluateNeed(tool.need, principal.scopes ?? []).covered;
}

export function assertScopes(toolName: string, principal: Principal, tool: ToolNeed): void {
  if (grantCovers(principal, tool)) return;
  const verdict = evaluateNeed(tool.need, principal.scopes ?? []);
  if (verdict.ungrantable.length > 0 && verdict.missing.length === 0) {
    throw new ToolError(
      `${toolName} needs the Cloudflare permission ${quoted(verdict.ungrantable)}, which no OAuth scope grants.`,
      { hint: "Connect with a Cloudflare API token that has this permission to use this tool." },
    );
  }
  const list = quoted(verdict.missing.length > 0 ? verdict.missing : ["a write scope"]);
  throw new ToolError(
    `${toolName} needs the OAuth scope ${list}, which this connection was not granted${principal.readOnly ? " (it was authorized read-only)" : ""}.`,
    {
      hint: `Ask the user to reconnect this server and grant ${list} on the consent page (a broader template, or tick it). The tools this grant covers keep working meanwhile.`,
    },
  );
}

function quoted(items: readonly string[]): string {
  return items.map((item) => `"${item}"`).join(" and ");
}
