/**
 * Traffic and networks: load balancing, health checks, waiting rooms, Spectrum, WAN and BYOIP,
 * threat intelligence, Radar, and performance measurement.
 * @module
 */
import type { VocabularyEntry } from "../types.ts";

export const NETWORK: readonly VocabularyEntry[] = [
  {
    say: ["failover", "standby", "redundant", "multiple origins", "spread traffic", "distribute traffic", "geo steering", "traffic steering"],
    means: "load balancer pool origins steering",
    api: ["load_balancers"],
    docs: ["load-balancing"],
  },
  {
    say: ["pool", "pools", "origin pool"],
    means: "load balancer pool origins",
    api: ["load_balancers"],
    docs: ["load-balancing"],
  },
  {
    say: ["monitor", "monitors", "health monitor", "probe"],
    means: "monitor health check",
    api: ["load_balancers", "healthchecks"],
    docs: ["load-balancing", "health-checks"],
  },
  {
    say: ["healthy", "unhealthy", "health", "is it up", "uptime", "up or down", "down"],
    means: "health check pool health",
    api: ["load_balancers", "healthchecks"],
    docs: ["load-balancing", "health-checks"],
  },
  {
    say: ["sticky sessions", "session affinity", "same server"],
    means: "session affinity",
    api: ["load_balancers"],
    docs: ["load-balancing"],
  },
  {
    say: ["waiting room", "virtual queue", "line", "overwhelmed", "maintenance", "maintenance window", "maintenance mode"],
    means: "waiting room event queue",
    api: ["waiting_rooms"],
    docs: ["waiting-room", "fundamentals"],
  },
  {
    say: ["scheduled event"],
    means: "waiting room event",
    api: ["waiting_rooms"],
    docs: ["waiting-room"],
  },
  {
    say: ["queue length"],
    means: "waiting room status",
    api: ["waiting_rooms"],
    docs: ["waiting-room"],
  },
  // Spectrum
  {
    say: ["tcp", "udp", "port", "ports", "ssh", "rdp", "smtp", "mqtt", "non-http", "any protocol"],
    means: "spectrum application",
    api: ["spectrum"],
    docs: ["spectrum"],
  },
  // WAN, Magic Transit
  {
    say: ["gre", "gre tunnel", "ipsec", "ipsec tunnel", "psk", "pre-shared key", "sd-wan", "branch network", "wan", "magic wan", "magic transit", "interconnect", "cni", "static route", "static routes", "lan", "acl"],
    means: "magic gre ipsec tunnels routes sites",
    api: ["magic"],
    docs: ["cloudflare-wan", "magic-transit"],
  },
  {
    say: ["packet capture", "packet captures", "pcap", "pcaps", "tcpdump"],
    means: "packet capture pcaps",
    api: ["pcaps"],
    docs: ["cloudflare-wan", "magic-transit"],
  },
  {
    say: ["netflow", "sflow", "network monitoring"],
    means: "magic network monitoring mnm rules config",
    api: ["mnm"],
    docs: ["network-flow"],
  },
  {
    say: ["byoip", "bring your own ip", "ip prefix", "prefix", "prefixes", "ip block", "asn announcement"],
    means: "addressing prefixes byoip",
    api: ["addressing"],
    docs: ["byoip"],
  },
  {
    say: ["advertise", "advertisement", "announce", "bgp announcement", "withdraw"],
    means: "bgp status advertisement prefix",
    api: ["addressing"],
    docs: ["byoip"],
  },
  {
    say: ["loa", "letter of authorization"],
    means: "loa document",
    api: ["addressing"],
    docs: ["byoip"],
  },
  {
    say: ["cloudflare ips", "cloudflare ip ranges", "cloudflare's ip ranges", "cloudflare ip addresses", "ip ranges cloudflare uses", "allowlist cloudflare", "cloudflare's ips"],
    means: "cloudflare ips ipv4_cidrs ipv6_cidrs",
    api: ["ips"],
    docs: ["fundamentals"],
  },
  {
    say: ["traceroute", "mtr", "trace route", "hops"],
    means: "traceroute diagnostics",
    api: ["diagnostics"],
    docs: ["cloudflare-wan"],
  },
  {
    say: ["ipfs", "ethereum", "web3", "dweb", "content hash"],
    means: "web3 hostname ipfs ethereum gateway",
    api: ["web3"],
    docs: ["web3"],
  },
  // Threat intelligence and scanning
  {
    say: ["whois", "who owns", "domain owner", "registrant"],
    means: "whois record",
    api: ["intel"],
    docs: ["security-center"],
  },
  {
    say: ["reputation", "malicious", "bad ip", "threat", "threats", "known attacker", "risky ip", "blocklisted"],
    means: "intel ip overview domain details threat",
    api: ["intel"],
    docs: ["security-center"],
  },
  {
    say: ["passive dns", "resolved to", "dns history", "historical dns"],
    means: "passive dns by ip",
    api: ["intel"],
    docs: ["security-center"],
  },
  {
    say: ["miscategorized", "wrong category", "recategorize", "category is wrong"],
    means: "miscategorization",
    api: ["intel"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["asn", "autonomous system", "as number"],
    means: "asn autonomous system",
    api: ["intel", "radar"],
    docs: ["radar"],
  },
  {
    say: ["indicator feed", "threat feed", "ioc", "iocs"],
    means: "indicator feeds",
    api: ["intel"],
    docs: ["security-center"],
  },
  {
    say: ["misconfigurations", "security insights", "attack surface", "security center"],
    means: "security center issues attack surface report insights",
    api: ["intel"],
    docs: ["security-center"],
  },
  {
    say: ["scan a url", "scan url", "url scan", "suspicious url", "har file"],
    means: "url scanner scan",
    api: ["urlscanner"],
    docs: ["radar"],
  },
  {
    say: ["phishing", "phishing site", "impersonation", "impersonating", "lookalike domain", "typosquatting", "brand abuse"],
    means: "brand protection submit url scan",
    api: ["brand_protection", "urlscanner"],
    docs: ["security-center"],
  },
  // Radar
  {
    // Only wordings about the internet at large: "the internet", "globally" or "countries" alone
    // are ordinary words in requests about one's own site ("reachable from the internet").
    say: ["across the internet", "internet-wide", "internet wide", "global internet", "worldwide internet", "internet traffic", "internet trends", "traffic trends", "global traffic", "worldwide traffic", "around the world", "by country", "per country", "which countries"],
    means: "radar",
    api: ["radar"],
    docs: ["radar"],
  },
  {
    say: ["internet outage", "internet outages", "internet down", "internet is down", "internet connectivity", "internet shutdown", "internet shutdowns", "internet disruption", "regional outage", "country outage", "traffic anomaly", "traffic anomalies"],
    means: "radar annotations outages traffic anomalies",
    api: ["radar"],
    docs: ["radar"],
  },
  {
    say: ["top domains", "top websites", "domain ranking", "ranking", "rank"],
    means: "radar ranking top domains",
    api: ["radar"],
    docs: ["radar"],
  },
  {
    say: ["bgp hijack", "bgp hijacks", "hijack", "hijacks", "route leak", "route leaks", "moas"],
    means: "radar bgp hijacks leaks events",
    api: ["radar"],
    docs: ["radar"],
  },
  {
    say: ["ddos trends", "attack trends", "attack origin countries", "layer 3 attacks", "layer 7 attacks"],
    means: "radar attacks layer3 layer7 top locations origin",
    api: ["radar"],
    docs: ["radar"],
  },
  {
    say: ["browser market share", "browser share", "operating system share", "device type share", "bot traffic share", "human traffic"],
    means: "radar http top browser os device bot class summary",
    api: ["radar"],
    docs: ["radar"],
  },
  {
    say: ["internet quality"],
    means: "radar quality speed iqi",
    api: ["radar"],
    docs: ["radar"],
  },
  // Performance
  {
    say: ["lighthouse", "page speed", "pagespeed", "speed test", "performance test", "performance score", "web vitals", "core web vitals", "lcp", "cls", "ttfb"],
    means: "speed observatory page test trend",
    api: ["speed_api"],
    docs: ["speed"],
  },
  {
    say: ["visitor stats", "page views", "pageviews", "traffic stats", "web analytics", "site analytics", "analytics beacon", "privacy-first analytics", "cookieless analytics"],
    means: "web analytics rum site",
    api: ["rum"],
    docs: ["web-analytics"],
  },
  {
    say: ["slow", "slow site", "slow website", "speed up", "faster", "performance"],
    means: "speed performance optimization",
    docs: ["speed", "cache"],
  },
];
