/**
 * Application security and rules: WAF, rate limiting, redirects, headers, bots, Turnstile, API
 * Shield, Page Shield. Most of these are rulesets in the API (`/rulesets/phases/{phase}`), so
 * `means` names the phase as the spec's enum writes it.
 * @module
 */
import type { VocabularyEntry } from "../types.ts";

const RULESETS = { api: ["rulesets"] } as const;

export const SECURITY: readonly VocabularyEntry[] = [
  {
    ...RULESETS,
    say: ["waf", "firewall", "firewall rule", "firewall rules", "custom rule", "custom rules", "security rule", "security rules", "waf rule"],
    means: "waf custom rules ruleset http_request_firewall_custom entrypoint",
    docs: ["waf"],
  },
  {
    ...RULESETS,
    say: ["managed rules", "managed ruleset", "owasp", "sql injection", "sqli", "xss", "cross-site scripting", "exploits", "cve"],
    means: "waf managed ruleset http_request_firewall_managed entrypoint",
    docs: ["waf"],
  },
  {
    ...RULESETS,
    say: ["rate limit", "rate limiting", "rate-limit", "throttle", "brute force"],
    means: "rate limiting rules ruleset http_ratelimit entrypoint",
    docs: ["waf"],
  },
  {
    ...RULESETS,
    say: ["country", "countries", "geo block", "geoblock", "geo-block", "region", "block country"],
    means: "ip.src.country firewall rules ruleset access rules country",
    api: ["rulesets", "firewall"],
    docs: ["waf"],
  },
  {
    ...RULESETS,
    say: ["redirect", "redirects", "forward", "301", "302", "url forwarding", "moved permanently", "www to root", "root to www", "www to apex", "apex to www", "non-www", "without www", "old urls", "old links", "broken links after a migration"],
    means: "redirect rules ruleset http_request_dynamic_redirect page rule forwarding_url",
    api: ["rulesets", "pagerules", "rules"],
    docs: ["rules"],
  },
  {
    ...RULESETS,
    say: ["bulk redirect", "bulk redirects", "redirect list", "thousands of redirects", "csv of redirects"],
    means: "bulk redirects list redirect http_request_redirect",
    api: ["rules", "rulesets"],
    docs: ["rules"],
  },
  {
    ...RULESETS,
    say: ["response header", "response headers", "add header", "security headers"],
    means: "transform rules response headers http_response_headers_transform",
    docs: ["rules"],
  },
  {
    ...RULESETS,
    say: ["request header", "request headers"],
    means: "transform rules request headers http_request_late_transform",
    docs: ["rules"],
  },
  {
    ...RULESETS,
    say: ["rewrite", "url rewrite", "rewrite url"],
    means: "url rewrite transform rules http_request_transform",
    docs: ["rules"],
  },
  {
    ...RULESETS,
    say: ["origin rule", "origin rules", "different origin", "override origin", "host header", "resolve override"],
    means: "origin rules http_request_origin",
    docs: ["rules"],
  },
  {
    ...RULESETS,
    say: ["configuration rule", "configuration rules", "config rule"],
    means: "configuration rules http_config_settings",
    docs: ["rules"],
  },
  {
    ...RULESETS,
    say: ["compression rule", "compression rules", "zstd", "gzip"],
    means: "compression rules http_response_compression",
    docs: ["rules", "speed"],
  },
  {
    ...RULESETS,
    say: ["custom error", "custom errors", "error page", "error pages", "500 page", "502 page", "branded error"],
    means: "custom pages custom errors http_custom_errors",
    api: ["custom_pages", "rulesets"],
    docs: ["rules"],
  },
  {
    ...RULESETS,
    say: ["ddos", "ddos attack", "ddos protection", "layer 7 attack", "http ddos", "ddos sensitivity"],
    means: "ddos managed ruleset ddos_l7 ddos_l4",
    docs: ["ddos-protection"],
  },
  {
    ...RULESETS,
    say: ["rule version", "ruleset versions"],
    means: "ruleset versions",
  },
  {
    ...RULESETS,
    say: ["skip rule", "exception", "waf exception"],
    means: "skip rule exception",
    docs: ["waf"],
  },
  {
    say: ["block ip", "block ips", "ban an ip", "ban ip", "blacklist", "blocklist", "deny ip", "allow ip", "allowlist", "whitelist", "ip access rule", "ip access rules"],
    means: "ip access rules firewall access_rules",
    api: ["firewall"],
    docs: ["waf"],
  },
  {
    say: ["ip range", "ip ranges", "cidr", "subnet", "ip address", "ip addresses", "ips"],
    means: "ip",
    api: ["firewall", "rules"],
    docs: ["waf"],
  },
  {
    say: ["user agent", "user-agent", "curl", "python-requests", "wget"],
    means: "user agent blocking rules ua_rules",
    api: ["firewall"],
    docs: ["waf"],
  },
  {
    say: ["lockdown", "zone lockdown", "admin panel", "/admin", "wp-admin"],
    means: "zone lockdown",
    api: ["firewall", "rulesets"],
    docs: ["waf"],
  },
  {
    say: ["list of ips", "ip list", "custom list", "list items"],
    means: "lists list items",
    api: ["rules"],
    docs: ["waf"],
  },
  {
    say: ["page rule", "page rules"],
    means: "page rules pagerules",
    api: ["pagerules"],
    docs: ["rules"],
  },
  {
    say: ["snippet", "snippets"],
    means: "snippets snippet rules",
    api: ["snippets"],
    docs: ["rules"],
  },
  {
    say: ["managed transform", "managed transforms", "x-powered-by", "remove headers"],
    means: "managed transforms managed headers",
    api: ["managed_headers"],
    docs: ["rules"],
  },
  {
    say: ["url normalization", "normalize url", "normalize urls", "normalise urls"],
    means: "url normalization",
    api: ["url_normalization"],
    docs: ["rules"],
  },
  {
    say: ["cloud connector"],
    means: "cloud connector rules",
    api: ["cloud_connector"],
    docs: ["rules"],
  },
  {
    say: ["trace", "trace a request", "debug rules"],
    means: "request trace tracer",
    api: ["request_tracer"],
    docs: ["rules"],
  },
  // Bots
  {
    say: ["bot", "bots", "crawler", "crawlers", "scraper", "scrapers", "scraping", "spider", "automated traffic", "bad bots"],
    means: "bot management fight mode",
    api: ["bot_management"],
    docs: ["bots"],
  },
  {
    say: ["ai bots", "ai scrapers", "gptbot", "claudebot", "llm crawlers", "training data"],
    means: "bot management ai_bots_protection block ai bots crawl",
    api: ["bot_management"],
    docs: ["bots", "ai-crawl-control"],
  },
  {
    say: ["verified bot", "verified bots", "googlebot", "search engine bots"],
    means: "verified bots",
    api: ["radar", "bot_management"],
    docs: ["bots"],
  },
  { say: ["bot score", "bot scores"], means: "bot score", docs: ["bots"] },
  // Turnstile
  {
    say: ["captcha", "recaptcha", "hcaptcha", "human verification", "are you human", "challenge widget"],
    means: "turnstile widget challenges",
    api: ["challenges"],
    docs: ["turnstile"],
  },
  {
    say: ["sitekey", "site key"],
    means: "turnstile widget sitekey secret",
    api: ["challenges"],
    docs: ["turnstile"],
  },
  // API Shield
  {
    say: ["openapi", "openapi schema", "swagger", "api schema", "schema validation", "validate requests"],
    means: "api shield schema validation user schemas",
    api: ["api_gateway"],
    docs: ["api-shield"],
  },
  {
    say: ["api discovery", "discovered endpoints", "shadow api", "unknown endpoints"],
    means: "api discovery operations",
    api: ["api_gateway"],
    docs: ["api-shield"],
  },
  {
    say: ["jwt", "jwt validation", "json web token"],
    means: "jwt validation",
    docs: ["api-shield"],
  },
  // Page Shield
  {
    say: ["supply chain", "magecart", "skimming", "client-side"],
    means: "page shield scripts connections",
    api: ["page_shield"],
    docs: ["client-side-security"],
  },
  // Leaked credentials
  {
    say: ["leaked password", "leaked passwords", "breached password", "credential stuffing", "compromised credentials"],
    means: "leaked credentials detection",
    docs: ["waf"],
  },
];
