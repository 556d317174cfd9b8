/**
 * The one table from Cloudflare permissions to Cloudflare OAuth scopes. Its keys are every form in
 * which the API names a permission: the OpenAPI spec's `x-cfPermissionsRequired` values (older
 * keys such as `#dns_records:read` or `com.cloudflare.edge.worker.script.read`), its
 * `x-api-token-group` values and the permission groups of API tokens (`Secrets Store Edit`).
 *
 * A value is
 * - a scope: the permission needs that scope;
 * - `{ read, write }`: one permission covers both (`com.cloudflare.api.account.aig`), so a GET
 *   needs `read` and anything else `write`;
 * - `null`: no OAuth scope grants it (billing, API tokens, IAM, WAF): only an API token can.
 *
 * A permission missing here is unknown: the gates let Cloudflare decide (its answer is 10000), and
 * a tool that names one is refused at registration. A write scope covers its product's read
 * (`workers_scripts:write` does not cover `workers:read`: different products).
 */

export type ScopeRule = string | { read: string; write: string } | null;

const rw = (read: string, write: string) => ({ read, write });

/** Permission group names as API tokens show them: `<product> Read|Edit|Write`. */
function groups(product: string, read: string | null, write: string | null) {
  return {
    [`${product} Read`]: read,
    [`${product} Edit`]: write,
    [`${product} Write`]: write,
  };
}

