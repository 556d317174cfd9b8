/**
 * Cloudflare's OAuth scopes: the names a server asks Cloudflare for (it grants its own clients the
 * same names), grouped by product for the consent page. Each scope has a tier:
 * - `read`: sees, changes nothing;
 * - `run`: starts work (inference, a build, a scan) without changing or deleting configuration;
 * - `write`: creates, changes and can delete (Cloudflare's write scopes do not separate deleting).
 * Sensitive reads (personal data in Zero Trust logs) count as `write`: no template but "Full
 * access" includes them.
 *
 * Cloudflare refuses an authorization that asks for more than {@link MAX_REQUESTED_SCOPES} scopes,
 * so the catalogue stays below it (a test checks).
 */

export type ScopeTier = "read" | "run" | "write";

export interface CatalogueScope {
  name: string;
  product: string;
  tier: ScopeTier;
  /** One line for the consent page, saying what the user allows. */
  description: string;
}

/** Cloudflare's OAuth server fails on larger requests. */
export const MAX_REQUESTED_SCOPES = 76;

/** Every grant carries these: who the user is, which accounts they see, and refresh tokens. */
export const BASELINE_SCOPES = ["user:read", "account:read", "offline_access"] as const;

const ACCOUNT = "Account";
const WORKERS = "Workers";
const STORAGE = "Storage and databases";
const AI = "AI";
const DNS = "Zones and DNS";
const ZERO_TRUST = "Zero Trust";
const NETWORK = "Traffic and certificates";
const OBSERVE = "Logs and notifications";
const COMPUTE = "Browser and containers";
const INSIGHTS = "Security insights";

type Row = [name: string, tier: ScopeTier, description: string];

function group(product: string, rows: Row[]): CatalogueScope[] {
  return rows.map(([name, tier, description]) => ({ name, product, tier, description }));
}

