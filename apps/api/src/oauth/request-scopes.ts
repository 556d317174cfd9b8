/**
 * `execute` under an OAuth grant: before the gate sends a request, the spec says which operation
 * it is and which permission that needs, the table in @repo/auth which OAuth scope that is, and a
 * request the grant does not cover is refused, naming the scope to add. Cloudflare would refuse it
 * too (the upstream token carries only the granted scopes), but with a bare 10000 and after the
 * code has already run half its work. Requests the spec does not describe, or whose permission the
 * table does not know, are left to Cloudflare. API tokens are never checked here.
 */

import {
  describePermission,
  evaluateNeed,
  type Principal,
  scopeNeed,
  specPermission,
} from "@repo/auth";
import { createOperationMatcher, type OperationMatcher, type ProcessedSpec } from "@repo/openapi";
import type { ApiEnv } from "../env.ts";
import { loadSpec } from "../spec/loaded-spec.ts";

/** Why a request may not be sent (the gate prefixes "METHOD path was not sent: "), or undefined. */
export type RequestCheck = (request: { method: string; path: string }) => string | undefined;

const matchers = new WeakMap<ProcessedSpec, OperationMatcher>();

/** The check for this caller, or undefined when there is nothing to check (API tokens, no spec). */
export async function oauthRequestCheck(
  env: ApiEnv,
  principal: Principal,
): Promise<RequestCheck | undefined> {
  if (principal.kind !== "oauth") return undefined;
  let spec: ProcessedSpec;
  try {
    spec = (await loadSpec(env.SPEC_STORE)).spec;
  } catch {
    return undefined; // no spec stored: Cloudflare's own answer is the only check
  }
  return requestCheck(spec, principal.scopes ?? []);
}

export function requestCheck(spec: ProcessedSpec, granted: readonly string[]): RequestCheck {
  let match = matchers.get(spec);
  if (!match) {
    match = createOperationMatcher(spec);
    matchers.set(spec, match);
  }
  const matcher = match;
  return ({ method, path }) => {
    const permission = specPermission(matcher(method, path)?.permissions);
    if (!permission) return undefined;
    const verdict = evaluateNeed(
      scopeNeed(permission, method === "GET" ? "read" : "write"),
      granted,
    );
    if (verdict.covered) return undefined;
    const needs = `${describePermission(permission)} in the spec`;
    if (verdict.missing.length > 0) {
      const scopes = verdict.missing.map((scope) => `"${scope}"`).join(" and ");
      return `it needs the OAuth scope ${scopes} (${needs}), which this connection was not granted. Ask the user to reconnect this server and grant ${scopes} on the consent page.`;
    }
    return `it needs the Cloudflare permission ${describePermission(permission)}, which no OAuth scope grants. It works when the server is used with an API token that has that permission.`;
  };
}
