/**
 * Cloudflare One (Zero Trust): Access, Gateway, devices, tunnels and private networks, DLP.
 * @module
 */
import type { VocabularyEntry } from "../types.ts";

export const ZERO_TRUST: readonly VocabularyEntry[] = [
  {
    say: ["intranet", "wiki", "admin panel", "self-hosted app", "behind a login", "behind login", "require login", "protect an app"],
    means: "access application self-hosted",
    api: ["access"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["who can access", "allowed to access", "allow only", "access rule", "access policy", "access policies", "reusable policy", "policy", "policies"],
    means: "access policy policies",
    api: ["access"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["sso", "single sign-on", "single sign on", "identity provider", "idp", "okta", "azure ad", "entra", "entra id", "google workspace", "saml", "oidc", "github login", "onelogin", "ping identity"],
    means: "identity provider",
    api: ["access"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["service token", "service tokens", "machine to machine", "ci/cd", "ci", "automation", "non-browser", "headless client"],
    means: "service token",
    api: ["access", "tokens"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["group", "groups", "team", "department"],
    means: "access group",
    api: ["access"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["sign out", "log out", "sessions", "active sessions", "revoke sessions", "kick out", "stolen", "lost", "compromised account"],
    means: "revoke user tokens sessions",
    api: ["access", "devices"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["authentication logs", "access logs", "who logged in", "failed logins", "failed login"],
    means: "access authentication logs access requests failed logins",
    api: ["access"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["zero trust users", "users", "seats", "seat"],
    means: "access users seats",
    api: ["access"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["would be allowed", "test access", "policy tester", "check access for a user"],
    means: "user policy checks test access policies",
    api: ["access"],
    docs: ["cloudflare-one"],
  },
  // Gateway
  {
    say: ["web filtering", "dns filtering", "url filtering", "content filtering", "category", "categories"],
    means: "gateway rules categories dns policy http policy",
    api: ["gateway"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["employees", "staff", "workforce", "corporate devices", "company laptops"],
    means: "gateway devices zero trust",
    api: ["gateway", "devices"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["office", "offices", "branch", "dns location", "resolver for the office", "office network"],
    means: "gateway location",
    api: ["gateway", "magic"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["tls inspection", "ssl inspection", "https inspection", "decrypt https", "inspect encrypted traffic", "root certificate"],
    means: "gateway certificate tls decryption",
    api: ["gateway"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["blocklist of domains", "domain list", "list of domains", "url list", "hostname list"],
    means: "gateway lists",
    api: ["gateway"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["proxy endpoint", "pac file"],
    means: "gateway proxy endpoints",
    api: ["gateway"],
    docs: ["cloudflare-one"],
  },
  // Devices
  {
    say: ["device", "devices", "laptop", "laptops", "phone", "phones", "mobile device", "endpoint", "endpoints", "fleet", "enrolled"],
    means: "devices warp",
    api: ["devices"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["vpn", "corporate vpn", "replace vpn", "remote access"],
    means: "warp devices tunnel access zero trust",
    api: ["devices", "cfd_tunnel", "access"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["split tunnel", "split tunnels", "exclude from the tunnel", "exclude from vpn", "bypass the vpn", "bypass warp", "not through warp", "out of the tunnel"],
    means: "split tunnel exclude include list device settings profile",
    api: ["devices"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["local domain", "internal domain", "internal dns", "corp domain", ".internal", ".local", ".corp"],
    means: "local domain fallback fallback_domains",
    api: ["devices"],
    docs: ["cloudflare-one", "dns"],
  },
  {
    say: ["posture", "device posture", "os version", "antivirus", "firewall enabled", "device check", "compliance check", "managed device"],
    means: "device posture rule integration",
    api: ["devices"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["device profile", "settings profile", "warp settings", "device settings"],
    means: "device settings profile policy",
    api: ["devices"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["override code", "admin override", "disable warp temporarily"],
    means: "override codes",
    api: ["devices"],
    docs: ["cloudflare-one"],
  },
  // Tunnels and private networks
  {
    say: ["tunnel", "tunnels", "expose localhost", "expose a local server", "behind nat", "raspberry pi"],
    means: "cloudflare tunnel cfd_tunnel",
    api: ["cfd_tunnel"],
    docs: ["tunnel", "cloudflare-one"],
  },
  {
    say: ["ingress", "ingress rules", "tunnel config", "public hostname"],
    means: "tunnel configurations ingress",
    api: ["cfd_tunnel"],
    docs: ["tunnel"],
  },
  {
    say: ["connector", "connectors", "replica", "replicas", "tunnel connection", "tunnel is connected", "tunnel down"],
    means: "tunnel connections connectors",
    api: ["cfd_tunnel"],
    docs: ["tunnel"],
  },
  {
    say: ["private network", "private networks", "private ip", "private ips", "internal network", "rfc 1918", "network route", "private route"],
    means: "tunnel routes teamnet private network cidr",
    api: ["teamnet"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["virtual network", "virtual networks", "vnet", "overlapping"],
    means: "virtual networks",
    api: ["teamnet"],
    docs: ["cloudflare-one"],
  },
  // DLP and risk
  {
    say: ["dlp", "data loss", "sensitive data", "credit card numbers", "social security number", "ssn", "pii", "confidential", "data exfiltration"],
    means: "dlp profile detection entries",
    api: ["dlp"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["regex", "regular expression", "pattern"],
    means: "pattern validate regex",
    api: ["dlp"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["exact data match", "dataset", "datasets"],
    means: "dlp datasets upload",
    api: ["dlp"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["risk score", "risky users", "user risk", "risky", "suspicious users"],
    means: "risk scoring behaviors summary",
    api: ["zt_risk_scoring"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["digital experience", "fleet status", "warp health", "connected devices", "device connectivity", "network path"],
    means: "dex fleet status tests",
    api: ["dex"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["browser isolation", "remote browser"],
    means: "browser isolation",
    docs: ["cloudflare-one"],
  },
  {
    say: ["casb", "shadow it", "saas apps misconfiguration"],
    means: "casb",
    docs: ["cloudflare-one"],
  },
];
