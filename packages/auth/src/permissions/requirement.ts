/**
 * What a tool, or one API request, needs, as data. A tool declares a {@link Permission}: Cloudflare
 * permission names (looked up in the one table, permission-table.ts), or an explicit pair of a
 * permission group and its OAuth scope for a product the table does not list yet, combined with
 * `allOf` / `anyOf`. {@link scopeNeed} turns it into the OAuth scopes it takes, and
 * {@link evaluateNeed} says whether a grant covers them and, when not, which scopes to add.
 */
import { scopeRule } from "./permission-table";

/** A permission the table knows, or a group with its scope spelled out. */
export type PermissionLeaf = string | { permission: string; scope: string };

export type Permission = PermissionLeaf | { allOf: Permission[] } | { anyOf: Permission[] };

/** Whether the work reads (GET) or changes something; picks the side of `{ read, write }` rules. */
export type Access = "read" | "write";

/** A permission evaluated to OAuth scopes. */
export type ScopeNeed =
  | { scope: string; permission: string }
  /** No OAuth scope grants this permission: only an API token can. */
  | { ungrantable: string }
  /** The table does not know this permission: Cloudflare decides. */
  | { unknown: string }
  | { allOf: ScopeNeed[] }
  | { anyOf: ScopeNeed[] };

const SCOPE_NAME = /^[a-z][a-z0-9_-]*:[a-z_]+$/;

/** Every leaf of a permission expression. */
export function permissionLeaves(permission: Permission): PermissionLeaf[] {
  if (typeof permission === "string") return [permission];
  if ("allOf" in permission) return permission.allOf.flatMap(permissionLeaves);
  if ("anyOf" in permission) return permission.anyOf.flatMap(permissionLeaves);
  return [permission];
}

/**
 * Why a declared permission cannot be used, or undefined: an unknown name (a typo, or a product
 * to add to the table), a malformed scope, an empty `allOf`/`anyOf`.
 */
export function permissionProblem(permission: Permission): string | undefined {
  if (typeof permission === "object" && ("allOf" in permission || "anyOf" in permission)) {
    const parts = "allOf" in permission ? permission.allOf : permission.anyOf;
    if (parts.length === 0) return "an empty allOf/anyOf";
    for (const part of parts) {
      const problem = permissionProblem(part);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof permission === "string") {
    return scopeRule(permission) === undefined
      ? `the unknown Cloudflare permission "${permission}" (add it to PERMISSION_SCOPES in packages/auth/src/permissions/permission-table.ts, or declare { permission, scope })`
      : undefined;
  }
  return SCOPE_NAME.test(permission.scope)
    ? undefined
    : `the malformed OAuth scope "${permission.scope}" (expected product:action)`;
}

/** The OAuth scopes `permission` takes for work of kind `access`. */
export function scopeNeed(permission: Permission, access: Access): ScopeNeed {
  if (typeof permission === "object" && "allOf" in permission) {
    return { allOf: permission.allOf.map((part) => scopeNeed(part, access)) };
  }
  if (typeof permission === "object" && "anyOf" in permission) {
    return { anyOf: permission.anyOf.map((part) => scopeNeed(part, access)) };
  }
  if (typeof permission === "object") return permission;
  const rule = scopeRule(permission);
  if (rule === undefined) return { unknown: permission };
  if (rule === null) return { ungrantable: permission };
  return { scope: typeof rule === "string" ? rule : rule[access], permission };
}

export interface NeedVerdict {
  covered: boolean;
  /** Scopes to add so the grant covers the need (empty when covered or not grantable). */
  missing: string[];
  /** Permissions no OAuth scope grants, when those are what is missing. */
  ungrantable: string[];
}

/**
 * Whether `granted` covers `need`. `anyOf` is covered by any alternative (else the alternative
 * missing the fewest scopes is reported); an unknown permission counts as covered, since only
 * Cloudflare can tell.
 */
export function evaluateNeed(need: ScopeNeed, granted: readonly string[]): NeedVerdict {
  if ("scope" in need) {
    const covered = scopeGranted(granted, need.scope);
    return { covered, missing: covered ? [] : [need.scope], ungrantable: [] };
  }
  if ("ungrantable" in need)
    return { covered: false, missing: [], ungrantable: [need.ungrantable] };
  if ("unknown" in need) return { covered: true, missing: [], ungrantable: [] };
  if ("allOf" in need) {
    const parts = need.allOf.map((part) => evaluateNeed(part, granted));
    return {
      covered: parts.every((part) => part.covered),
      missing: [...new Set(parts.flatMap((part) => part.missing))],
      ungrantable: [...new Set(parts.flatMap((part) => part.ungrantable))],
    };
  }
  const parts = need.anyOf.map((part) => evaluateNeed(part, granted));
  const covered = parts.find((part) => part.covered);
  if (covered) return covered;
  const grantable = parts.filter((part) => part.ungrantable.length === 0);
  const best = [...(grantable.length > 0 ? grantable : parts)].sort(
    (a, b) => a.missing.length - b.missing.length,
  )[0];
  return best ?? { covered: false, missing: [], ungrantable: [] };
}

/** Every scope a need can use (for building a server's catalogue from its tools). */
export function needScopes(need: ScopeNeed): string[] {
  if ("scope" in need) return [need.scope];
  if ("allOf" in need) return need.allOf.flatMap(needScopes);
  if ("anyOf" in need) return need.anyOf.flatMap(needScopes);
  return [];
}

/** "A", "A and B", "A or B": how errors, docs and `tools/list` name a permission. */
export function describePermission(permission: Permission): string {
  if (typeof permission === "string") return permission;
  if ("allOf" in permission) return permission.allOf.map(describeNested).join(" and ");
  if ("anyOf" in permission) return permission.anyOf.map(describeNested).join(" or ");
  return permission.permission;
}

function describeNested(permission: Permission): string {
  const text = describePermission(permission);
  return typeof permission === "object" && ("allOf" in permission || "anyOf" in permission)
    ? `(${text})`
    : text;
}

/**
 * A requirement from an OpenAPI operation's permission values (any one of them suffices), or
 * undefined when the spec names none or one the table does not know (then Cloudflare decides).
 */
export function specPermission(values: readonly string[] | undefined): Permission | undefined {
  if (!values || values.length === 0) return undefined;
  if (values.some((value) => scopeRule(value) === undefined)) return undefined;
  return values.length === 1 ? (values[0] as string) : { anyOf: [...values] };
}

/** Whether `granted` holds `needed`; a product's `:write` or `:edit` also covers its `:read`. */
export function scopeGranted(granted: readonly string[], needed: string): boolean {
  if (granted.includes(needed)) return true;
  const [product, action] = needed.split(":");
  return (
    action === "read" &&
    (granted.includes(`${product}:write`) || granted.includes(`${product}:edit`))
  );
}