export const SCOPE_CATALOGUE: readonly CatalogueScope[] = [
  ...group(ACCOUNT, [
    ["user:read", "read", "See your user details (name, email) and the accounts you belong to"],
    ["account:read", "read", "See your accounts, their settings, members and analytics"],
    ["offline_access", "read", "Stay connected: refresh access without asking you again"],
  ]),
  ...group(WORKERS, [
    ["workers:read", "read", "See Workers: scripts, settings, routes, KV namespaces and queues"],
    ["workers:write", "write", "Create and change Workers and their settings"],
    ["workers_scripts:write", "write", "Upload, change and delete Worker scripts"],
    ["workers_kv:write", "write", "Create, change and delete KV namespaces and their keys"],
    ["workers_routes:write", "write", "Add, change and remove Worker routes and custom domains"],
    ["workers_tail:read", "read", "Read Workers' live logs (tail)"],
    ["workers_builds:read", "read", "See Workers Builds: builds, triggers and build logs"],
    ["workers_builds:write", "run", "Start Workers Builds (manual builds and retries)"],
    ["workers_observability:read", "read", "See Workers logs, metrics and traces"],
    ["workers_observability:write", "write", "Change Workers observability settings"],
    ["workers_observability_telemetry:write", "write", "Send telemetry to Workers observability"],
    ["pages:read", "read", "See Pages projects and deployments"],
    ["pages:write", "write", "Create, change and delete Pages projects and deployments"],
  ]),
  ...group(STORAGE, [
    ["d1:write", "write", "Create, query, change and delete D1 databases"],
    ["r2_catalog:write", "write", "Manage R2 Data Catalog tables"],
    ["vectorize:write", "write", "Create, query, change and delete Vectorize indexes"],
    ["queues:write", "write", "Create, change and delete Queues and their consumers"],
    ["pipelines:read", "read", "See Pipelines"],
    ["pipelines:setup", "write", "Set up Pipelines"],
    ["pipelines:write", "write", "Change and delete Pipelines"],
    ["query_cache:write", "write", "Configure Hyperdrive query caching"],
    ["secrets_store:read", "read", "See Secrets Store stores and secret metadata (never values)"],
    ["secrets_store:write", "write", "Create, change, rotate and delete Secrets Store secrets"],
  ]),
  ...group(AI, [
    ["ai:read", "read", "See Workers AI models, fine-tunes and usage"],
    ["ai:write", "run", "Run Workers AI inference and upload fine-tunes"],
    ["aig:read", "read", "See AI Gateway gateways, logs and usage"],
    ["aig:write", "write", "Create, change and delete AI Gateway gateways and logs"],
    ["agw:read", "read", "See AI Gateway analytics"],
    ["agw:run", "run", "Send requests through AI Gateway"],
    ["agw:write", "write", "Change AI Gateway settings"],
    ["ai-search:read", "read", "See AI Search instances"],
    ["ai-search:run", "run", "Query AI Search instances"],
    ["ai-search:write", "write", "Create, change and delete AI Search instances"],
    ["rag:read", "read", "See AutoRAG pipelines"],
    ["rag:write", "write", "Create, change and delete AutoRAG pipelines"],
    ["aiaudit:read", "read", "See AI Audit (crawler) reports"],
    ["aiaudit:write", "write", "Change AI Audit (crawler) rules"],
  ]),
  ...group(DNS, [
    ["zone:read", "read", "See zones and their settings"],
    ["dns_records:read", "read", "See DNS records"],
    ["dns_records:edit", "write", "Create, change and delete DNS records"],
    ["dns_settings:read", "read", "See DNS settings"],
    ["dns_analytics:read", "read", "See DNS analytics"],
  ]),
  ...group(ZERO_TRUST, [
    ["access:read", "read", "See Access applications and policies"],
    ["access:write", "write", "Create, change and delete Access applications and policies"],
    ["teams:read", "read", "See Zero Trust (Gateway, devices) settings and reports"],
    ["teams:write", "write", "Change Zero Trust (Gateway, devices) settings"],
    ["teams:pii", "write", "See personal data in Zero Trust logs"],
    ["teams:secure_location", "write", "Manage Zero Trust secure locations"],
    ["sso-connector:read", "read", "See single sign-on connectors"],
    ["sso-connector:write", "write", "Change single sign-on connectors"],
    ["cfone:read", "read", "See Cloudflare One settings"],
    ["cfone:write", "write", "Change Cloudflare One settings"],
    ["dex:read", "read", "See Digital Experience Monitoring tests and results"],
    ["dex:write", "write", "Change Digital Experience Monitoring tests"],
    ["connectivity:read", "read", "See network connectivity (tunnels, virtual networks)"],
    ["connectivity:bind", "write", "Bind Workers to network connectivity services"],
    ["connectivity:admin", "write", "Administer network connectivity (tunnels, virtual networks)"],
  ]),
  ...group(NETWORK, [
    ["ssl_certs:write", "write", "See, order and delete SSL/TLS certificates"],
    ["lb:read", "read", "See load balancers, pools and monitors"],
    ["lb:edit", "write", "Create, change and delete load balancers, pools and monitors"],
  ]),
  ...group(OBSERVE, [
    ["logpush:read", "read", "See Logpush jobs"],
    ["logpush:write", "write", "Create, change and delete Logpush jobs"],
    ["auditlogs:read", "read", "See the account's audit logs"],
    ["notification:read", "read", "See notification policies"],
    ["notification:write", "write", "Create, change and delete notification policies"],
  ]),
  ...group(COMPUTE, [
    ["browser:read", "read", "See Browser Rendering sessions"],
    ["browser:write", "run", "Render pages with Browser Rendering"],
    ["containers:write", "write", "Deploy, change and delete Containers"],
    ["cloudchamber:write", "write", "Deploy, change and delete Cloudchamber applications"],
  ]),
  ...group(INSIGHTS, [
    ["url_scanner:read", "read", "See URL Scanner results"],
    ["url_scanner:write", "run", "Submit URLs to URL Scanner"],
    ["radar:read", "read", "Read Cloudflare Radar data"],
  ]),
];

const BY_NAME = new Map(SCOPE_CATALOGUE.map((scope) => [scope.name, scope]));

/** The catalogue's entry for `name`, if Cloudflare's catalogue has it. */
export function catalogueScope(name: string): CatalogueScope | undefined {
  return BY_NAME.get(name);
}

/** A scope's tier; one outside the catalogue is judged by its name (`…:read` reads). */
export function scopeTier(name: string): ScopeTier {
  return BY_NAME.get(name)?.tier ?? (name.endsWith(":read") ? "read" : "write");
}