export const PERMISSION_SCOPES: Readonly<Record<string, ScopeRule>> = {
  // Permission groups (API tokens, and `x-api-token-group` in current specs).
  "User Details Read": "user:read",
  "Memberships Read": "account:read",
  "Account Settings Read": "account:read",
  "Account Analytics Read": "account:read",
  "Account Settings Edit": null,
  "Account Settings Write": null,
  "Billing Read": null,
  "Billing Edit": null,
  "API Tokens Read": null,
  "API Tokens Edit": null,
  ...groups("Secrets Store", "secrets_store:read", "secrets_store:write"),
  ...groups("AI Gateway", "aig:read", "aig:write"),
  "AI Gateway Run": "agw:run",
  ...groups("Workers AI", "ai:read", "ai:write"),
  ...groups("AI Search", "ai-search:read", "ai-search:write"),
  "AI Search Run": "ai-search:run",
  ...groups("Workers Scripts", "workers:read", "workers_scripts:write"),
  ...groups("Workers KV Storage", "workers:read", "workers_kv:write"),
  ...groups("Workers Routes", "workers:read", "workers_routes:write"),
  ...groups("Workers Tail", "workers_tail:read", "workers_tail:read"),
  ...groups("Workers Observability", "workers_observability:read", "workers_observability:write"),
  ...groups("Workers Builds Configuration", "workers_builds:read", "workers_builds:write"),
  ...groups("Workers CI", "workers_builds:read", "workers_builds:write"),
  ...groups("Pages", "pages:read", "pages:write"),
  ...groups("D1", "d1:write", "d1:write"),
  ...groups("Queues", "workers:read", "queues:write"),
  ...groups("Vectorize", "vectorize:write", "vectorize:write"),
  ...groups("Pipelines", "pipelines:read", "pipelines:write"),
  ...groups("Zone", "zone:read", null),
  ...groups("Zone Settings", "zone:read", null),
  ...groups("DNS", "dns_records:read", "dns_records:edit"),
  ...groups("Logs", "logpush:read", "logpush:write"),
  ...groups("Notifications", "notification:read", "notification:write"),
  ...groups("Load Balancers", "lb:read", "lb:edit"),
  ...groups("SSL and Certificates", "ssl_certs:write", "ssl_certs:write"),
  ...groups("Access: Apps and Policies", "access:read", "access:write"),
  ...groups("Zero Trust", "teams:read", "teams:write"),
  ...groups("Browser Rendering", "browser:read", "browser:write"),
  ...groups("URL Scanner", "url_scanner:read", "url_scanner:write"),
  "Radar Read": "radar:read",
  "Account Audit Logs Read": "auditlogs:read",

  // `x-cfPermissionsRequired` keys of the form `#<area>:<action>`.
  "#organization:read": "account:read",
  "#organization:edit": null,
  "#analytics:read": "account:read",
  "#billing:read": null,
  "#billing:edit": null,
  "#zone:read": "zone:read",
  "#zone:edit": null,
  "#zone_settings:read": "zone:read",
  "#zone_settings:edit": null,
  "#dns_records:read": "dns_records:read",
  "#dns_records:edit": "dns_records:edit",
  "#ssl:read": "ssl_certs:write",
  "#ssl:edit": "ssl_certs:write",
  "#logs:read": "logpush:read",
  "#logs:edit": "logpush:write",
  "#dex:read": "dex:read",
  "#teams:report": "teams:read",
  "#waf:read": null,
  "#waf:edit": null,
  "#cache_purge:edit": null,
  "#zaraz:read": null,
  "#zaraz:edit": null,
  "#zaraz:publish": null,

  // `x-cfPermissionsRequired` keys of the form `com.cloudflare.<area>.<object>.<action>`.
  "com.cloudflare.api.user.read": "user:read",
  "com.cloudflare.api.user.update": null,
  "com.cloudflare.api.account.read": "account:read",
  "com.cloudflare.api.account.update": null,
  "com.cloudflare.api.account.ai": rw("ai:read", "ai:write"),
  "com.cloudflare.api.account.aig": rw("aig:read", "aig:write"),
  "com.cloudflare.api.account.url-scanner.read": rw("url_scanner:read", "url_scanner:write"),
  ...actions("com.cloudflare.api.account.email.routing.address", null, null),
  ...actions("com.cloudflare.api.account.zone.email.routing.rule", null, null),
  "com.cloudflare.api.account.zone.email.routing.config.read": null,
  "com.cloudflare.api.account.zone.email.routing.config.update": null,
  ...actions("com.cloudflare.api.iam.permission-group", null, null),
  ...actions("com.cloudflare.api.iam.resource-group", null, null),
  ...actions("com.cloudflare.api.token", null, null),
  ...actions("com.cloudflare.edge.hyperdrive.database", null, null),
  ...actions("com.cloudflare.edge.r2.bucket", null, null),
  "com.cloudflare.edge.r2.bucket.write": null,
  ...actions("com.cloudflare.edge.storage.kv.key", "workers:read", "workers_kv:write"),
  ...actions("com.cloudflare.edge.storage.kv.namespace", "workers:read", "workers_kv:write"),
  ...actions("com.cloudflare.edge.vectorize.index", "vectorize:write", "vectorize:write"),
  ...actions("com.cloudflare.edge.worker.script", "workers:read", "workers_scripts:write"),
  "com.cloudflare.edge.worker.script.edit": "workers_scripts:write",
  ...actions("com.cloudflare.edge.worker.cron.subdomain", "workers:read", "workers:write"),
  ...actions("com.cloudflare.edge.worker.cron.trigger", "workers:read", "workers_scripts:write"),
  ...actions("com.cloudflare.edge.worker.deployment", "workers:read", "workers_scripts:write"),
  "com.cloudflare.edge.worker.deployment.edit": "workers_scripts:write",
  ...actions("com.cloudflare.edge.worker.domain", "workers:read", "workers_routes:write"),
  ...actions("com.cloudflare.edge.worker.durable-object.class", "workers:read", "workers:write"),
  ...actions("com.cloudflare.edge.worker.queue", "workers:read", "queues:write"),
  ...actions("com.cloudflare.edge.worker.route", "workers:read", "workers_routes:write"),
  // Opening or closing a tail session reads logs; it changes nothing.
  "com.cloudflare.edge.worker.tail.create": "workers_tail:read",
  "com.cloudflare.edge.worker.tail.delete": "workers_tail:read",
  "com.cloudflare.edge.worker.tail.read": "workers_tail:read",
};

/** `<prefix>.list|read` -> read, `<prefix>.create|update|delete` -> write. */
function actions(prefix: string, read: string | null, write: string | null) {
  return {
    [`${prefix}.list`]: read,
    [`${prefix}.read`]: read,
    [`${prefix}.create`]: write,
    [`${prefix}.update`]: write,
    [`${prefix}.delete`]: write,
  };
}

/** The rule for `permission`, or `undefined` when the table does not know it. */
export function scopeRule(permission: string): ScopeRule | undefined {
  return Object.hasOwn(PERMISSION_SCOPES, permission) ? PERMISSION_SCOPES[permission] : undefined;
}
