/**
 * What one server's consent page offers: its OAuth scopes, grouped by product, and the templates
 * read-only / default / full access. A product server derives them from its tools; the api server,
 * which reaches every product, offers Cloudflare's whole catalogue by tier.
 *
 * The templates must really differ and say what they include: "Default" never holds a scope any
 * destructive tool uses (or, for the catalogue, any `write`-tier scope), so it deletes nothing;
 * templates with the same scopes are merged, keeping the broader name.
 */
import {
  BASELINE_SCOPES,
  type CatalogueScope,
  catalogueScope,
  SCOPE_CATALOGUE,
  type ScopeTier,
  scopeTier,
} from "./scope-catalogue";

export interface ScopeDefinition {
  name: string;
  /** Product group on the consent page. */
  product: string;
  tier: ScopeTier;
  description: string;
}

export type ScopeTemplateId = "read-only" | "default" | "full";

export interface ScopeTemplate {
  id: ScopeTemplateId;
  title: string;
  /** What the template includes, in words. */
  description: string;
  scopes: string[];
}

export interface ScopeCatalog {
  /** Every scope this server can grant, baseline first, then by product. */
  scopes: ScopeDefinition[];
  /** Distinct templates, read-only first (always present). */
  templates: ScopeTemplate[];
}

/** A tool as the catalog sees it: the scopes its permission can use, and what it does. */
export interface ToolScopeSource {
  scopes: readonly string[];
  readOnly: boolean;
  destructive: boolean;
}

/** A product server's catalog, from its tools. */
export function buildToolCatalog(tools: readonly ToolScopeSource[]): ScopeCatalog {
  const scopesOf = (filter: (tool: ToolScopeSource) => boolean) =>
    new Set(tools.filter(filter).flatMap((tool) => tool.scopes));
  const reads = scopesOf((tool) => tool.readOnly);
  const destructive = scopesOf((tool) => tool.destructive);
  const safeWrites = [...scopesOf((tool) => !tool.readOnly && !tool.destructive)].filter(
    (scope) => !destructive.has(scope),
  );
  return catalogFrom({
    "read-only": [...reads],
    default: [...reads, ...safeWrites],
    full: [...scopesOf(() => true)],
  });
}

/** Cloudflare's whole catalogue: read-only = every read, default = + run, full = everything. */
export function buildCloudflareCatalog(): ScopeCatalog {
  const tier = (tiers: ScopeTier[]) =>
    SCOPE_CATALOGUE.filter((scope) => tiers.includes(scope.tier)).map((scope) => scope.name);
  return catalogFrom({
    "read-only": tier(["read"]),
    default: tier(["read", "run"]),
    full: tier(["read", "run", "write"]),
  });
}

function catalogFrom(sets: Record<ScopeTemplateId, string[]>): ScopeCatalog {
  const readOnly = ordered([...BASELINE_SCOPES, ...sets["read-only"]]);
  const byDefault = ordered([...readOnly, ...sets.default]);
  const full = ordered([...byDefault, ...sets.full]);
  const same = (a: string[], b: string[]) => a.join(" ") === b.join(" ");
  const added = (from: string[], to: string[]) =>
    to.filter((scope) => !from.includes(scope)).map(definition);
  const templates: ScopeTemplate[] = [
    {
      id: "read-only",
      title: "Read only",
      description: same(readOnly, full)
        ? `Everything this server does: ${seeProducts(readOnly)}. Nothing can be changed.`
        : `${capitalize(seeProducts(readOnly))}. Nothing can be changed.`,
      scopes: readOnly,
    },
  ];
  if (!same(byDefault, readOnly) && !same(byDefault, full)) {
    templates.push({
      id: "default",
      title: "Default",
      description: `Read only, plus: ${list(added(readOnly, byDefault))}. Nothing can be deleted.`,
      scopes: byDefault,
    });
  }
  if (!same(full, readOnly)) {
    const base = templates.at(-1) as ScopeTemplate;
    const deletes = full.some((scope) => scopeTier(scope) === "write");
    templates.push({
      id: "full",
      title: "Full access",
      description: `${base.title}, plus: ${list(added(base.scopes, full))}.${deletes ? " Includes deleting." : " Nothing can be deleted."}`,
      scopes: full,
    });
  }
  return { scopes: full.map(definition), templates };
}

function definition(name: string): ScopeDefinition {
  const known: CatalogueScope | undefined = catalogueScope(name);
  return (
    known ?? {
      name,
      product: "Other",
      tier: scopeTier(name),
      description: `Cloudflare permission ${name}`,
    }
  );
}

/** Baseline first, then the catalogue's order (by product), then unknown scopes by name. */
function ordered(scopes: readonly string[]): string[] {
  const position = (scope: string) => {
    const index = SCOPE_CATALOGUE.findIndex((entry) => entry.name === scope);
    return index === -1 ? SCOPE_CATALOGUE.length : index;
  };
  return [...new Set(scopes)].sort((a, b) => position(a) - position(b) || a.localeCompare(b));
}

/**
 * What the reads let the user see: the scopes' own words when there are few ("see Secrets Store
 * stores and secret metadata"), else the products ("see your user, accounts and Workers, AI, …").
 */
function seeProducts(scopes: readonly string[]): string {
  const reads = scopes.filter((scope) => !BASELINE_SCOPES.includes(scope as never));
  if (reads.length === 0) return "see your user and accounts";
  if (reads.length <= 3) return list(reads.map(definition));
  const products = [...new Set(reads.map((scope) => definition(scope).product))];
  return `see your user, accounts and ${joinWords(products)}`;
}

function list(scopes: ScopeDefinition[]): string {
  const lower = scopes.map((scope) => scope.description.replace(/^./, (c) => c.toLowerCase()));
  return lower.length > 6
    ? `${lower.slice(0, 5).join("; ")}; and ${lower.length - 5} more (${joinWords([...new Set(scopes.slice(5).map((scope) => scope.product))])})`
    : lower.join("; ");
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

function capitalize(text: string): string {
  return text.replace(/^./, (c) => c.toUpperCase());
}

/** The scopes of template `id`; a merged-away template falls back to the next narrower one. */
export function templateScopes(catalog: ScopeCatalog, id: ScopeTemplateId): string[] {
  const order: ScopeTemplateId[] = ["read-only", "default", "full"];
  for (let index = order.indexOf(id); index >= 0; index--) {
    const found = catalog.templates.find((template) => template.id === order[index]);
    if (found) return found.scopes;
  }
  return [...BASELINE_SCOPES];
}

/** Keeps only scopes this server supports: generic clients ask for `openid email profile`. */
export function supportedScopes(catalog: ScopeCatalog, requested: readonly string[]): string[] {
  const known = new Set(catalog.scopes.map((scope) => scope.name));
  return [...new Set(requested.filter((scope) => known.has(scope)))];
}

/** True when no granted scope can change anything (read-only gates). */
export function isReadOnlyGrant(scopes: readonly string[]): boolean {
  return scopes.every((scope) => scopeTier(scope) === "read");
}
