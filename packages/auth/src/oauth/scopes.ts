/**
 * OAuth scopes of a server: Cloudflare's own OAuth scope names (the server requests the same scopes
 * upstream that it grants its clients), derived from the Cloudflare permission each tool declares,
 * and grouped into three templates the consent page offers: read-only, default and full access.
 */

/** Every grant carries these: who the user is, which accounts they see, and refresh tokens. */
export const BASELINE_SCOPES = ["user:read", "account:read", "offline_access"] as const;

export interface ScopeDefinition {
  name: string;
  /** One line for the consent page. */
  description: string;
}

export type ScopeTemplateId = "read-only" | "default" | "full";

export interface ScopeTemplate {
  id: ScopeTemplateId;
  title: string;
  description: string;
  scopes: string[];
}

/** What one server can grant. `templates` always holds the three ids, read-only first. */
export interface ScopeCatalog {
  scopes: ScopeDefinition[];
  templates: ScopeTemplate[];
}

/** A tool as the catalog sees it: the permission it needs and whether it changes anything. */
export interface ToolScopeSource {
  permission?: string;
  readOnly: boolean;
  destructive: boolean;
}

// Cloudflare permission groups (as tools name them) -> Cloudflare OAuth scopes.
const PERMISSION_SCOPES: Readonly<Record<string, string>> = {
  "User Details Read": "user:read",
  "Memberships Read": "account:read",
  "Account Settings Read": "account:read",
  "Secrets Store Read": "secrets_store:read",
  "Secrets Store Edit": "secrets_store:write",
  "AI Gateway Read": "aig:read",
  "AI Gateway Edit": "aig:write",
  "AI Gateway Write": "aig:write",
  "Workers Scripts Read": "workers:read",
  "Workers Scripts Edit": "workers_scripts:write",
  "Workers Scripts Write": "workers_scripts:write",
  "Workers Builds Configuration Read": "workers_builds:read",
  "Workers Builds Configuration Edit": "workers_builds:write",
  "Workers CI Read": "workers_builds:read",
  "Workers CI Write": "workers_builds:write",
};

const SCOPE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  "user:read": "See your user details (name, email) and which accounts you belong to",
  "account:read": "See your accounts and their memberships",
  offline_access: "Stay connected: refresh access without asking you again",
  "secrets_store:read": "See Secrets Store stores and secret metadata (never values)",
  "secrets_store:write": "Create, change, rotate and delete Secrets Store stores and secrets",
  "aig:read": "See AI Gateway gateways, logs and usage",
  "aig:write": "Configure AI Gateway",
  "workers:read": "See Workers scripts and their settings",
  "workers_scripts:write": "Upload, change and delete Workers scripts",
  "workers_builds:read": "See Workers Builds: builds, triggers and build logs",
  "workers_builds:write": "Start Workers Builds (retries and manual builds)",
};

/**
 * The scopes a tool's `permission` needs. Several groups may be joined with " and "
 * ("Workers Builds Configuration Read and Workers Scripts Read"). An unknown group maps by rule:
 * "Foo Bar Read" -> "foo_bar:read", "Foo Bar Edit|Write" -> "foo_bar:write".
 */
export function permissionScopes(permission: string): string[] {
  const scopes = permission
    .split(/\s+and\s+/)
    .map((group) => group.trim())
    .filter(Boolean)
    .map((group) => PERMISSION_SCOPES[group] ?? scopeByRule(group));
  return [...new Set(scopes)];
}

function scopeByRule(group: string): string {
  const match = /^(.*)\s+(Read|Edit|Write)$/i.exec(group);
  const product = (match?.[1] ?? group).toLowerCase().replace(/[^a-z0-9]+/g, "_");
  return `${product}:${match?.[2]?.toLowerCase() === "read" ? "read" : "write"}`;
}

/** Whether `granted` covers `needed`; a `…:write` grant covers the same product's `…:read`. */
export function scopeGranted(granted: readonly string[], needed: string): boolean {
  if (granted.includes(needed)) return true;
  const [product, action] = needed.split(":");
  return (
    action === "read" &&
    (granted.includes(`${product}:write`) || granted.includes(`${product}:edit`))
  );
}

export function describeScope(name: string): string {
  return SCOPE_DESCRIPTIONS[name] ?? `Cloudflare permission ${name}`;
}

/** True when no granted scope can change anything (used for read-only gates). */
export function isReadOnlyGrant(scopes: readonly string[]): boolean {
  return !scopes.some(
    (scope) => !scope.endsWith(":read") && !BASELINE_SCOPES.includes(scope as never),
  );
}

export interface CatalogOverrides {
  /** Replace a derived template's scopes (the baseline is always added). */
  templates?: Partial<Record<ScopeTemplateId, readonly string[]>>;
}

/**
 * Builds a server's catalog from its tools. Read-only: the scopes of read-only tools. Default:
 * also the scopes of tools that change but never destroy. Full: every scope any tool needs.
 */
export function buildScopeCatalog(
  tools: readonly ToolScopeSource[],
  overrides: CatalogOverrides = {},
): ScopeCatalog {
  const scopesOf = (filter: (tool: ToolScopeSource) => boolean) =>
    tools
      .filter(filter)
      .flatMap((tool) => (tool.permission ? permissionScopes(tool.permission) : []));
  const derived: Record<ScopeTemplateId, string[]> = {
    "read-only": scopesOf((tool) => tool.readOnly),
    default: scopesOf((tool) => tool.readOnly || !tool.destructive),
    full: scopesOf(() => true),
  };
  const finalScopes = (id: ScopeTemplateId) =>
    orderScopes([...BASELINE_SCOPES, ...(overrides.templates?.[id] ?? derived[id])]);
  const templates: ScopeTemplate[] = [
    {
      id: "read-only",
      title: "Read only",
      description: "Look, never change: tools that would change something refuse.",
      scopes: finalScopes("read-only"),
    },
    {
      id: "default",
      title: "Default",
      description: "Read, and change what this server's everyday tools change.",
      scopes: finalScopes("default"),
    },
    {
      id: "full",
      title: "Full access",
      description: "Every permission any tool of this server can use, deleting included.",
      scopes: finalScopes("full"),
    },
  ];
  const all = orderScopes(templates.flatMap((template) => template.scopes));
  return { scopes: all.map((name) => ({ name, description: describeScope(name) })), templates };
}

/** Baseline first, then reads before writes, each alphabetically: a stable order for pages. */
function orderScopes(scopes: readonly string[]): string[] {
  const unique = [...new Set(scopes)];
  const rank = (scope: string) =>
    BASELINE_SCOPES.includes(scope as never) ? 0 : scope.endsWith(":read") ? 1 : 2;
  return unique.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Keeps only scopes this server supports: generic clients ask for `openid email profile`. */
export function supportedScopes(catalog: ScopeCatalog, requested: readonly string[]): string[] {
  const known = new Set(catalog.scopes.map((scope) => scope.name));
  return [...new Set(requested.filter((scope) => known.has(scope)))];
}

export function templateScopes(catalog: ScopeCatalog, id: ScopeTemplateId): string[] {
  return catalog.templates.find((template) => template.id === id)?.scopes ?? [...BASELINE_SCOPES];
}
