// Questions people and agents ask that the application security pages answer (WAF, bots, DDoS,
// Turnstile, challenges, API Shield, client-side security), in their own words.
import type { PageQuestions } from "./types.ts";

export const SECURITY_QUESTIONS: PageQuestions = {
  "/waf/": [
    "protect my website from hackers and attacks",
    "web application firewall",
    "block sql injection and xss",
  ],
  "/waf/get-started/": [
    "set up basic protection for my site",
    "first security rules to turn on",
    "get started with the waf",
  ],
  "/waf/custom-rules/": [
    "block requests that match my own conditions",
    "write a firewall rule",
    "block a path, user agent or country",
  ],
  "/waf/custom-rules/create-dashboard/": [
    "create a security rule in the dashboard",
    "add a waf custom rule",
    "block a url path with a rule",
  ],
  "/waf/custom-rules/create-api/": [
    "create a firewall rule with the api",
    "custom rules through the rulesets api",
    "terraform or api for security rules",
  ],
  "/waf/custom-rules/skip/": [
    "let some traffic bypass the firewall",
    "skip security checks for my monitoring service",
    "skip the waf for trusted ips",
  ],
  "/waf/custom-rules/use-cases/block-traffic-from-specific-countries/": [
    "block visitors from a country",
    "geo block my site",
    "deny traffic by country",
  ],
  "/waf/custom-rules/use-cases/allow-traffic-from-specific-countries/": [
    "only allow visitors from my country",
    "block all countries except one",
    "country allowlist",
  ],
  "/waf/custom-rules/use-cases/allow-traffic-from-ips-in-allowlist/": [
    "allow only my office ip addresses",
    "only let listed ips reach my site",
    "ip allowlist rule",
  ],
  "/waf/custom-rules/use-cases/site-admin-only-known-ips/": [
    "lock down /wp-admin to my ip",
    "restrict the admin area to known ips",
    "protect the admin login page by ip",
  ],
  "/waf/custom-rules/use-cases/challenge-bad-bots/": [
    "challenge suspicious bots",
    "show a challenge to likely bots",
    "bot score rule",
  ],
  "/waf/custom-rules/use-cases/allow-traffic-from-verified-bots/": [
    "make sure google can still crawl my site",
    "don't block search engine crawlers",
    "allow googlebot and bingbot",
  ],
  "/waf/managed-rules/": [
    "turn on cloudflare's ready made protection rules",
    "managed rulesets against known vulnerabilities",
    "owasp protection",
  ],
  "/waf/managed-rules/waf-exceptions/": [
    "a managed rule blocks my legitimate traffic",
    "exclude a path from managed rules",
    "false positive in the firewall",
  ],
  "/waf/managed-rules/reference/owasp-core-ruleset/": [
    "owasp core rule set and paranoia level",
    "owasp crs settings",
    "anomaly score threshold",
  ],
  "/waf/managed-rules/troubleshooting/": [
    "find which rule blocked a request",
    "managed rules false positives",
    "debug managed rule blocks",
  ],
  "/waf/rate-limiting-rules/": [
    "stop someone from hammering my login page",
    "limit requests per ip per minute",
    "block clients that send too many requests",
  ],
  "/waf/rate-limiting-rules/create-zone-dashboard/": [
    "create a rate limiting rule",
    "rate limit a url in the dashboard",
    "add request throttling",
  ],
  "/waf/rate-limiting-rules/use-cases/": [
    "examples of rate limiting an api",
    "rate limit login attempts",
    "rate limiting rule examples",
  ],
  "/waf/rate-limiting-rules/parameters/": [
    "rate limit counting characteristics and period",
    "rate limiting period and mitigation timeout",
    "count requests by header or api key",
  ],
  "/waf/detections/attack-score/": [
    "score requests by how likely they are an attack",
    "block likely sqli or xss with a score",
  ],
  "/waf/detections/leaked-credentials/": [
    "detect logins that use stolen passwords",
    "leaked credentials check",
    "compromised password detection",
  ],
  "/waf/detections/malicious-uploads/": [
    "scan uploaded files for malware",
    "malware scanning for file uploads",
    "block infected uploads",
  ],
  "/waf/detections/ai-security-for-apps/": [
    "protect my llm app from prompt injection",
    "detect pii in prompts sent to my ai app",
    "firewall for ai apps",
  ],
  "/waf/analytics/security-events/": [
    "see what was blocked and why",
    "firewall events log",
    "why was my request blocked",
    "security event log",
  ],
  "/waf/analytics/security-analytics/": [
    "analyze attack traffic to my site",
    "security analytics dashboard",
    "review suspicious traffic",
  ],
  "/waf/tools/ip-access-rules/": [
    "block or allow an ip address",
    "whitelist an ip range",
    "block an asn",
  ],
  "/waf/tools/lists/": [
    "reuse a list of ip addresses in rules",
    "ip lists for firewall rules",
    "lists in security rules",
  ],
  "/waf/tools/lists/custom-lists/": ["create a list of ips or hostnames", "custom ip list"],
  "/waf/tools/security-level/": [
    "how strict should cloudflare be with suspicious visitors",
    "security level setting",
    "lower the security level for my site",
  ],
  "/waf/tools/browser-integrity-check/": [
    "block requests with bad or missing browser headers",
    "browser integrity check blocks my app",
    "disable browser integrity check",
  ],
  "/waf/tools/user-agent-blocking/": [
    "block a specific user agent",
    "user agent blocking rule",
    "block bots by user agent string",
  ],
  "/waf/tools/zone-lockdown/": ["allow only certain ips to a url", "lock a path to specific ips"],
  "/waf/tools/scrape-shield/hotlink-protection/": [
    "stop other sites from using my images",
    "hotlink protection setting",
    "prevent image hotlinking",
  ],
  "/waf/tools/scrape-shield/email-address-obfuscation/": [
    "hide email addresses from scrapers",
    "email obfuscation breaks my page",
    "scramble email addresses on my site",
  ],
  "/waf/reference/legacy/firewall-rules-upgrade/": [
    "firewall rules moved to custom rules",
    "upgrade old firewall rules",
    "firewall rules deprecated",
  ],
  "/waf/troubleshooting/faq/": [
    "common waf questions",
    "waf frequently asked questions",
    "why is the waf blocking my requests",
  ],
  "/bots/": [
    "stop bots and scrapers on my site",
    "bot protection options",
    "bot management overview",
  ],
  "/bots/get-started/bot-fight-mode/": [
    "free bot protection",
    "turn on bot fight mode",
    "bot fight mode blocks legitimate traffic",
  ],
  "/bots/get-started/super-bot-fight-mode/": [
    "block automated traffic on pro or business plan",
    "super bot fight mode settings",
    "definitely automated traffic",
  ],
  "/bots/get-started/bot-management/": [
    "enterprise bot management with bot scores",
    "bot management for enterprise",
    "bot score in rules",
  ],
  "/bots/additional-configurations/block-ai-bots/": [
    "block chatgpt and other ai bots",
    "block ai scrapers and training crawlers",
  ],
  "/bots/additional-configurations/managed-robots-txt/": [
    "robots.txt that tells ai crawlers to stay out",
    "managed robots.txt",
    "content signals for ai crawlers",
  ],
  "/bots/additional-configurations/ai-labyrinth/": [
    "trap bad crawlers in fake pages",
    "ai labyrinth",
    "waste the time of scrapers that ignore robots.txt",
  ],
  "/bots/concepts/bot-score/": [
    "how likely is this request from a bot",
    "bot score meaning",
    "what is a bot score of 1",
  ],
  "/bots/concepts/bot/verified-bots/": [
    "get my crawler recognized as a good bot",
    "list of verified bots like googlebot",
    "verified bot program",
  ],
  "/bots/troubleshooting/false-positives/": [
    "bot protection blocks my api clients or app",
    "legitimate traffic blocked as a bot",
    "real users challenged as bots",
  ],
  "/bots/bot-analytics/": [
    "how much of my traffic is bots",
    "bot analytics",
    "which bots visit my site",
  ],
  "/bots/plans/": [
    "which bot features are on my plan",
    "bot protection by plan",
    "free vs pro bot features",
  ],
  "/ddos-protection/": [
    "protect my site from ddos attacks",
    "is ddos protection included for free",
    "ddos protection overview",
  ],
  "/ddos-protection/about/how-ddos-protection-works/": [
    "how does cloudflare stop ddos attacks",
    "ddos mitigation explained",
    "automatic ddos protection",
  ],
  "/ddos-protection/managed-rulesets/http/": [
    "http flood protection settings",
    "layer 7 ddos rules",
    "http ddos managed ruleset",
  ],
  "/ddos-protection/managed-rulesets/http/http-overrides/": [
    "ddos protection is blocking real users",
    "make ddos rules less sensitive",
    "ddos override sensitivity",
    "false positives from ddos protection",
  ],
  "/ddos-protection/managed-rulesets/network/": [
    "protect my network from layer 3 and 4 attacks",
    "network layer ddos protection",
    "udp and syn flood protection",
  ],
  "/ddos-protection/managed-rulesets/adaptive-protection/": [
    "ddos detection based on my traffic profile",
    "adaptive ddos protection",
    "traffic profile based mitigation",
  ],
  "/ddos-protection/best-practices/proactive-defense/": [
    "prepare my site before an attack",
    "ddos best practices",
    "harden my site against ddos",
  ],
  "/ddos-protection/reference/simulate-ddos-attack/": [
    "can i run a load test or test ddos attack",
    "simulate a ddos attack",
    "am i allowed to stress test my site",
  ],
  "/ddos-protection/reference/alerts/": [
    "get notified when i am under a ddos attack",
    "ddos attack alerts",
    "email me about attacks",
  ],
  "/ddos-protection/reference/analytics/": [
    "see the ddos attacks that were mitigated",
    "ddos analytics",
    "attack reports",
  ],
  "/ddos-protection/frequently-asked-questions/": [
    "ddos questions",
    "ddos protection faq",
    "is there a limit on attack size",
  ],
  "/turnstile/": [
    "captcha alternative for my signup form",
    "stop bots filling in my forms without annoying users",
    "free recaptcha replacement",
  ],
  "/turnstile/get-started/": [
    "add turnstile to my website",
    "turnstile setup guide",
    "add a captcha to my form",
  ],
  "/turnstile/get-started/client-side-rendering/": [
    "embed the human check widget in my form",
    "render the widget with javascript",
    "turnstile widget html snippet",
    "explicit rendering of the widget",
  ],
  "/turnstile/get-started/server-side-validation/": [
    "verify the captcha token on my server",
    "siteverify call",
    "validate turnstile response server side",
    "check the token with the secret key",
  ],
  "/turnstile/get-started/widget-management/": [
    "create a widget and get a site key and secret",
    "manage turnstile widgets",
    "site key and secret key",
  ],
  "/turnstile/migration/recaptcha/": [
    "switch from google recaptcha",
    "replace recaptcha with turnstile",
    "recaptcha compatibility mode",
  ],
  "/turnstile/migration/hcaptcha/": [
    "switch from hcaptcha",
    "replace hcaptcha with turnstile",
    "hcaptcha migration",
  ],
  "/turnstile/troubleshooting/client-side-errors/error-codes/": [
    "what does this widget error code mean",
    "turnstile error 110200 or 300030",
    "turnstile error codes list",
  ],
  "/turnstile/troubleshooting/testing/": [
    "test keys that always pass",
    "use the widget in automated tests",
    "turnstile testing site keys",
    "turnstile in ci and e2e tests",
  ],
  "/turnstile/plans/": [
    "is turnstile free",
    "turnstile limits on the free plan",
    "turnstile pricing",
    "free vs enterprise turnstile",
  ],
  "/turnstile/tutorials/login-pages/": [
    "protect my login and signup forms from bots",
    "add turnstile to a login form",
    "stop credential stuffing on signup",
  ],
  "/cloudflare-challenges/": [
    "what is the checking your browser page",
    "challenge pages shown to visitors",
    "cloudflare challenges",
  ],
  "/cloudflare-challenges/challenge-types/challenge-pages/": [
    "show a challenge page to suspicious visitors",
    "managed challenge page",
    "interstitial challenge",
  ],
  "/cloudflare-challenges/troubleshooting/challenge-solve-issues/": [
    "visitors stuck in a challenge loop",
    "users keep getting verify you are human",
    "challenge won't pass",
  ],
  "/cloudflare-challenges/concepts/clearance/": [
    "how long does a passed challenge last",
    "cf_clearance cookie",
    "challenge passage duration",
  ],
  "/api-shield/": ["protect my api endpoints", "api security", "api shield"],
  "/api-shield/security/schema-validation/": [
    "block api requests that don't match my openapi schema",
    "openapi schema validation",
    "reject invalid api requests",
  ],
  "/api-shield/security/jwt-validation/": [
    "validate jwt tokens before requests reach my api",
    "jwt validation for my api",
    "check jwt signatures at the edge",
  ],
  "/api-shield/security/mtls/": [
    "require client certificates for my api",
    "mtls for api clients",
    "mutual tls for mobile apps",
  ],
  "/api-shield/security/api-discovery/": [
    "find all the api endpoints my site exposes",
    "api discovery",
    "discover shadow api endpoints",
  ],
  "/api-shield/security/volumetric-abuse-detection/": [
    "recommended rate limits per api endpoint",
    "volumetric abuse detection",
    "per endpoint rate limit recommendations",
  ],
  "/api-shield/management-and-monitoring/endpoint-management/": [
    "add and manage api endpoints",
    "endpoint management",
    "list my api endpoints",
  ],
  "/client-side-security/": [
    "detect malicious javascript on my checkout page",
    "monitor third party scripts",
    "magecart protection",
  ],
  "/waf/concepts/": ["how the waf works", "waf concepts"],
  "/waf/managed-rules/deploy-zone-dashboard/": [
    "deploy managed rules in the dashboard",
    "enable the cloudflare managed ruleset",
  ],
  "/waf/managed-rules/reference/cloudflare-managed-ruleset/": [
    "cloudflare managed ruleset",
    "managed ruleset rules",
  ],
  "/waf/tools/ip-access-rules/create/": [
    "create an ip access rule",
    "block an ip in the dashboard",
  ],
  "/waf/account/": ["account level waf rules for all my domains", "account level waf"],
  "/waf/custom-rules/use-cases/": ["waf custom rule examples", "custom rule use cases"],
  "/waf/reference/phases/": ["order of waf phases", "waf phases"],
  "/waf/rate-limiting-rules/best-practices/": [
    "rate limiting best practices",
    "rate limiting recommendations",
  ],
  "/waf/managed-rules/payload-logging/": ["log what matched a managed rule", "payload logging"],
  "/bots/get-started/": ["choose a bot protection product", "get started with bot protection"],
  "/bots/concepts/bot/signed-agents/": [
    "signed agents for ai agents",
    "let my ai agent be recognized",
  ],
  "/bots/reference/bot-verification/web-bot-auth/": ["web bot auth signatures", "web bot auth"],
  "/ddos-protection/get-started/": ["get started with ddos protection", "ddos getting started"],
  "/ddos-protection/reference/logs/": ["ddos attack logs", "ddos logs"],
  "/turnstile/concepts/widget/": [
    "turnstile widget types",
    "managed, non-interactive or invisible widget",
  ],
  "/turnstile/get-started/client-side-rendering/widget-configurations/": [
    "turnstile widget options",
    "change the widget theme or size",
  ],
  "/turnstile/troubleshooting/": ["turnstile not working", "widget keeps failing"],
  "/turnstile/get-started/mobile-implementation/": [
    "turnstile in a mobile app",
    "turnstile mobile",
  ],
  "/turnstile/troubleshooting/rotate-secret-key/": [
    "rotate the turnstile secret key",
    "rotate turnstile secret",
  ],
  "/cloudflare-challenges/challenge-types/": [
    "types of challenges",
    "managed, js and interactive challenge",
  ],
  "/cloudflare-challenges/concepts/how-challenges-work/": [
    "how challenges work",
    "challenge concepts",
  ],
  "/cloudflare-challenges/challenge-types/javascript-detections/": [
    "javascript detections",
    "js detections",
  ],
  "/cloudflare-challenges/reference/supported-browsers/": [
    "browsers supported by challenges",
    "challenge browser support",
  ],
  "/api-shield/get-started/": ["get started with api shield", "api shield setup"],
  "/api-shield/plans/": ["api shield plans", "api shield pricing"],
  "/api-shield/security/sequence-mitigation/": [
    "enforce the order of api calls",
    "sequence mitigation",
  ],
  "/api-shield/security/bola-vulnerability-detection/": [
    "detect broken object level authorization",
    "bola detection",
  ],
  "/client-side-security/get-started/": [
    "get started with page shield",
    "monitor scripts on my pages",
  ],
  "/client-side-security/rules/": ["content security policy rules", "allow only approved scripts"],
  "/client-side-security/alerts/": ["alert on new or malicious scripts", "page shield alerts"],
};
