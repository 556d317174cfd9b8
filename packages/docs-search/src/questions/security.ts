// Questions people and agents ask that the application security pages answer (WAF and the legacy
// Firewall Rules, bots, AI Crawl Control, DDoS, Turnstile, challenges, API Shield, client-side
// security, Security Center, the security dashboard, Smart Shield), in their own words.
import type { PageQuestions } from "./types.ts";

export const SECURITY_QUESTIONS: PageQuestions = {
  "/waf/": [
    "protect my website from hackers and attacks",
    "is there a firewall like aws waf or modsecurity for my site",
    "block sql injection and xss",
    "my site keeps getting hacked, what firewall protection do i have",
  ],
  "/waf/get-started/": [
    "set up basic protection for my site",
    "first security rules to turn on",
    "my new site is getting attacked, what should i turn on first",
    "which waf settings should a new wordpress site enable",
  ],
  "/waf/custom-rules/": [
    "block requests that match my own conditions",
    "write a firewall rule",
    "block a path, user agent or country",
    "block traffic to a url unless it comes from my vpn",
    "only allow visitors from my own country",
  ],
  "/waf/custom-rules/create-dashboard/": [
    "create a security rule in the dashboard",
    "block an annoying scraper's ip from the dashboard",
    "block a url path with a rule",
  ],
  "/waf/custom-rules/create-api/": [
    "create a firewall rule with the api",
    "script my firewall rules instead of clicking in the dashboard",
    "terraform or api for security rules",
  ],
  "/waf/custom-rules/skip/": [
    "let some traffic bypass the firewall",
    "skip security checks for my monitoring service",
    "skip the waf for trusted ips",
    "let my payment provider's webhooks through the firewall",
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
    "patch a new cve like log4j without touching my server",
  ],
  "/waf/managed-rules/waf-exceptions/": [
    "a managed rule blocks my legitimate traffic",
    "exclude a path from managed rules",
    "false positive in the firewall",
    "wordpress admin actions blocked by managed rules",
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
    "form submissions get a 403 after enabling managed rules",
  ],
  "/waf/rate-limiting-rules/": [
    "stop someone from hammering my login page",
    "limit requests per ip per minute",
    "block clients that send too many requests",
    "bots are spamming my api with thousands of requests",
  ],
  "/waf/rate-limiting-rules/create-zone-dashboard/": [
    "rate limit a url in the dashboard",
    "add request throttling",
    "throttle an api endpoint to 100 requests a minute",
  ],
  "/waf/rate-limiting-rules/use-cases/": [
    "examples of rate limiting an api",
    "rate limit login attempts",
  ],
  "/waf/rate-limiting-rules/parameters/": [
    "rate limit counting characteristics and period",
    "rate limiting period and mitigation timeout",
    "count requests by header or api key",
    "change the 429 response a rate limit returns",
  ],
  "/waf/detections/attack-score/": [
    "score requests by how likely they are an attack",
    "block likely sqli or xss with a score",
    "catch new attack variants that managed rules miss",
  ],
  "/waf/detections/leaked-credentials/": [
    "detect logins that use stolen passwords",
    "customers reuse passwords that were leaked elsewhere",
    "compromised password detection",
  ],
  "/waf/detections/malicious-uploads/": [
    "scan uploaded files for malware",
    "someone uploaded a virus through my website's form",
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
    "a customer got blocked and sent me a ray id",
  ],
  "/waf/analytics/security-analytics/": [
    "analyze attack traffic to my site",
    "is my site under attack right now and from where",
    "review suspicious traffic",
  ],
  "/waf/tools/ip-access-rules/": [
    "block or allow an ip address",
    "whitelist an ip range",
    "block an asn",
    "ban a spammer's ip from my website",
  ],
  "/waf/tools/lists/": [
    "reuse a list of ip addresses in rules",
    "ip lists for firewall rules",
    "keep one list of partner ips and use it in many rules",
  ],
  "/waf/tools/lists/custom-lists/": [
    "create a list of ips or hostnames",
    "custom ip list",
    "maintain a blocklist of bad ips in one place",
  ],
  "/waf/tools/security-level/": [
    "how strict should cloudflare be with suspicious visitors",
    "my site is under attack, challenge every visitor for now",
    "lower the security level for my site",
    "turn on under attack mode via api or terraform",
  ],
  "/waf/tools/browser-integrity-check/": [
    "block requests with bad or missing browser headers",
    "browser integrity check blocks my app",
    "disable browser integrity check",
    "my curl script gets a 403 but the browser works",
  ],
  "/waf/tools/user-agent-blocking/": [
    "block a specific user agent",
    "a scraper with the same browser string keeps hitting me",
    "block bots by user agent string",
  ],
  "/waf/tools/zone-lockdown/": [
    "allow only certain ips to a url",
    "lock a path to specific ips",
    "only my office can open the staging url",
    "keep my admin page private to my office without a password",
  ],
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
    "my own app gets 403 forbidden from cloudflare",
    "why is the waf blocking my requests",
    "security events show a cloudflare ip for requests through a worker",
    "escape quotes and backslashes in a rule expression",
  ],
  "/bots/": [
    "stop bots and scrapers on my site",
    "bot protection options",
    "my analytics show lots of fake visitors",
  ],
  "/bots/get-started/bot-fight-mode/": [
    "free bot protection",
    "one switch to block scrapers on a free site",
    "bot fight mode blocks legitimate traffic",
    "my skip rule does not bypass bot fight mode",
  ],
  "/bots/get-started/super-bot-fight-mode/": [
    "block automated traffic on pro or business plan",
    "super bot fight mode settings",
    "block scripts and headless browsers on my pro site",
    "super bot fight mode challenges my mobile app or api traffic",
  ],
  "/bots/get-started/bot-management/": [
    "enterprise bot management with bot scores",
    "sophisticated scrapers get past basic bot blocking",
    "bot score in rules",
  ],
  "/bots/additional-configurations/block-ai-bots/": [
    "block chatgpt and other ai bots",
    "block ai scrapers and training crawlers",
    "stop ai companies training on my website",
  ],
  "/bots/additional-configurations/managed-robots-txt/": [
    "robots.txt that tells ai crawlers to stay out",
    "i don't have a robots.txt and want ai bots kept out",
    "content signals for ai crawlers",
  ],
  "/bots/additional-configurations/ai-labyrinth/": [
    "trap bad crawlers in fake pages",
    "feed junk pages to bots instead of blocking them",
    "waste the time of scrapers that ignore robots.txt",
  ],
  "/bots/concepts/bot-score/": [
    "how likely is this request from a bot",
    "how sure is cloudflare that a visitor is a person",
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
    "my uptime monitor and payment webhooks get blocked as bots",
  ],
  "/bots/bot-analytics/": [
    "how much of my traffic is bots",
    "is this traffic spike real people or bots",
    "which bots visit my site",
  ],
  "/bots/plans/": [
    "which bot features are on my plan",
    "bot protection by plan",
    "free vs pro bot features",
    "bot fight mode vs super bot fight mode vs bot management",
  ],
  "/ddos-protection/": [
    "protect my site from ddos attacks",
    "is ddos protection included for free",
    "my website is flooded with traffic and keeps going down",
  ],
  "/ddos-protection/about/how-ddos-protection-works/": [
    "how does cloudflare stop ddos attacks",
    "ddos mitigation explained",
    "do i need to do anything when an attack starts",
  ],
  "/ddos-protection/managed-rulesets/http/": [
    "http flood protection settings",
    "layer 7 ddos rules",
    "real shoppers blocked as an attack during a big sale",
    "my site is hit by an http flood",
  ],
  "/ddos-protection/managed-rulesets/http/http-overrides/": [
    "ddos protection is blocking real users",
    "make ddos rules less sensitive",
    "ddos override sensitivity",
    "false positives from ddos protection",
  ],
  "/ddos-protection/managed-rulesets/network/": [
    "protect my network from layer 3 and 4 attacks",
    "my game server gets knocked offline by packet floods",
    "udp and syn flood protection",
  ],
  "/ddos-protection/managed-rulesets/adaptive-protection/": [
    "ddos detection based on my traffic profile",
    "block attack traffic that doesn't look like my normal visitors",
    "traffic profile based mitigation",
  ],
  "/ddos-protection/best-practices/proactive-defense/": [
    "prepare my site before an attack",
    "attackers bypass cloudflare and hit my server ip directly",
    "harden my site against ddos",
  ],
  "/ddos-protection/reference/simulate-ddos-attack/": [
    "can i run a load test or test ddos attack",
    "simulate a ddos attack",
    "am i allowed to stress test my site",
  ],
  "/ddos-protection/reference/alerts/": [
    "get notified when i am under a ddos attack",
    "webhook or pagerduty alert when my site gets attacked",
    "email me about attacks",
  ],
  "/ddos-protection/reference/analytics/": [
    "see the ddos attacks that were mitigated",
    "was my site attacked last night",
    "attack reports",
  ],
  "/ddos-protection/frequently-asked-questions/": [
    "site slowed down by connections held open for a long time",
    "is there a limit on attack size",
    "does cloudflare charge extra for attack traffic",
    "exclude a user agent from http ddos protection",
  ],
  "/turnstile/": [
    "captcha alternative for my signup form",
    "stop bots filling in my forms without annoying users",
    "free recaptcha replacement",
    "spam signups are flooding my contact form",
  ],
  "/turnstile/get-started/": [
    "add turnstile to my website",
    "spam bots keep submitting my contact form",
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
    "siteverify fails with timeout-or-duplicate or invalid-input-response",
    "fake form posts skip the captcha and hit my backend",
  ],
  "/turnstile/get-started/widget-management/": [
    "create a widget and get a site key and secret",
    "where do i get the keys for the captcha on my site",
    "site key and secret key",
  ],
  "/turnstile/migration/recaptcha/": [
    "switch from google recaptcha",
    "replace recaptcha with turnstile",
    "recaptcha compatibility mode",
    "google recaptcha is getting expensive, cheaper option",
  ],
  "/turnstile/migration/hcaptcha/": [
    "switch from hcaptcha",
    "replace hcaptcha with turnstile",
    "move my forms off hcaptcha without changing much code",
  ],
  "/turnstile/troubleshooting/client-side-errors/error-codes/": [
    "what does this widget error code mean",
    "turnstile error 110200 or 300030",
    "captcha shows a number code and won't load",
    "turnstile says domain not authorized",
  ],
  "/turnstile/troubleshooting/testing/": [
    "test keys that always pass",
    "use the widget in automated tests",
    "turnstile in ci and e2e tests",
  ],
  "/turnstile/plans/": [
    "is turnstile free",
    "turnstile limits on the free plan",
    "how much does the captcha cost for a busy site",
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
    "visitors complain about a just a moment page before my site loads",
    "why visitors see a verify you are human page on my site",
  ],
  "/cloudflare-challenges/challenge-types/challenge-pages/": [
    "show a challenge page to suspicious visitors",
    "managed challenge page",
    "show a captcha page to visitors from suspicious countries",
  ],
  "/cloudflare-challenges/troubleshooting/challenge-solve-issues/": [
    "visitors stuck in a challenge loop",
    "users keep getting verify you are human",
    "challenge won't pass",
    "captcha keeps reloading and never lets me in",
  ],
  "/cloudflare-challenges/concepts/clearance/": [
    "how long does a passed challenge last",
    "cf_clearance cookie",
    "challenge passage duration",
    "visitors are asked to verify again every few minutes",
  ],
  "/api-shield/": [
    "protect my api endpoints",
    "my rest api is being abused by scripts and scrapers",
    "protect the backend of my mobile app from fake clients",
    "secure a rest api behind cloudflare",
  ],
  "/api-shield/security/schema-validation/": [
    "block api requests that don't match my openapi schema",
    "openapi schema validation",
    "reject invalid api requests",
    "attackers send extra fields and wrong types to my api",
  ],
  "/api-shield/security/jwt-validation/": [
    "validate jwt tokens before requests reach my api",
    "jwt validation for my api",
    "check jwt signatures at the edge",
    "reject expired or forged login tokens before they reach my backend",
  ],
  "/api-shield/security/mtls/": [
    "require client certificates for my api",
    "mtls for api clients",
    "mutual tls for mobile apps",
    "only let my own devices or apps call my api",
  ],
  "/api-shield/security/api-discovery/": [
    "find all the api endpoints my site exposes",
    "we don't know every api route our apps expose",
    "discover shadow api endpoints",
  ],
  "/api-shield/security/volumetric-abuse-detection/": [
    "recommended rate limits per api endpoint",
    "don't know what request limit to set for each api route",
    "per endpoint rate limit recommendations",
  ],
  "/api-shield/management-and-monitoring/endpoint-management/": [
    "add and manage api endpoints",
    "add the routes of my rest api so they can be monitored",
    "list my api endpoints",
  ],
  "/client-side-security/": [
    "detect malicious javascript on my checkout page",
    "monitor third party scripts",
    "magecart protection",
    "worried a third party script could steal my customers' card details",
  ],
  "/waf/concepts/": [
    "how the waf works",
    "what can a firewall in front of my site actually block",
    "what the waf checks on each request",
    "difference between custom, managed and rate limiting rules",
  ],
  "/waf/managed-rules/deploy-zone-dashboard/": [
    "deploy managed rules in the dashboard",
    "switch on ready made attack blocking for my wordpress site",
    "turn on owasp and cloudflare managed rules for my site",
  ],
  "/waf/managed-rules/reference/cloudflare-managed-ruleset/": [
    "cloudflare managed ruleset",
    "managed ruleset rules",
    "rules for wordpress, drupal and known cms exploits",
    "managed ruleset rule categories and tags",
  ],
  "/waf/tools/ip-access-rules/create/": [
    "create an ip access rule",
    "block an ip in the dashboard",
    "ban an abusive ip address from my site",
  ],
  "/waf/account/": [
    "account level waf rules for all my domains",
    "same security rules on all fifty of my websites",
    "manage security rules once for a whole enterprise account",
  ],
  "/waf/custom-rules/use-cases/": [
    "waf custom rule examples",
    "sample expressions for common blocking tasks",
  ],
  "/waf/reference/phases/": [
    "order of waf phases",
    "which security product runs first on a request",
    "http_request_firewall_custom phase and others",
  ],
  "/waf/rate-limiting-rules/best-practices/": [
    "stop people brute forcing one-time codes sent by sms",
    "good rate limits for login, api and checkout endpoints",
    "protect against scraping with rate limits",
  ],
  "/waf/managed-rules/payload-logging/": [
    "log what matched a managed rule",
    "encrypt the logged request data with my own key",
    "see the exact request content that triggered a waf block",
  ],
  "/bots/get-started/": [
    "choose a bot protection product",
    "bots are flooding my site, what can i turn on",
    "which bot product fits my plan",
  ],
  "/bots/concepts/bot/signed-agents/": [
    "signed agents for ai agents",
    "let my ai agent be recognized",
    "how ai agents browsing for users are identified",
  ],
  "/bots/reference/bot-verification/web-bot-auth/": [
    "web bot auth signatures",
    "web bot auth",
    "sign my crawler's requests with http message signatures",
    "cryptographically verify my bot",
  ],
  "/ddos-protection/get-started/": [
    "attack protection settings to check after adding my domain",
    "what to configure for ddos protection after onboarding",
    "is my site already protected against ddos",
  ],
  "/ddos-protection/reference/logs/": [
    "ddos attack logs",
    "send attack events to my siem like splunk",
    "export ddos mitigation events with logpush",
    "network analytics logs of attack traffic",
  ],
  "/turnstile/concepts/widget/": [
    "let real users through without clicking a checkbox",
    "managed, non-interactive or invisible widget",
    "invisible captcha that users never see",
    "widget modes and appearance",
  ],
  "/turnstile/get-started/client-side-rendering/widget-configurations/": [
    "change the widget theme or size",
    "dark mode or compact size for the captcha",
    "data-callback and data-action attributes",
  ],
  "/turnstile/troubleshooting/": [
    "turnstile not working",
    "widget keeps failing",
    "captcha on my form shows an error instead of the checkbox",
  ],
  "/turnstile/get-started/mobile-implementation/": [
    "turnstile in a mobile app",
    "bot check for my flutter or swift app",
    "use turnstile in ios or android webviews",
    "captcha inside a react native app",
  ],
  "/turnstile/troubleshooting/rotate-secret-key/": [
    "rotate the turnstile secret key",
    "change the captcha secret without downtime",
    "my turnstile secret leaked, how do i replace it",
  ],
  "/cloudflare-challenges/challenge-types/": [
    "make visitors prove they're human without a puzzle",
    "managed, js and interactive challenge",
    "difference between managed challenge, js challenge and interactive challenge",
  ],
  "/cloudflare-challenges/concepts/how-challenges-work/": [
    "how challenges work",
    "is cloudflare's human check like recaptcha",
    "how cloudflare decides if a visitor is human",
    "what signals a challenge collects",
  ],
  "/cloudflare-challenges/challenge-types/javascript-detections/": [
    "javascript detections",
    "what is the /cdn-cgi/challenge-platform script on my pages",
    "lightweight javascript injected to detect headless browsers",
    "js detections break my content security policy",
  ],
  "/cloudflare-challenges/reference/supported-browsers/": [
    "browsers supported by challenges",
    "my users on an old ipad can't get past the security check",
    "old browser cannot pass the challenge",
    "challenges on unsupported browsers",
  ],
  "/api-shield/get-started/": [
    "lock down my app's backend api step by step",
    "my api has no protection, where do i begin",
    "first steps to protect an api with schemas and session ids",
  ],
  "/api-shield/plans/": [
    "can i protect my api on a pro or business plan",
    "how much does api protection cost",
    "is api shield included with enterprise",
    "api gateway features by plan",
  ],
  "/api-shield/security/sequence-mitigation/": [
    "enforce the order of api calls",
    "require a login call before other api calls",
    "stop clients calling checkout without adding to cart",
  ],
  "/api-shield/security/bola-vulnerability-detection/": [
    "detect broken object level authorization",
    "customers can see each other's orders by editing the url",
    "users reading other users' records by changing an id",
    "idor detection in my api",
  ],
  "/client-side-security/get-started/": [
    "which javascript do my pages load from other websites",
    "monitor scripts on my pages",
    "see every third party script running on my site",
    "turn on script monitoring",
  ],
  "/client-side-security/rules/": [
    "a hacked plugin could load a keylogger on my site",
    "allow only approved scripts",
    "block unknown scripts from loading on checkout",
    "content security policy without editing my app",
  ],
  "/client-side-security/alerts/": [
    "alert on new or malicious scripts",
    "find out fast if my site starts loading an unknown script",
    "notify me when a script on my page changes",
  ],
  "/waf/account/custom-rulesets/": [
    "apply the same firewall rules to all domains in my account",
    "one set of custom rules shared by many zones",
    "block a bad ip on every site i own at once",
  ],
  "/waf/account/custom-rulesets/create-api/": [
    "create an account ruleset with the api and deploy it to zones",
    "deploy custom rules across every zone via api",
    "execute rule for an account custom ruleset",
  ],
  "/waf/account/custom-rulesets/create-dashboard/": [
    "create an account wide custom ruleset in the dashboard",
    "edit or delete a custom ruleset for all my sites",
    "custom block page for an account level ruleset",
  ],
  "/waf/account/managed-rulesets/": [
    "turn on managed rules for every domain in the account at once",
    "my company has many domains and wants one security baseline",
    "protect all my zones against known exploits centrally",
  ],
  "/waf/account/managed-rulesets/deploy-api/": [
    "deploy the cloudflare managed ruleset to all zones via api",
    "http_request_firewall_managed phase at account level",
    "account entry point ruleset for managed rules",
  ],
  "/waf/account/managed-rulesets/deploy-dashboard/": [
    "enable managed rules for several domains from the account dashboard",
    "choose which zones get the managed ruleset",
    "change managed rule actions in bulk across the account",
  ],
  "/waf/account/rate-limiting-rulesets/": [
    "rate limit across all domains in my account",
    "a client floods several of my websites, limit it overall",
    "one rate limit shared by many zones",
  ],
  "/waf/account/rate-limiting-rulesets/create-api/": [
    "create an account rate limiting ruleset with the api",
    "deploy a rate limit to multiple zones programmatically",
    "http_ratelimit phase account ruleset",
  ],
  "/waf/account/rate-limiting-rulesets/create-dashboard/": [
    "create an account wide rate limit in the dashboard",
    "apply rate limiting rules to all my enterprise zones",
  ],
  "/waf/custom-rules/custom-rulesets/": [
    "group custom rules into a reusable ruleset for one zone",
    "zone level custom ruleset through the api",
    "run a ruleset only for some requests with an execute rule",
  ],
  "/waf/custom-rules/skip/api-examples/": [
    "skip rule json examples for the rulesets api",
    "api example to skip waf managed rules and rate limiting",
    "skip a phase without logging the request",
  ],
  "/waf/custom-rules/skip/options/": [
    "which security features can a skip rule bypass",
    "skip super bot fight mode or zone lockdown for some requests",
    "skip rule options explained",
    "my skip rule at account level does not affect zone rules",
  ],
  "/waf/custom-rules/use-cases/block-attack-score/": [
    "block likely attacks using the waf attack score",
    "rule combining country and attack score",
  ],
  "/waf/custom-rules/use-cases/block-by-geographical-location/": [
    "block traffic from an asn or continent",
    "block a whole network provider by asn",
    "deny requests from asia or another continent",
  ],
  "/waf/custom-rules/use-cases/block-ms-exchange-autodiscover/": [
    "lots of 404 errors for autodiscover.xml",
    "block microsoft exchange autodiscover requests",
    "outlook keeps requesting autodiscover on my domain",
  ],
  "/waf/custom-rules/use-cases/check-jwt-claim-to-protect-admin-user/": [
    "challenge admin users based on a jwt claim",
    "use jwt claims in a waf custom rule",
  ],
  "/waf/custom-rules/use-cases/configure-token-authentication/": [
    "stop people sharing links to my paid downloads",
    "signed urls with an hmac token",
    "token authentication with is_timed_hmac_valid_v0",
    "protect media files from leeching with expiring links",
  ],
  "/waf/custom-rules/use-cases/exempt-partners-hotlink-protection/": [
    "let partner websites embed my images with hotlink protection on",
    "hotlink protection allowlist for some referrers",
    "hotlink protection breaks my images on a partner site",
  ],
  "/waf/custom-rules/use-cases/require-specific-cookie/": [
    "only let people with a secret cookie into my staging site",
    "block requests missing a cookie",
    "restrict a dev area using a cookie",
  ],
  "/waf/custom-rules/use-cases/require-specific-headers/": [
    "block requests without a required header",
    "only allow requests with a secret header value",
    "require an http header to reach my origin",
  ],
  "/waf/custom-rules/use-cases/require-specific-http-ports/": [
    "block traffic on non standard ports like 8080 or 8443",
    "only allow port 443 to my hostname",
    "security scanner reports ports other than 80 and 443 open on my domain",
  ],
  "/waf/custom-rules/use-cases/sequence-custom-rules/": [
    "enforce the order in which api endpoints are called",
    "sequence rule in custom rules dashboard",
  ],
  "/waf/custom-rules/use-cases/stop-rudy-attacks/": [
    "stop slow post attacks that tie up my server",
    "rudy attack protection",
    "block post requests without a session cookie",
  ],
  "/waf/custom-rules/use-cases/update-rules-customers-partners/": [
    "exempt a partner's ip addresses from rate limiting",
    "let a customer's network bypass security by asn",
    "loosen firewall rules for trusted partners",
  ],
  "/waf/detections/": [
    "which traffic detections can i turn on",
    "bot score attack score and leaked credentials detections",
    "turn on a detection to populate rule fields",
  ],
  "/waf/detections/ai-security-for-apps/example-rules/": [
    "block harmful prompts to my chatbot and return json",
    "example rules for llm prompt protection",
    "show a friendly message when the waf blocks a prompt",
  ],
  "/waf/detections/ai-security-for-apps/fields/": [
    "rule fields for pii and prompt injection in llm requests",
    "cf.llm fields reference",
  ],
  "/waf/detections/ai-security-for-apps/get-started/": [
    "protect my llm chatbot endpoint from abuse",
    "turn on firewall for ai",
    "label an endpoint with cf-llm",
    "people try jailbreak prompts on my chatbot",
  ],
  "/waf/detections/ai-security-for-apps/log-mode-vs-production-mode/": [
    "test ai prompt detections without blocking users",
    "log mode vs production mode for llm protection",
  ],
  "/waf/detections/ai-security-for-apps/pii-detection/": [
    "stop users pasting credit card numbers into my ai chat",
    "detect personal data in llm prompts",
    "regex rule for employee ids in prompts",
  ],
  "/waf/detections/ai-security-for-apps/prompt-injection/": [
    "block jailbreak attempts against my llm",
    "prompt injection score threshold",
    "users trying to override my system prompt",
  ],
  "/waf/detections/ai-security-for-apps/token-counting/": [
    "block very long prompts sent to my ai endpoint",
    "estimate tokens per llm request at the edge",
  ],
  "/waf/detections/ai-security-for-apps/unsafe-topics/": [
    "keep my chatbot from discussing competitors or giving financial advice",
    "block violent or hateful prompts",
    "define custom topics to detect in prompts",
  ],
  "/waf/detections/leaked-credentials/api-calls/": [
    "enable leaked credentials detection with the api",
    "add a custom detection location for my login form fields",
  ],
  "/waf/detections/leaked-credentials/examples/": [
    "rate limit logins that use leaked passwords",
    "challenge sign-ins with compromised credentials",
  ],
  "/waf/detections/leaked-credentials/get-started/": [
    "warn users whose password appeared in a data breach",
    "turn on leaked credentials detection",
    "handle the exposed-credential-check header at my origin",
  ],
  "/waf/detections/leaked-credentials/terraform-examples/": [
    "terraform for leaked credentials detection",
    "terraform custom rule to challenge leaked credentials",
  ],
  "/waf/detections/malicious-uploads/api-calls/": [
    "enable waf content scanning via api",
    "custom scan expression for uploaded files",
  ],
  "/waf/detections/malicious-uploads/example-rules/": [
    "block uploads that are not pdf files",
    "block file uploads over a certain size",
    "rule to block malware in uploaded files",
  ],
  "/waf/detections/malicious-uploads/get-started/": [
    "scan files users upload for malware",
    "turn on waf content scanning",
    "antivirus for form uploads",
  ],
  "/waf/detections/malicious-uploads/terraform-examples/": [
    "terraform for waf content scanning",
    "manage malicious upload detection with terraform",
  ],
  "/waf/detections/threat-intelligence/": [
    "block ips known for recent threat activity",
    "cloudforce one threat intel in waf rules",
  ],
  "/waf/detections/threat-intelligence/example-rules/": [
    "block ips that joined ddos attacks recently",
    "rate limit known threat actors on my api",
  ],
  "/waf/detections/threat-intelligence/fields/": [
    "threat intelligence rule fields and target industries",
    "match threat actor names in an expression",
  ],
  "/waf/detections/threat-intelligence/get-started/": [
    "create a rule from threat events",
    "start using threat intelligence to block attackers",
  ],
  "/waf/feature-interoperability/": [
    "in what order do cloudflare security features run",
    "does bot fight mode run before my custom rules",
    "why did another security product block before my allow rule",
  ],
  "/waf/managed-rules/check-for-exposed-credentials/": [
    "check logins against known leaked username and password pairs",
    "exposed credentials check deprecated",
  ],
  "/waf/managed-rules/check-for-exposed-credentials/configure-api/": [
    "custom rule with exposed credentials check via api",
    "exposed_credential_check in a rule",
  ],
  "/waf/managed-rules/check-for-exposed-credentials/how-checks-work/": [
    "how cloudflare checks passwords without seeing them",
    "exposed credentials lookup privacy",
  ],
  "/waf/managed-rules/check-for-exposed-credentials/upgrade-to-leaked-credentials-detection/": [
    "migrate from exposed credentials check to leaked credentials",
    "replace the deprecated exposed credentials ruleset",
  ],
  "/waf/managed-rules/deploy-api/": [
    "enable the cloudflare managed ruleset with the api",
    "deploy managed rules to a zone via rulesets api",
    "managed ruleset ids for deployment",
  ],
  "/waf/managed-rules/payload-logging/command-line/decrypt-payload/": [
    "decrypt a matched payload with matched-data-cli",
    "read the encrypted payload from a waf event",
  ],
  "/waf/managed-rules/payload-logging/command-line/generate-key-pair/": [
    "generate keys for waf payload logging",
    "matched-data-cli key pair",
  ],
  "/waf/managed-rules/payload-logging/configure-api/": [
    "turn on payload logging with the api",
    "set the public key for matched payload logging",
  ],
  "/waf/managed-rules/payload-logging/configure/": [
    "enable payload logging in the dashboard",
    "see what part of a request triggered a managed rule",
    "only super administrators can enable payload logging",
  ],
  "/waf/managed-rules/payload-logging/decrypt-in-logs/": [
    "encrypted_matched_data in logpush",
    "store decrypted payloads in my siem",
  ],
  "/waf/managed-rules/payload-logging/view/": [
    "view matched payload in security events",
    "paste private key to see waf payload",
  ],
  "/waf/managed-rules/reference/exposed-credentials-check/": [
    "exposed credentials check managed ruleset",
    "managed rules for wordpress and joomla login credential checks",
  ],
  "/waf/managed-rules/reference/owasp-core-ruleset/concepts/": [
    "what paranoia levels pl1 to pl4 mean",
    "how the owasp threat score is calculated",
    "owasp rules too aggressive",
  ],
  "/waf/managed-rules/reference/owasp-core-ruleset/configure-api/": [
    "set owasp paranoia level with the api",
    "change the owasp score threshold and action via api",
  ],
  "/waf/managed-rules/reference/owasp-core-ruleset/configure-dashboard/": [
    "lower the owasp paranoia level in the dashboard",
    "owasp ruleset blocking legitimate form submissions",
    "turn off a single owasp rule",
  ],
  "/waf/managed-rules/reference/owasp-core-ruleset/example/": [
    "worked example of owasp score calculation",
    "why a request reached the owasp threshold",
  ],
  "/waf/managed-rules/reference/sensitive-data-detection/": [
    "detect credit card numbers leaking in responses",
    "sensitive data detection managed ruleset",
    "find out if my origin leaks personal data",
  ],
  "/waf/managed-rules/waf-exceptions/define-api/": [
    "create a managed rules exception via api",
    "skip one managed rule for a path using the rulesets api",
  ],
  "/waf/managed-rules/waf-exceptions/define-dashboard/": [
    "add an exception for a managed rule in the dashboard",
    "stop a specific managed rule for my webhook url",
    "exclude my api path from the owasp ruleset",
  ],
  "/waf/rate-limiting-rules/create-api/": [
    "create a rate limiting rule with the api",
    "ratelimit object json example",
    "rate limit ignoring cached assets",
  ],
  "/waf/rate-limiting-rules/find-rate-limit/": [
    "what rate limit should i set for my login page",
    "request rate analysis in security analytics",
    "find normal request rates before setting a limit",
  ],
  "/waf/rate-limiting-rules/request-rate/": [
    "how cloudflare counts requests for rate limiting",
    "rate limit counter per ip and header combination",
    "complexity based rate limiting score",
  ],
  "/waf/rate-limiting-rules/troubleshooting/": [
    "my rate limiting rule is not blocking",
    "worker subrequests counted against my rate limit",
    "attackers still get through even though i set a request limit",
  ],
  "/waf/reference/alerts/": [
    "get notified when security events spike",
    "security events alert vs advanced alert",
    "email me when my site is under attack",
  ],
  "/waf/reference/legacy/old-rate-limiting/": [
    "previous version of rate limiting",
    "old usage billed rate limiting",
  ],
  "/waf/reference/legacy/old-rate-limiting/upgrade/": [
    "rate limiting api sunset",
    "upgrade old rate limiting rules to the new version",
    "cf-terraforming for rate limiting rules",
  ],
  "/waf/reference/legacy/old-waf-managed-rules/": [
    "old waf managed rules and owasp package",
    "previous waf managed rules sensitivity",
  ],
  "/waf/reference/legacy/old-waf-managed-rules/upgrade/": [
    "upgrade to the new waf managed rules",
    "what happens to my old waf settings when i migrate",
    "cannot upgrade waf managed rules",
  ],
  "/waf/reference/legacy/old-waf-managed-rules/troubleshooting/": [
    "old waf managed rules false positives",
    "troubleshoot previous waf managed rules",
  ],
  "/waf/reference/legacy/old-rate-limiting/troubleshooting/": [
    "previous rate limiting not triggering",
    "troubleshoot legacy rate limiting",
  ],
  "/waf/tools/ip-access-rules/actions/": [
    "what block allow challenge do for ip access rules",
    "whitelist an ip so it skips all security checks",
    "does an allowed ip skip under attack mode and the waf",
  ],
  "/waf/tools/ip-access-rules/parameters/": [
    "ip range sizes allowed in ip access rules",
    "block a country or asn with ip access rules",
    "which cidr ranges an ip access rule accepts",
  ],
  "/waf/tools/lists/create-dashboard/": [
    "upload ip addresses from a csv to a list",
    "create an ip list in the dashboard",
    "bulk import a blocklist of ip addresses",
  ],
  "/waf/tools/lists/lists-api/": ["manage ip lists with the api", "lists api rate limits"],
  "/waf/tools/lists/lists-api/endpoints/": [
    "add items to a list via api",
    "replace all items of an ip list",
  ],
  "/waf/tools/lists/managed-lists/": [
    "block known vpn, tor or botnet ips with a managed list",
    "cloudflare managed ip lists for open proxies",
  ],
  "/waf/tools/lists/use-in-expressions/": [
    "reference an ip list in a rule expression",
    "ip.src in $my_list",
    "block every ip in my list with one rule",
  ],
  "/waf/tools/privacy-pass/": [
    "fewer captchas for tor and vpn users",
    "privacy pass browser extension",
    "visitors on shared networks see too many challenges",
  ],
  "/waf/tools/replace-insecure-js-libraries/": [
    "polyfill.io replaced automatically",
    "rewrite links to compromised javascript libraries",
    "my site loads a script from a hijacked cdn",
  ],
  "/waf/tools/validation-checks/": [
    "requests blocked before any of my rules run",
    "shellshock and malformed request validation",
  ],
  "/waf/troubleshooting/blocked-bing-site-scans/": [
    "bing webmaster tools site scan gets blocked",
    "bing site scan 403",
  ],
  "/waf/troubleshooting/facebook-sharing/": [
    "facebook link preview shows attention required",
    "sharing my site on facebook fails",
  ],
  "/waf/troubleshooting/fake-bot-managed-rules/": [
    "my monitoring tool pretending to be googlebot gets blocked",
    "fake googlebot rule false positive",
  ],
  "/waf/troubleshooting/phase-interactions/": [
    "my custom rule does not match after a url rewrite",
    "ip access rule allow bypasses my custom rules",
    "skip vs allow behave differently",
  ],
  "/waf/troubleshooting/samesite-cookie-interaction/": [
    "cf_clearance cookie not sent in an iframe",
    "samesite cookies and cloudflare challenges",
    "challenge loops inside an embedded page",
  ],
  "/bots/account-abuse-protection/": [
    "stop fake account signups and account takeovers",
    "detect bulk account creation with disposable emails",
    "fraud detection for user accounts",
    "my signup page is filling up with fake accounts",
  ],
  "/bots/additional-configurations/custom-rules/": [
    "use the bot score in my own waf rules",
    "protect only my checkout path from bots",
    "bot settings toggles vs custom rules",
  ],
  "/bots/additional-configurations/detection-ids/": [
    "block a specific bot detection id",
    "cf.bot_management.detection_ids in a rule",
    "run bot management but ignore one heuristic",
  ],
  "/bots/additional-configurations/detection-ids/account-takeover-detections/": [
    "detect credential stuffing on my login endpoint",
    "account takeover detection ids",
    "too many failed logins from one network",
  ],
  "/bots/additional-configurations/detection-ids/additional-detections/": [
    "residential proxy bot detection",
    "bots hiding behind home ip addresses",
  ],
  "/bots/additional-configurations/detection-ids/scraping-detections/": [
    "stop someone scraping my whole site",
    "volumetric scraping detection ids",
  ],
  "/bots/additional-configurations/ja3-ja4-fingerprint/": [
    "block a client by its tls fingerprint",
    "ja3 and ja4 hashes in rules",
    "allow my mobile app by tls fingerprint",
  ],
  "/bots/additional-configurations/ja3-ja4-fingerprint/signals-intelligence/": [
    "why did this request get a low bot score",
    "ja4 signals intelligence fields",
  ],
  "/bots/additional-configurations/sequence-rules/": [
    "block clients that skip the login page and hit the api directly",
    "rules based on the order of requests",
    "time between requests in a bot rule",
  ],
  "/bots/additional-configurations/static-resources/": [
    "apply bot protection to images, css and js files",
    "static resource protection blocks email clients",
    "should images and css files be checked for bots too",
  ],
  "/bots/concepts/bot-detection-engines/": [
    "how cloudflare detects bots",
    "heuristics vs machine learning vs anomaly detection",
  ],
  "/bots/concepts/bot-tags/": [
    "why was this request scored as a bot",
    "see the reason a visitor was flagged as automated",
  ],
  "/bots/concepts/bot/": [
    "good bots vs bad bots",
    "which bots does cloudflare block by default",
    "how cloudflare treats ai crawlers and search engine bots",
  ],
  "/bots/concepts/bot/signed-agents/policy/": [
    "requirements to list my ai agent as a signed agent",
    "signed agent policy",
  ],
  "/bots/concepts/bot/verified-bots/policy/": [
    "requirements to become a verified bot",
    "my crawler was rejected from the verified bots list",
  ],
  "/bots/concepts/feedback-loop/": [
    "report a bot that got a human score",
    "report humans wrongly scored as bots",
    "a scraper keeps getting through as if it were human",
  ],
  "/bots/plans/biz-and-ent/": [
    "bot protection on the business plan",
    "super bot fight mode features for business",
  ],
  "/bots/plans/bm-subscription/": [
    "what comes with enterprise bot management",
    "what the enterprise bot add-on gives beyond super bot fight mode",
  ],
  "/bots/plans/free/": [
    "bot protection on the free plan",
    "what bot fight mode includes for free",
    "can i block bots without paying",
  ],
  "/bots/plans/pro/": [
    "bot protection on the pro plan",
    "super bot fight mode on pro",
    "what extra bot blocking do i get after upgrading to pro",
  ],
  "/bots/reference/alerts/": [
    "alert me when bot traffic spikes",
    "tell me when scrapers suddenly hit my site",
  ],
  "/bots/reference/bot-management-variables/": [
    "bot score field names for rules and workers",
    "request.cf.botManagement in a worker",
    "cf.bot_management.verified_bot field",
  ],
  "/bots/reference/bot-verification/ip-validation/": [
    "verify a bot by reverse dns or ip list",
    "publish ip ranges for my crawler",
    "cloudflare cannot verify my bot's ip addresses",
  ],
  "/bots/reference/machine-learning-models/": [
    "enable auto updates for bot detection models",
    "bot management machine learning model versions",
  ],
  "/bots/reference/sample-terms/": [
    "terms of service wording that forbids ai scraping",
    "sample terms against ai training on my content",
  ],
  "/bots/troubleshooting/bot-management-skips/": [
    "bot score missing on some requests",
    "ja3 field empty",
    "why bot management did not score a request",
  ],
  "/bots/troubleshooting/wordpress-loopback-issue/": [
    "wordpress site health loopback request fails",
    "bot protection blocks wordpress requests to itself",
    "optimize for wordpress setting",
    "wordpress scheduled posts and cron stop running after i blocked bots",
  ],
  "/bots/workers-templates/delay-action/": [
    "slow down likely bots instead of blocking them",
    "delay responses to low bot score requests with a worker",
  ],
  "/turnstile/additional-configuration/ephemeral-id/": [
    "identify the same device across many signups without cookies",
    "spot one attacker rotating ip addresses on my form",
  ],
  "/turnstile/additional-configuration/hostname-management/": [
    "which domains can use my turnstile widget",
    "turnstile fails on a domain not added to the widget",
    "add a hostname to a widget",
    "use the same captcha keys on my staging and production sites",
  ],
  "/turnstile/additional-configuration/hostname-management/any-hostname/": [
    "use one turnstile widget on any domain",
    "turnstile for customer domains without listing hostnames",
  ],
  "/turnstile/additional-configuration/hostname-management/pre-clearance/": [
    "turnstile pre-clearance hostname setup",
    "skip the waf challenge after solving turnstile",
  ],
  "/turnstile/additional-configuration/offlabel/": [
    "remove the cloudflare logo from the captcha",
    "white label turnstile widget",
  ],
  "/turnstile/community-resources/": [
    "turnstile react, vue or svelte component",
    "turnstile libraries for my framework",
    "wordpress plugin for turnstile",
  ],
  "/turnstile/extensions/google-firebase/": [
    "firebase app check with turnstile",
    "protect my firebase backend from bots",
  ],
  "/turnstile/get-started/widget-management/api/": [
    "create a turnstile widget with the api",
    "turnstile widgets endpoint",
  ],
  "/turnstile/get-started/widget-management/dashboard/": [
    "add a turnstile widget in the dashboard",
    "find my turnstile site key",
  ],
  "/turnstile/get-started/widget-management/terraform/": [
    "manage turnstile widgets with terraform",
    "import existing turnstile widgets into terraform",
  ],
  "/turnstile/reference/content-security-policy/": [
    "turnstile blocked by my content security policy",
    "csp directives needed for challenges.cloudflare.com",
    "refused to load script from challenges.cloudflare.com",
  ],
  "/turnstile/reference/supported-languages/": [
    "change the language of the turnstile widget",
    "turnstile language codes",
  ],
  "/turnstile/troubleshooting/client-side-errors/": [
    "handle turnstile error-callback",
    "turnstile widget fails to load in the browser",
    "retry turnstile after an error",
  ],
  "/turnstile/troubleshooting/feedback-reports/": [
    "visitors cannot pass turnstile and send feedback",
    "a visitor says they can't get past the human check on my form",
  ],
  "/turnstile/turnstile-analytics/": [
    "see how many people solve my captcha",
    "turnstile widget metrics by country and browser",
  ],
  "/turnstile/turnstile-analytics/challenge-outcomes/": [
    "turnstile solve rate meaning",
    "challenges issued vs solved in turnstile",
  ],
  "/turnstile/turnstile-analytics/token-validation/": [
    "how many turnstile tokens failed siteverify",
    "high rate of invalid turnstile tokens",
  ],
  "/turnstile/tutorials/conditionally-enforcing-turnstile/": [
    "skip turnstile for my own automation or trusted ips",
    "bypass the captcha with a shared secret header",
  ],
  "/turnstile/tutorials/excluding-turnstile-from-e2e-tests/": [
    "playwright or cypress tests blocked by turnstile",
    "exclude turnstile from end to end tests",
    "dummy sitekey for selenium tests",
  ],
  "/turnstile/tutorials/fraud-detection-with-ephemeral-ids/": [
    "detect many fake accounts from one device",
    "log ephemeral ids to find signup fraud",
  ],
  "/turnstile/tutorials/integrating-turnstile-waf-and-bot-management/": [
    "combine turnstile with waf and bot management on login",
    "layered bot defense for my auth system",
  ],
  "/cloudflare-challenges/challenge-types/challenge-pages/additional-configuration/": [
    "custom html for the challenge page",
    "change the favicon on the challenge page",
    "brand the verify you are human page",
  ],
  "/cloudflare-challenges/challenge-types/challenge-pages/challenge-passage/": [
    "make visitors solve the challenge less often",
    "set how long challenge clearance lasts",
    "visitors get challenged again on every page",
  ],
  "/cloudflare-challenges/challenge-types/challenge-pages/create-custom-rule/": [
    "show a managed challenge with a waf custom rule",
    "challenge requests matching an expression",
  ],
  "/cloudflare-challenges/challenge-types/challenge-pages/detect-response/": [
    "detect a challenge response in my javascript fetch",
    "cf-mitigated header equals challenge",
    "my ajax calls get a challenge page instead of json",
  ],
  "/cloudflare-challenges/challenge-types/challenge-pages/resolve-challenge/": [
    "i keep getting challenged on a site i visit",
    "can cloudflare remove a challenge for me",
    "how do i get past the verification on someone else's site",
  ],
  "/cloudflare-challenges/challenge-types/turnstile/": [
    "turnstile widget vs challenge pages",
    "challenge inside my own page instead of an interstitial",
  ],
  "/cloudflare-challenges/reference/challenge-solve-rate/": [
    "what challenge solve rate tells me",
    "low csr means my rule challenges real users",
  ],
  "/cloudflare-challenges/reference/private-access-tokens/": [
    "private access tokens on apple devices",
    "expected 401 responses in challenge logs",
    "iphone users skip the captcha automatically",
  ],
  "/cloudflare-challenges/reference/supported-languages/": [
    "challenge page in my visitors' language",
    "challenge page languages",
    "security check page shows in english to my spanish visitors",
  ],
  "/cloudflare-challenges/troubleshooting/": [
    "cors preflight requests failing with a challenge",
    "stop challenges for my api or monitoring service",
    "my api calls get an html challenge page instead of json",
  ],
  "/ddos-protection/about/": [
    "is ddos protection unmetered on every plan",
    "am i charged for traffic during a ddos attack",
  ],
  "/ddos-protection/about/attack-coverage/": [
    "which ddos attack types are covered",
    "syn flood, udp flood and http flood protection",
    "protect my dns servers from ddos",
  ],
  "/ddos-protection/about/components/": [
    "how cloudflare detects ddos attacks at the edge",
    "dosd and the centralized ddos system",
    "where ddos attacks are stopped in cloudflare's network",
  ],
  "/ddos-protection/advanced-ddos-systems/api/dns-protection/": [
    "advanced dns protection api endpoints",
    "configure dns flood protection via api",
  ],
  "/ddos-protection/advanced-ddos-systems/api/dns-protection/examples/": [
    "create a dns protection rule with the api",
    "list advanced dns protection rules",
  ],
  "/ddos-protection/advanced-ddos-systems/api/programmable-flow-protection/": [
    "programmable flow protection api endpoints",
    "upload an ebpf program for udp protection via api",
  ],
  "/ddos-protection/advanced-ddos-systems/api/programmable-flow-protection/examples/": [
    "upload and update a flow protection program",
    "debug a flow protection program with a pcap",
  ],
  "/ddos-protection/advanced-ddos-systems/api/tcp-protection/": [
    "advanced tcp protection api endpoints",
    "syn flood and out-of-state tcp rules via api",
  ],
  "/ddos-protection/advanced-ddos-systems/api/tcp-protection/examples/": [
    "enable advanced tcp protection with the api",
    "add prefixes to advanced tcp protection",
  ],
  "/ddos-protection/advanced-ddos-systems/concepts/": [
    "burst, rate and profile sensitivity explained",
    "monitoring vs mitigation mode for tcp protection",
    "advanced ddos prefixes, rules and filters",
  ],
  "/ddos-protection/advanced-ddos-systems/how-to/add-prefix-allowlist/": [
    "allowlist an ip in advanced tcp protection",
    "exempt trusted sources from flowtrackd",
  ],
  "/ddos-protection/advanced-ddos-systems/how-to/add-prefix/": [
    "add an ip range to advanced ddos protection",
    "onboard a prefix to advanced tcp protection",
  ],
  "/ddos-protection/advanced-ddos-systems/how-to/create-filter/": [
    "switch advanced tcp protection to monitoring for some traffic",
    "create a filter for syn flood protection",
  ],
  "/ddos-protection/advanced-ddos-systems/how-to/create-rule/": [
    "create an advanced tcp protection rule in the dashboard",
    "create an advanced dns protection rule",
  ],
  "/ddos-protection/advanced-ddos-systems/how-to/exclude-prefix/": [
    "exclude part of a prefix from advanced ddos protection",
    "skip flowtrackd for a subnet",
  ],
  "/ddos-protection/advanced-ddos-systems/overview/": [
    "automatic thresholds for advanced ddos protection",
    "advanced ddos protection general settings",
  ],
  "/ddos-protection/advanced-ddos-systems/overview/advanced-dns-protection/": [
    "stop random prefix dns attacks on my nameservers",
    "water torture attack protection",
    "advanced dns protection with magic transit",
  ],
  "/ddos-protection/advanced-ddos-systems/overview/advanced-tcp-protection/": [
    "mitigate spoofed ack floods",
    "stateful tcp protection for magic transit",
    "out-of-state tcp protection",
  ],
  "/ddos-protection/advanced-ddos-systems/overview/programmable-flow-protection/": [
    "ddos protection for my game server udp protocol",
    "write an ebpf program to filter udp packets",
    "custom udp protocol ddos mitigation",
  ],
  "/ddos-protection/advanced-ddos-systems/troubleshooting/": [
    "advanced tcp protection drops legitimate traffic",
    "tcp protection not blocking an attack",
    "move from monitoring to mitigation safely",
  ],
  "/ddos-protection/best-practices/third-party/": [
    "another cdn in front of cloudflare triggers ddos rules",
    "traffic from a vpn or nat flagged as a ddos attack",
  ],
  "/ddos-protection/botnet-threat-feed/": [
    "find which of my customers' ips are in ddos botnets",
    "botnet threat feed for isps and hosting providers",
  ],
  "/ddos-protection/managed-rulesets/": [
    "ddos managed rulesets for l3/4 and l7",
    "which ddos managed rulesets exist",
    "change how aggressively attacks are blocked on my zone",
  ],
  "/ddos-protection/managed-rulesets/http/http-overrides/configure-api/": [
    "change http ddos rule sensitivity with the api",
    "http ddos override via rulesets api",
  ],
  "/ddos-protection/managed-rulesets/http/http-overrides/configure-dashboard/": [
    "create an http ddos override in the dashboard",
    "lower ddos rule sensitivity for my zone",
  ],
  "/ddos-protection/managed-rulesets/http/http-overrides/override-examples/": [
    "my mobile app traffic is blocked by a ddos rule",
    "ddos protection false positive on a traffic spike",
    "ddos attack not fully mitigated",
  ],
  "/ddos-protection/managed-rulesets/http/http-overrides/override-expressions/": [
    "apply a ddos override only to some hostnames",
    "scope http ddos overrides with an expression",
  ],
  "/ddos-protection/managed-rulesets/http/override-parameters/": [
    "http ddos rule actions and sensitivity levels",
    "essentially off sensitivity for ddos rules",
  ],
  "/ddos-protection/managed-rulesets/http/rule-categories/": [
    "http ddos rule tags and categories",
    "what each http ddos rule category detects",
  ],
  "/ddos-protection/managed-rulesets/network/network-overrides/": [
    "customize network layer ddos mitigation rules",
    "network ddos override use case",
  ],
  "/ddos-protection/managed-rulesets/network/network-overrides/configure-api/": [
    "network ddos override via api",
    "change l3/4 ddos rule action with the rulesets api",
  ],
  "/ddos-protection/managed-rulesets/network/network-overrides/configure-dashboard/": [
    "create a network layer ddos override in the dashboard",
    "delete a network ddos override",
  ],
  "/ddos-protection/managed-rulesets/network/network-overrides/override-examples/": [
    "my vpn traffic is blocked by a udp ddos rule",
    "network ddos override examples",
  ],
  "/ddos-protection/managed-rulesets/network/network-overrides/override-expressions/": [
    "scope a network ddos override by destination ip or port",
    "network ddos override expression fields",
  ],
  "/ddos-protection/managed-rulesets/network/override-parameters/": [
    "network ddos rule actions and sensitivity",
    "log instead of block for l3/4 ddos rules",
  ],
  "/ddos-protection/managed-rulesets/network/rule-categories/": [
    "network ddos rule categories",
    "udp, tcp and gre attack rule tags",
  ],
  "/ddos-protection/reference/reports/": [
    "download a ddos attack report",
    "weekly ddos report email",
  ],
  "/api-shield/api-gateway/": [
    "use cloudflare as an api gateway",
    "replace aws api gateway or kong with cloudflare",
    "need auth, routing and rate limits in front of my microservices",
  ],
  "/api-shield/management-and-monitoring/api-routing/": [
    "route api paths to different backend services",
    "one public api in front of several microservices",
    "send /users to one backend and /orders to another",
  ],
  "/api-shield/management-and-monitoring/developer-portal/": [
    "publish interactive api docs from my openapi schema",
    "build a developer portal for my api",
    "swagger style docs site for my api",
  ],
  "/api-shield/management-and-monitoring/endpoint-labels/": [
    "label api endpoints like login or signup",
    "risk labels for api endpoints",
    "organize my api endpoints by purpose",
  ],
  "/api-shield/management-and-monitoring/endpoint-management/schema-learning/": [
    "generate an openapi schema from live traffic",
    "export a learned api schema",
  ],
  "/api-shield/management-and-monitoring/session-identifiers/": [
    "set a session identifier header for api shield",
    "tell api shield how to identify api users",
    "use the authorization header to tell api clients apart",
    "my api users share an ip so per-ip limits don't work",
  ],
  "/api-shield/reference/classic-schema-validation/": [
    "classic schema validation deprecated",
    "old api shield schema validation",
  ],
  "/api-shield/reference/terraform/": [
    "configure api shield with terraform",
    "terraform for schema validation and jwt validation",
  ],
  "/api-shield/security/": [
    "which api security features does cloudflare offer",
    "api discovery, posture and runtime protection overview",
    "my api keeps getting abused, which protections exist",
  ],
  "/api-shield/security/authentication-posture/": [
    "find api endpoints missing authentication",
    "endpoints that allow unauthenticated requests",
    "an endpoint that should need a token accepts anonymous calls",
  ],
  "/api-shield/security/graphql-protection/": [
    "block overly deep or expensive graphql queries",
    "graphql query depth limit",
    "nested graphql queries overloading my server",
  ],
  "/api-shield/security/graphql-protection/api/": [
    "set graphql query size and depth limits via api",
    "gather graphql query statistics",
  ],
  "/api-shield/security/jwt-validation/api/": [
    "require a valid jwt on my api with the cloudflare api",
    "jwks token configuration for jwt validation",
    "reject requests with expired jwt tokens",
  ],
  "/api-shield/security/jwt-validation/jwt-worker/": [
    "keep jwt validation keys in sync with my identity provider",
    "worker that refreshes jwks automatically",
  ],
  "/api-shield/security/jwt-validation/transform-rules/": [
    "forward verified jwt claims to my origin in a header",
    "use jwt claims in transform rules",
  ],
  "/api-shield/security/mtls/configure/": [
    "require client certificates for my api host",
    "api calls without a valid client cert are rejected",
    "check for revoked client certificates",
  ],
  "/api-shield/security/schema-validation/api/": [
    "upload an openapi schema with the api",
    "set schema validation mitigation action per endpoint",
    "enforce request body format on my api",
  ],
  "/api-shield/security/sequence-analytics/": [
    "see the order users call my api endpoints",
    "what steps do clients take through my api before buying",
  ],
  "/api-shield/security/sequence-mitigation/api/": [
    "create sequence mitigation rules via api",
    "sequence rule object fields",
  ],
  "/api-shield/security/sequence-mitigation/custom-rules/": [
    "block api calls made out of order",
    "sequence custom rules with session identifiers",
  ],
  "/api-shield/security/sequence-mitigation/manage-sequence-rules/": [
    "edit or reprioritize sequence rules",
    "manage api sequence rules in the dashboard",
  ],
  "/api-shield/security/vulnerability-scanner/": [
    "scan my api for bola vulnerabilities",
    "run an api vulnerability scan with credentials",
    "test whether users can read other users' data through my api",
  ],
  "/client-side-security/alerts/alert-types/": [
    "alert when a new script appears on my site",
    "code change and malicious script alerts",
  ],
  "/client-side-security/alerts/configure/": [
    "set up client-side security notifications",
    "get an email about malicious scripts",
    "get a webhook or email about bad scripts on my store",
  ],
  "/client-side-security/best-practices/deploy-rules-in-production/": [
    "roll out content security rules without breaking my site",
    "test csp rules in log mode first",
    "my csp broke checkout after i enforced it",
  ],
  "/client-side-security/best-practices/handle-an-alert/": [
    "investigate a suspicious script alert",
    "is this third-party script malicious",
    "got an alert about a script, what do i do now",
  ],
  "/client-side-security/detection/monitor-connections-scripts/": [
    "see which scripts and third-party connections run on my pages",
    "list cookies set on my domain",
    "export detected scripts",
  ],
  "/client-side-security/detection/review-changed-scripts/": [
    "find javascript files that changed",
    "a vendor's javascript changed without warning",
  ],
  "/client-side-security/detection/review-malicious-scripts/": [
    "magecart or skimming script on my checkout",
    "review scripts flagged as malicious",
    "credit card skimmer injected into my online store",
  ],
  "/client-side-security/faq/": [
    "what happens to my origin csp header with content security rules",
    "can i use a csp nonce with page shield",
  ],
  "/client-side-security/how-it-works/": [
    "how page shield collects scripts with csp report-only",
    "csp headers added by client-side security",
    "how does cloudflare see the scripts running in visitors' browsers",
  ],
  "/client-side-security/how-it-works/malicious-script-detection/": [
    "how cloudflare decides a script is malicious",
    "malicious url and domain checks for scripts",
  ],
  "/client-side-security/reference/api/": [
    "page shield api to list detected scripts",
    "enable client-side security via api",
  ],
  "/client-side-security/reference/csp-header/": [
    "content-security-policy-report-only header from cloudflare",
    "csp report-only header format",
  ],
  "/client-side-security/reference/pci-dss/": [
    "pci dss 6.4.3 and 11.6.1 payment page scripts",
    "meet pci v4 script monitoring requirements",
    "pci compliance for scripts on my payment page",
  ],
  "/client-side-security/reference/roles-and-permissions/": [
    "who can access page shield",
    "api token permission for client-side security",
  ],
  "/client-side-security/reference/script-statuses/": [
    "script statuses active, infrequent, inactive",
    "what the connection status means",
  ],
  "/client-side-security/reference/settings/": [
    "use my own hostname for csp reports",
    "turn off client-side resource monitoring",
  ],
  "/client-side-security/rules/create-dashboard/": [
    "only let my payment provider's scripts run on the payment page",
    "allowlist script sources for my checkout page",
  ],
  "/client-side-security/rules/csp-directives/": [
    "which csp directives content security rules support",
    "img-src and frame-src in content security rules",
  ],
  "/client-side-security/rules/violations/": [
    "see scripts blocked by my content security rules",
    "csp violation reports via graphql or logpush",
  ],
  "/client-side-security/troubleshooting/": [
    "page shield shows no scripts after enabling",
    "duplicate csp headers in responses",
    "csp warnings in the browser console",
  ],
  "/ai-crawl-control/": [
    "see which ai companies crawl my website",
    "control how ai bots use my content",
    "where did ai audit go",
    "ai companies are using my articles without asking",
  ],
  "/ai-crawl-control/get-started/": [
    "block openai or anthropic crawlers on my domain",
    "first steps to monitor ai crawler activity",
    "which ai bots visit my blog and how to block them",
    "my server is overloaded by ai scrapers",
  ],
  "/ai-crawl-control/configuration/ai-crawl-control-with-bots/": [
    "block ai bots setting vs ai crawl control precedence",
    "which wins, bot rule or pay per crawl",
    "two settings both block ai crawlers, which one applies",
  ],
  "/ai-crawl-control/configuration/ai-crawl-control-with-transform-rules/": [
    "send licensing terms to blocked ai crawlers in a link header",
    "rsl license header for ai bots",
    "tell scrapers the license terms for reusing my content",
  ],
  "/ai-crawl-control/configuration/ai-crawl-control-with-waf/": [
    "my waf rule conflicts with ai crawler blocking",
    "ai crawler still allowed even though i blocked it",
    "extend the ai crawl control waf rule",
  ],
  "/ai-crawl-control/features/analyze-ai-traffic/": [
    "how often gptbot hits my pages",
    "which pages ai crawlers request most",
    "referrals from ai chat apps to my site",
    "is chatgpt sending visitors to my website",
  ],
  "/ai-crawl-control/features/manage-ai-crawlers/": [
    "allow one ai crawler and block the rest",
    "custom response code for blocked ai crawlers",
    "edit the block message ai bots receive",
    "let google search index me but keep ai training bots out",
  ],
  "/ai-crawl-control/features/pay-per-crawl/": [
    "charge ai companies to crawl my content",
    "make money when ai bots read my articles",
    "paywall for ai scrapers with http 402",
  ],
  "/ai-crawl-control/features/pay-per-crawl/faq/": [
    "can i set different prices per ai crawler",
    "is an ai bot charged for re-crawling or error pages",
  ],
  "/ai-crawl-control/features/pay-per-crawl/use-pay-per-crawl-as-ai-owner/connect-to-stripe/": [
    "pay for crawled content with stripe as an ai company",
    "billing for pay per crawl crawlers",
  ],
  "/ai-crawl-control/features/pay-per-crawl/use-pay-per-crawl-as-ai-owner/crawl-pages/": [
    "crawler-price and crawler-exact-price headers",
    "access paid content as an ai crawler",
    "402 payment required when my crawler fetches a page",
  ],
  "/ai-crawl-control/features/pay-per-crawl/use-pay-per-crawl-as-ai-owner/discover-payable-content/":
    ["list domains that charge for crawling", "discover pay per crawl sites with web bot auth"],
  "/ai-crawl-control/features/pay-per-crawl/use-pay-per-crawl-as-ai-owner/error-codes/": [
    "crawler-error header codes",
    "pay per crawl error responses",
  ],
  "/ai-crawl-control/features/pay-per-crawl/use-pay-per-crawl-as-ai-owner/set-up-cloudflare-account/":
    [
      "cloudflare account for an ai crawler operator",
      "sign up as an ai bot operator for pay per crawl",
    ],
  "/ai-crawl-control/features/pay-per-crawl/use-pay-per-crawl-as-ai-owner/verify-ai-crawler/": [
    "get my ai crawler verified for paid crawling",
    "sign crawler requests with web bot auth",
  ],
  "/ai-crawl-control/features/pay-per-crawl/use-pay-per-crawl-as-site-owner/advanced-configuration/":
    [
      "let ai crawlers see my homepage free but charge for articles",
      "disable pay per crawl on some paths",
    ],
  "/ai-crawl-control/features/pay-per-crawl/use-pay-per-crawl-as-site-owner/enable-in-account-settings/":
    ["turn on pay per crawl for my domains", "enable pay per crawl in account settings"],
  "/ai-crawl-control/features/pay-per-crawl/use-pay-per-crawl-as-site-owner/manage-payouts/": [
    "get paid by ai companies for my content",
    "connect stripe to receive pay per crawl payouts",
  ],
  "/ai-crawl-control/features/pay-per-crawl/use-pay-per-crawl-as-site-owner/monitor-activity/": [
    "see how much ai crawlers paid me",
    "monitor paid crawl activity",
  ],
  "/ai-crawl-control/features/pay-per-crawl/use-pay-per-crawl-as-site-owner/select-crawlers-to-charge/":
    ["choose which ai bots to charge, allow or block", "set charge action for ai crawlers in bulk"],
  "/ai-crawl-control/features/pay-per-crawl/use-pay-per-crawl-as-site-owner/set-a-pay-per-crawl-price/":
    ["price per request for ai crawlers", "set the pay per crawl price for my domain"],
  "/ai-crawl-control/features/pay-per-crawl/what-is-pay-per-crawl/": [
    "monetize ai crawler access with http 402",
    "how pay per crawl works",
  ],
  "/ai-crawl-control/features/track-robots-txt/": [
    "which ai crawlers ignore my robots.txt",
    "robots.txt violations by ai bots",
    "is my robots.txt reachable by crawlers",
  ],
  "/ai-crawl-control/reference/bots/": [
    "user agents of ai crawlers like gptbot and claudebot",
    "list of ai crawler operators and categories",
    "is perplexitybot or gptbot a verified crawler",
  ],
  "/ai-crawl-control/reference/graphql-api/": [
    "query ai crawler analytics with graphql",
    "export ai bot request data for reports",
    "pull ai crawler numbers into a spreadsheet or bi tool",
  ],
  "/ai-crawl-control/reference/redirects-for-ai-training/": [
    "send ai training crawlers to my canonical urls",
    "301 redirect ai crawlers to the canonical page",
    "ai answers quote outdated versions of my pages",
  ],
  "/ai-crawl-control/reference/worker-templates/": [
    "x402 payment gated proxy worker",
    "worker templates for handling ai crawlers",
    "charge bots per request with code that runs in front of my site",
  ],
  "/security-center/": [
    "central view of security risks across my cloudflare account",
    "security center features",
    "is anything misconfigured or exposed on my domains",
  ],
  "/security-center/get-started/": [
    "run a security scan of my cloudflare configuration",
    "how often security center scans my account",
  ],
  "/security-center/brand-protection/": [
    "find lookalike domains impersonating my brand",
    "detect phishing sites using my logo",
    "generate a cease and desist letter for a fake domain",
  ],
  "/security-center/cloudforce-one/": [
    "who is behind the attacks on my company",
    "request help from cloudflare's threat research team",
    "search threat indicators and adversaries",
  ],
  "/security-center/cloudforce-one/open-port-scanning/": [
    "scan my ip ranges for open ports",
    "open port alerts for magic transit prefixes",
  ],
  "/security-center/indicator-feeds/": [
    "share a custom threat indicator feed",
    "use a threat feed in gateway policies",
  ],
  "/security-center/infrastructure/": [
    "inventory of my domains and assets with issues",
    "which of my domains have security problems",
  ],
  "/security-center/infrastructure/security-file/": [
    "publish a security.txt file for my domain",
    "vulnerability disclosure contact file",
    "serve /.well-known/security.txt without touching my server",
  ],
  "/security-center/intel-apis/": [
    "look up reputation of an ip or domain via api",
    "passive dns and whois lookup api",
    "virustotal style lookups for ips and domains",
  ],
  "/security-center/intel-apis/limits/": [
    "how many threat intelligence api calls per month",
    "intel api quota by plan",
  ],
  "/security-center/intel-apis/manage-miscategorization-reports/": [
    "report a domain categorized wrongly",
    "miscategorization report api",
  ],
  "/security-center/investigate/": [
    "check if a url is malicious",
    "scan a suspicious link",
    "someone emailed me a link, is it safe to open",
  ],
  "/security-center/investigate/change-categorization/": [
    "my domain is in the wrong content category",
    "request a category change for a website",
    "my website is blocked by a company web filter as the wrong category",
  ],
  "/security-center/investigate/investigate-threats/": [
    "investigate an ip, domain, hash or asn",
    "who owns this ip address and is it dangerous",
    "is this domain phishing or malware",
  ],
  "/security-center/investigate/scan-limits/": [
    "url scanner limits per plan",
    "how many url scans can i run",
  ],
  "/security/": [
    "the security menu looks different in the dashboard",
    "where are the security settings in the new dashboard",
  ],
  "/security/analytics/": [
    "see all requests and which ones were blocked",
    "which countries the attacks on my site come from",
    "filter my traffic by bot score or attack score",
  ],
  "/security/overview/": [
    "security action items for my domain",
    "security posture of my site at a glance",
    "what security tasks should i fix first on my domain",
  ],
  "/security/rules/": [
    "list all my security rules in one place",
    "order in which security rules run",
    "rules are scattered around, where are all of them",
  ],
  "/security/security-insights/": [
    "find misconfigurations in my cloudflare account",
    "find risky settings like ssl off or unproxied records",
    "dns records exposing my origin ip",
  ],
  "/security/security-insights/how-it-works/": [
    "what security insights scans check",
    "security insights scan frequency",
  ],
  "/security/security-insights/review-insights/": [
    "resolve or archive a security insight",
    "export security insights",
  ],
  "/security/security-insights/roles-and-permissions/": [
    "roles needed to see security insights",
    "who can view security center insights",
  ],
  "/security/settings/": [
    "turn on security features for my domain in one page",
    "security settings by threat type",
    "where did bot fight mode and security level go in the new dashboard",
  ],
  "/security/web-assets/": [
    "discover my api endpoints in the security dashboard",
    "list the apis and scripts my site exposes to the internet",
    "see endpoints, sequences and scripts cloudflare found on my site",
  ],
  "/smart-shield/": [
    "reduce load on my origin server",
    "protect my origin from traffic spikes",
    "origin shield",
    "my hosting server crashes when traffic spikes",
  ],
  "/smart-shield/get-started/": [
    "my origin bandwidth bill is too high",
    "smart shield packages and plans",
    "cut origin egress and load with one setting",
  ],
  "/smart-shield/concepts/connection-reuse/": [
    "fewer connections from cloudflare to my origin",
    "connection coalescing to origin",
    "my server runs out of connections behind cloudflare",
  ],
  "/smart-shield/concepts/network-diagram/": [
    "how requests flow with smart shield",
    "smart shield network diagram",
  ],
  "/smart-shield/configuration/argo/": [
    "slow responses from my origin for far away visitors",
    "faster routes to my origin",
  ],
  "/smart-shield/configuration/cache-reserve/": [
    "keep my files cached longer using r2",
    "files fall out of cache and hit my origin again",
  ],
  "/smart-shield/configuration/cache-reserve/analytics/": [
    "what is stored in cache reserve",
    "cache reserve usage analytics",
  ],
  "/smart-shield/configuration/cache-reserve/operations/": [
    "cache reserve class a and class b operations",
    "what counts as a cache reserve read or write",
  ],
  "/smart-shield/configuration/dedicated-egress-ips/": [
    "fixed ip addresses that cloudflare uses to reach my origin",
    "allowlist only my account's egress ips at the origin",
    "aegis dedicated ips",
    "my host only accepts traffic from a few fixed ips",
  ],
  "/smart-shield/configuration/dedicated-egress-ips/how-it-works/connection-forwarding/": [
    "dedicated egress ip connection forwarding",
    "why ipv4 egress may come from another data center",
  ],
  "/smart-shield/configuration/dedicated-egress-ips/how-it-works/egress-ips/": [
    "byoip or leased egress ips to origin",
    "how dedicated egress ips are allocated",
  ],
  "/smart-shield/configuration/dedicated-egress-ips/ips-utilization/": [
    "monitor concurrent connections per egress ip",
    "dedicated egress ip capacity graphql",
  ],
  "/smart-shield/configuration/dedicated-egress-ips/other-products/": [
    "use dedicated egress ips with workers fetch",
    "dedicated egress ips with spectrum or load balancing",
  ],
  "/smart-shield/configuration/dedicated-egress-ips/setup/": [
    "turn on dedicated cdn egress ips for a zone",
    "check my dedicated egress ip status via api",
  ],
  "/smart-shield/configuration/health-checks/": [
    "monitor whether my origin server is up",
    "standalone origin health checks",
    "get alerted when my origin server goes down",
  ],
  "/smart-shield/configuration/health-checks/analytics/": [
    "health check says tcp connection failed",
    "origin health check timeout or response code mismatch",
  ],
  "/smart-shield/configuration/health-checks/setup/": [
    "create a health check and alert for my origin",
    "edit smart shield health checks",
  ],
  "/smart-shield/configuration/health-checks/zone-lockdown/": [
    "stop others running health checks against my ip",
    "health checks zone lockdown",
  ],
  "/smart-shield/configuration/regional-tiered-cache/": [
    "visitors in asia get slow cache misses from my us origin",
    "add a regional cache tier for global traffic",
  ],
  "/smart-shield/configuration/smart-tiered-cache/": [
    "fewer cache misses reaching my origin",
    "my origin gets the same request from many cloudflare data centers",
  ],
  "/firewall/": [
    "what happened to my old firewall rules",
    "firewall rules deprecated, moved to waf custom rules",
    "my old firewall rules disappeared from the dashboard",
  ],
  "/firewall/api/": [
    "manage legacy firewall rules through the api",
    "filters api and firewall rules api together",
  ],
  "/firewall/api/call-sequence/": [
    "create a filter first, then the firewall rule",
    "order of filters and firewall rules api calls",
  ],
  "/firewall/api/cf-filters/": [
    "cloudflare filters api for firewall expressions",
    "legacy filters api differences",
  ],
  "/firewall/api/cf-filters/validation/": [
    "validate a firewall expression before saving it",
    "validate-expr endpoint",
  ],
  "/firewall/api/cf-filters/what-is-a-filter/": [
    "what a firewall filter expression is",
    "filter expression returning true or false",
  ],
  "/firewall/api/cf-filters/post/": [
    "create several filters in one api call",
    "post filters example",
  ],
  "/firewall/api/cf-firewall-rules/": [
    "legacy firewall rules api",
    "firewall rules api vs rulesets api",
  ],
  "/firewall/api/cf-firewall-rules/put/": [
    "update many firewall rules in one transaction",
    "batch update legacy firewall rules",
  ],
  "/firewall/api/cf-firewall-rules/json-object/": [
    "firewall rule json priority conflicts",
    "legacy firewall rule object fields",
  ],
  "/firewall/cf-dashboard/create-edit-delete-rules/": [
    "create, edit or disable a legacy firewall rule",
    "reorder firewall rules in the dashboard",
  ],
  "/firewall/cf-dashboard/rule-preview/": [
    "test a firewall rule against past traffic before enabling",
    "see how many requests a rule would have blocked last week",
  ],
  "/firewall/cf-firewall-rules/": [
    "about cloudflare firewall rules",
    "legacy http request filtering rules",
  ],
  "/firewall/cf-firewall-rules/actions/": [
    "block, challenge, allow, log and bypass firewall actions",
    "legacy firewall rule actions",
  ],
  "/firewall/cf-firewall-rules/order-priority/": [
    "firewall rule priority numbers vs list order",
    "which firewall rule runs first",
  ],
  "/firewall/troubleshooting/required-changes-to-enable-url-normalization/": [
    "update firewall rules before turning on url normalization",
    "encoded paths slipping past my firewall rules",
  ],
  "/turnstile/spin/": [
    "set up turnstile with an ai coding agent",
    "let claude code or cursor add a captcha and siteverify worker",
    "turnstile spin prompt",
  ],
  "/waf/managed-rules/check-for-exposed-credentials/test-configuration/": [
    "test credentials that always count as exposed",
    "cf_exposed_password test login",
  ],
  "/waf/managed-rules/check-for-exposed-credentials/monitor-events/": [
    "see logins flagged with exposed credentials in security events",
    "exposed credentials log entries",
  ],
  "/waf/managed-rules/check-for-exposed-credentials/configure-terraform/": [
    "terraform rule for exposed credentials check",
    "exposed credentials check with terraform",
  ],
  "/waf/tools/lists/lists-api/json-object/": [
    "list item json for ips, hostnames, asns and redirects",
    "lists api object properties",
  ],
};
