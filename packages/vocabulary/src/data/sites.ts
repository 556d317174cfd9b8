/**
 * Sites, DNS, certificates and caching: how people talk about their domains.
 * @module
 */
import type { VocabularyEntry } from "../types.ts";

export const SITES: readonly VocabularyEntry[] = [
  // Zones
  {
    say: ["domain", "domains", "website", "websites", "site", "sites", "web site", "apex domain", "root domain", "my domain", "my site"],
    means: "zone",
    api: ["zones"],
  },
  {
    say: ["add a site", "add a domain", "onboard a domain", "add my domain", "add website"],
    means: "zone create",
    api: ["zones"],
    docs: ["fundamentals", "dns"],
  },
  {
    say: ["remove a site", "remove a domain", "delete my domain", "offboard", "leave cloudflare"],
    means: "zone delete",
    api: ["zones"],
    docs: ["fundamentals", "dns"],
  },
  {
    say: ["pause cloudflare", "paused", "pause the site", "unpause"],
    means: "zone paused edit",
    api: ["zones"],
    docs: ["fundamentals"],
  },
  {
    say: ["nameserver", "nameservers", "name servers", "ns records"],
    means: "nameservers name_servers zone activation",
    api: ["zones", "custom_ns"],
    docs: ["dns"],
  },
  {
    say: ["pending", "not active", "still pending", "activation", "activate my zone", "zone status"],
    means: "activation check zone status",
    api: ["zones"],
    docs: ["dns"],
  },
  {
    say: ["zone hold", "domain hold", "hold my zone", "zone takeover"],
    means: "zone hold",
    api: ["hold"],
    docs: ["fundamentals"],
  },
  {
    say: ["vanity nameservers", "branded nameservers", "custom nameservers", "white label nameservers", "ns1", "ns2"],
    means: "custom nameservers custom_ns",
    api: ["custom_ns"],
    docs: ["dns"],
  },
  {
    say: ["plan", "plans", "pro plan", "business plan", "enterprise plan", "free plan", "upgrade", "downgrade"],
    means: "plan subscription rate plan",
    api: ["subscription", "available_plans", "available_rate_plans"],
    docs: ["billing"],
  },
  // DNS records
  {
    say: ["verify my domain", "verify domain ownership", "domain verification", "prove i own my domain", "prove domain ownership", "site verification", "search console", "google verification"],
    means: "txt dns record create",
    api: ["dns_records"],
    docs: ["dns"],
  },
  {
    say: ["a record", "aaaa record", "cname", "cname record", "mx", "mx record", "txt record", "txt", "srv record", "caa record", "ptr record", "ns record", "spf", "dkim", "dmarc", "record", "records", "dns entry", "dns entries", "entry", "entries"],
    means: "dns record",
    api: ["dns_records"],
    docs: ["dns"],
  },
  {
    say: ["point a domain", "point the domain", "points to", "point to", "pointing to", "resolve to"],
    means: "dns record content",
    api: ["dns_records"],
    docs: ["dns"],
  },
  {
    say: ["zone file", "bind file", "bind format", "bind zone"],
    means: "dns records export import",
    api: ["dns_records"],
    docs: ["dns"],
  },
  { say: ["origin ip", "exposed ip", "hide ip", "hide the ip", "server ip", "origin ip address"], means: "dns record proxied", api: ["dns_records"], docs: ["dns"] },
  {
    say: ["proxied", "proxy status", "orange cloud", "orange-cloud", "grey cloud", "gray cloud", "grey-cloud", "dns only", "dns-only"],
    means: "dns record proxied",
    api: ["dns_records"],
    docs: ["dns"],
  },
  { say: ["ttl"], means: "ttl dns record", api: ["dns_records"], docs: ["dns"] },
  {
    say: ["quick scan", "scan records", "existing records"],
    means: "dns records scan",
    api: ["dns_records"],
    docs: ["dns"],
  },
  {
    say: ["ds record", "sign my zone", "signed zone", "dns signing"],
    means: "dnssec",
    api: ["dnssec"],
    docs: ["dns"],
  },
  {
    say: ["zone transfer", "axfr", "ixfr", "notify", "primary nameserver", "secondary nameserver", "hidden primary"],
    means: "secondary dns zone transfer axfr incoming outgoing peer",
    api: ["secondary_dns"],
    docs: ["dns"],
  },
  {
    say: ["tsig", "transfer key", "shared secret", "shared key"],
    means: "tsig psk secondary dns",
    api: ["secondary_dns"],
    docs: ["dns"],
  },
  {
    say: ["multi-provider", "multi provider", "multiple dns providers", "second dns provider"],
    means: "dns settings multi_provider",
    api: ["dns_settings"],
    docs: ["dns"],
  },
  {
    say: ["dns queries", "dns query count", "dns traffic", "dns analytics"],
    means: "dns analytics report bytime",
    api: ["dns_analytics"],
    docs: ["dns"],
  },
  {
    say: ["dns ddos", "random prefix attack"],
    means: "dns firewall cluster",
    api: ["dns_firewall"],
    docs: ["dns"],
  },
  {
    say: ["reverse dns", "ptr"],
    means: "reverse zones ptr record",
    api: ["dns_records"],
    docs: ["dns"],
  },
  // Certificates and TLS
  {
    say: ["certificate", "certificates", "cert", "certs", "ssl certificate", "tls certificate", "https certificate"],
    means: "certificate ssl",
    api: ["ssl", "custom_certificates", "certificates"],
    docs: ["ssl"],
  },
  {
    say: ["origin certificate", "origin ca", "certificate for nginx", "certificate for apache", "self-signed"],
    means: "origin ca certificate",
    api: ["certificates"],
    docs: ["ssl"],
  },
  {
    say: ["upload a certificate", "upload certificate", "bring my certificate", "custom certificate", "private key and certificate"],
    means: "custom certificate ssl configuration",
    api: ["custom_certificates"],
    docs: ["ssl"],
  },
  {
    say: ["advanced certificate", "certificate pack", "acm"],
    means: "advanced certificate manager certificate pack order",
    api: ["ssl"],
    docs: ["ssl"],
  },
  {
    say: ["pending validation", "validation", "dcv", "domain control validation", "validate my certificate", "verify certificate"],
    means: "ssl verification validation method",
    api: ["ssl"],
    docs: ["ssl"],
  },
  {
    say: ["deep subdomain", "multi-level subdomain", "wildcard certificate"],
    means: "total tls certificate",
    api: ["acm", "ssl"],
    docs: ["ssl"],
  },
  {
    say: ["universal ssl", "free certificate"],
    means: "universal ssl settings",
    api: ["ssl"],
    docs: ["ssl"],
  },
  {
    say: ["ssl recommendation", "recommended ssl", "recommended encryption", "ssl/tls recommender"],
    means: "ssl recommendation recommender",
    api: ["ssl"],
    docs: ["ssl"],
  },
  {
    say: ["authenticated origin pull", "authenticated origin pulls", "aop", "only cloudflare can reach", "only accept cloudflare", "origin client certificate"],
    means: "origin tls client auth authenticated origin pull",
    api: ["origin_tls_client_auth"],
    docs: ["ssl"],
  },
  {
    say: ["client certificate", "client certificates", "mtls", "mutual tls", "device certificate"],
    means: "client certificate mtls",
    api: ["client_certificates", "mtls_certificates", "access"],
    docs: ["ssl", "api-shield"],
  },
  {
    say: ["hsm", "hardware security module", "keyless", "private key on my server", "keys on premise"],
    means: "keyless ssl configuration",
    api: ["keyless_certificates"],
    docs: ["ssl"],
  },
  {
    say: ["post-quantum", "post quantum", "pqc", "quantum-safe"],
    means: "post quantum encryption",
    api: ["cache"],
    docs: ["ssl"],
  },
  {
    say: ["certificate priority", "prioritize certificates", "which certificate is served"],
    means: "custom certificates prioritize",
    api: ["custom_certificates"],
    docs: ["ssl"],
  },
  {
    say: ["per-hostname tls", "tls for one hostname", "hostname tls setting"],
    means: "hostnames settings tls hostname",
    api: ["hostnames"],
    docs: ["ssl"],
  },
  // SaaS
  {
    say: ["saas", "customer domain", "customer domains", "vanity domain", "white label domain"],
    means: "custom hostname",
    api: ["custom_hostnames"],
    docs: ["cloudflare-for-platforms"],
  },
  {
    say: ["fallback origin"],
    means: "custom hostnames fallback origin",
    api: ["custom_hostnames"],
    docs: ["cloudflare-for-platforms"],
  },
  // Cache
  {
    say: ["purge", "clear the cache", "clear cache", "flush the cache", "flush cache", "invalidate", "invalidate cache", "bust the cache", "cache bust", "stale content", "outdated content"],
    means: "purge cache cached content",
    api: ["purge_cache"],
    docs: ["cache"],
  },
  {
    say: ["cache tag", "cache tags", "purge by tag", "purge by prefix", "purge by hostname", "purge everything"],
    means: "purge cache tags prefixes hosts",
    api: ["purge_cache"],
    docs: ["cache"],
  },
  {
    say: ["tiered cache", "tiered caching", "upper tier", "regional tier", "smart topology"],
    means: "tiered caching tiered cache smart topology",
    api: ["argo", "cache"],
    docs: ["cache"],
  },
  {
    say: ["cache reserve", "persistent cache", "long-term cache", "fewer origin requests", "reduce origin load", "origin offload"],
    means: "cache reserve",
    api: ["cache"],
    docs: ["cache"],
  },
  {
    say: ["cache variants", "vary by accept", "vary for images"],
    means: "cache variants",
    api: ["cache"],
    docs: ["cache"],
  },
  {
    say: ["cache everything", "cache html", "cache rule", "cache rules", "cache key", "cache keys", "cache ttl"],
    means: "cache settings ruleset http_request_cache_settings page rule",
    api: ["rulesets", "pagerules"],
    docs: ["cache"],
  },
  {
    say: ["argo", "smart routing", "faster routing", "network congestion"],
    means: "argo smart routing",
    api: ["argo"],
    docs: ["argo-smart-routing"],
  },
  {
    say: ["argo analytics", "latency improvement"],
    means: "argo analytics latency",
    api: ["analytics"],
    docs: ["argo-smart-routing"],
  },
];
