/**
 * Broad goals people state before they know which product does it ("make my site faster",
 * "stop hackers"), pointing at the products and the API words that serve them.
 * @module
 */
import type { VocabularyEntry } from "../types.ts";

export const GOALS: readonly VocabularyEntry[] = [
  {
    say: ["move my domain to cloudflare", "switch to cloudflare", "change dns provider", "start using cloudflare", "onboard", "switching from", "moving from", "migrating from", "move my domain over", "migrate my domain", "migrate my dns", "bring my domain over"],
    means: "zone create nameservers",
    api: ["zones"],
    docs: ["fundamentals", "dns"],
  },
  { say: ["www", "subdomain", "subdomains", "apex", "root record", "naked domain", "bare domain"], means: "dns record cname", api: ["dns_records"], docs: ["dns"] },
  { say: ["mail server", "email records", "mail records", "receive mail for my domain"], means: "dns record mx email", api: ["dns_records", "email"], docs: ["dns", "email-service"] },
  {
    say: ["https not working", "ssl error", "ssl errors", "certificate error", "certificate errors", "not secure", "insecure warning", "invalid certificate", "certificate is invalid", "cert is invalid", "certificate not valid", "expired certificate", "certificate expired", "privacy error", "connection is not private"],
    means: "ssl certificate errors troubleshooting verification universal",
    api: ["ssl", "custom_certificates"],
    docs: ["ssl"],
  },
  { say: ["make my site faster", "speed up my site", "speed up", "faster site", "load faster", "page load", "optimize performance", "performance"], means: "speed optimization brotli early_hints http3 polish rocket_loader tiered caching argo", api: ["settings", "argo", "cache"], docs: ["speed", "cache"] },
  { say: ["hackers", "attackers", "malicious traffic", "bad traffic", "attack", "attacks", "protect my site", "secure my site", "security"], means: "waf firewall rules security level ddos", api: ["rulesets", "firewall", "settings"], docs: ["waf", "ddos-protection"] },
  { say: ["fake accounts", "fake signups", "signup abuse", "abuse", "api abuse"], means: "turnstile bot management rate limiting", api: ["challenges", "bot_management", "rulesets"], docs: ["turnstile", "bots", "waf"] },
  { say: ["serverless", "edge compute", "run code", "run my code", "code at the edge", "api endpoint", "backend", "microservice"], means: "worker script", api: ["workers"], docs: ["workers"] },
  { say: ["exceptions", "errors in my worker", "stack trace", "debug my worker", "crash", "crashes"], means: "tail logs observability errors", api: ["workers"], docs: ["workers"] },
  { say: ["session store", "sessions", "feature flags", "config values", "cache data", "lookup table"], means: "kv namespace key value", api: ["kv"], docs: ["kv"] },
  { say: ["database", "databases", "sql db", "tables", "rows"], means: "d1 database", api: ["d1", "hyperdrive"], docs: ["d1", "hyperdrive"] },
  { say: ["files", "blobs", "assets", "media files", "backups", "large files", "uploads"], means: "r2 bucket objects", api: ["r2"], docs: ["r2"] },
  { say: ["who has access", "users on my account", "people on my account", "access to my account", "account access"], means: "account members list", api: ["members"], docs: ["fundamentals"] },
  { say: ["password", "change my email", "my login"], means: "user profile", api: ["user"], docs: ["fundamentals"] },
  { say: ["custom email address", "email for my domain", "email on my domain", "email address at my domain"], means: "email routing address rule", api: ["email"], docs: ["email-service"] },
  { say: ["traffic", "how many visitors", "requests per day", "bandwidth usage", "bandwidth", "visits"], means: "analytics requests bandwidth", api: ["analytics", "rum"], docs: ["analytics", "web-analytics"] },
  { say: ["remote workers", "remote employees", "work from home", "contractors", "third-party vendors"], means: "access application devices warp gateway", api: ["access", "devices", "gateway"], docs: ["cloudflare-one"] },
  { say: ["ssh access", "ssh into", "rdp access", "remote desktop", "infrastructure access", "bastion"], means: "access application ssh tunnel", api: ["access", "cfd_tunnel"], docs: ["cloudflare-one"] },
  { say: ["outage", "is it down", "went down", "goes down", "offline", "downtime", "unreachable"], means: "health check monitor notification always_online", api: ["healthchecks", "load_balancers", "alerting"], docs: ["health-checks", "load-balancing", "notifications"] },
  { say: ["staging", "test environment", "preview environment", "dev environment"], means: "environments preview deployment", api: ["workers", "pages"], docs: ["workers", "pages"] },
  { say: ["cost", "costs", "price", "pricing", "how much does", "expensive", "cheaper", "save money"], means: "pricing billing usage", docs: ["billing"] },
  { say: ["limit", "limits", "maximum", "max", "quota", "how many can", "how big can", "too large", "too big"], means: "limits quota", docs: [] },
];
