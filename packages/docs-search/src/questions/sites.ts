// Questions people and agents ask that the pages about sites answer (DNS, cache, speed, and the
// account and domain basics in fundamentals), in their own words.
import type { PageQuestions } from "./types.ts";

export const SITES_QUESTIONS: PageQuestions = {
  "/dns/": [
    "manage dns for my domain with cloudflare",
    "change where my website address points without calling my host",
    "point my domain name to my server",
  ],
  "/dns/get-started/": [
    "set up dns for a new domain",
    "move my dns to cloudflare",
    "my domain is at godaddy and i want cloudflare to handle its dns",
  ],
  "/dns/manage-dns-records/": [
    "what dns records can i add",
    "manage records of my domain",
    "change the ip address my website points to",
  ],
  "/dns/manage-dns-records/how-to/create-dns-records/": [
    "add an a record pointing to my server's ip",
    "create, edit or delete a dns record",
    "point www to my hosting provider",
  ],
  "/dns/manage-dns-records/how-to/create-subdomain/": [
    "create a subdomain like blog.example.com",
    "add a subdomain",
    "point a subdomain to another server",
  ],
  "/dns/manage-dns-records/how-to/create-zone-apex/": [
    "point the root domain without www to my site",
    "naked domain record",
    "root record for example.com",
  ],
  "/dns/manage-dns-records/how-to/email-records/": [
    "set up mx, spf and dkim records for my email",
    "my email stopped working after moving dns",
    "dns records for google workspace or microsoft 365 mail",
  ],
  "/dns/manage-dns-records/how-to/import-and-export/": [
    "import a zone file with all my records",
    "export all dns records to a file",
    "bulk add dns records",
  ],
  "/dns/manage-dns-records/how-to/managing-dynamic-ip-addresses/": [
    "keep a record updated when my home ip changes",
    "dynamic dns with cloudflare",
    "update a dns record automatically from a script",
  ],
  "/dns/manage-dns-records/how-to/round-robin-dns/": [
    "several ip addresses for one hostname",
    "spread traffic with multiple a records",
    "multiple records with the same name",
  ],
  "/dns/manage-dns-records/how-to/subdomains-outside-cloudflare/": [
    "let another provider handle one subdomain",
    "delegate a subdomain with ns records",
    "keep a subdomain at another dns host",
  ],
  "/dns/manage-dns-records/how-to/batch-record-changes/": [
    "change many records in one api call",
    "bulk update dns records with the api",
    "create and delete many records at once",
  ],
  "/dns/manage-dns-records/reference/dns-record-types/": [
    "which record types are supported",
    "difference between a, aaaa, cname, txt, srv and caa records",
    "add an srv, caa or https record",
  ],
  "/dns/manage-dns-records/reference/ttl/": [
    "how long until my dns change takes effect",
    "set the ttl of a record",
    "dns changes are slow to propagate",
  ],
  "/dns/manage-dns-records/reference/wildcard-dns-records/": [
    "match every subdomain with one record",
    "wildcard record",
    "*.example.com dns record",
  ],
  "/dns/manage-dns-records/reference/record-attributes/": [
    "add comments or tags to dns records",
    "dns record comments and tags",
    "label my records",
  ],
  "/dns/manage-dns-records/troubleshooting/exposed-ip-address/": [
    "my server's real ip is visible",
    "hide the origin ip address",
    "dashboard warns my origin ip is exposed",
  ],
  "/dns/manage-dns-records/troubleshooting/records-with-same-name/": [
    "cannot add a record because one with the same name exists",
    "a record and cname with the same name conflict",
    "cname conflicts with another record",
  ],
  "/dns/proxy-status/": [
    "orange cloud versus grey cloud",
    "send traffic through cloudflare or only resolve dns",
    "what does proxied mean",
    "hide my server's ip behind the cdn",
  ],
  "/dns/proxy-status/limitations/": [
    "which ports and protocols can be proxied",
    "can i proxy ssh or mail through the orange cloud",
    "what can't be proxied",
  ],
  "/dns/cname-flattening/": [
    "cname at the root of my domain",
    "point the apex to a hostname like a load balancer",
    "my host tells me to use a cname for the bare domain",
  ],
  "/dns/dnssec/": [
    "turn on dnssec for my domain",
    "sign my dns zone",
    "add the ds record at my registrar",
    "stop attackers from faking my domain's dns answers",
  ],
  "/dns/dnssec/troubleshooting/": [
    "domain stopped resolving after enabling dnssec",
    "dnssec errors after changing nameservers",
    "bogus dnssec responses",
    "old dnskey records linger after i turned signing off",
  ],
  "/dns/nameservers/": [
    "which nameservers does my domain use",
    "assigned nameservers for my zone",
    "where to find my cloudflare nameservers",
  ],
  "/dns/nameservers/update-nameservers/": [
    "change nameservers at my registrar to cloudflare",
    "switch my domain's nameservers",
    "update ns records at my domain registrar",
    "where do i paste the two nameservers cloudflare gave me",
  ],
  "/dns/nameservers/custom-nameservers/": [
    "use ns1.mydomain.com as my nameservers",
    "vanity or branded nameservers",
    "white label nameservers",
  ],
  "/dns/zone-setups/full-setup/": [
    "use cloudflare as my primary dns provider",
    "full dns setup with cloudflare nameservers",
    "move all dns hosting to cloudflare",
  ],
  "/dns/zone-setups/partial-setup/": [
    "use cloudflare without changing nameservers",
    "keep my current dns provider and proxy through cname",
    "my domain's dns has to stay at my hosting company",
  ],
  "/dns/zone-setups/zone-transfers/": [
    "sync records with another dns provider",
    "secondary dns with zone transfers",
    "axfr to or from cloudflare",
    "keep route 53 and cloudflare dns records in sync",
  ],
  "/dns/zone-setups/troubleshooting/pending-nameservers/": [
    "my domain is stuck pending",
    "site not active after changing nameservers",
    "nameservers not updated yet",
  ],
  "/dns/zone-setups/troubleshooting/cannot-add-domain/": [
    "error when adding my domain",
    "domain can't be added to cloudflare",
    "subdomain or invalid domain when adding a site",
  ],
  "/dns/zone-setups/reference/domain-status/": [
    "what do active, pending and moved statuses mean",
    "zone status meanings",
    "why was my zone moved or deleted",
  ],
  "/dns/zone-setups/removal/": [
    "remove my domain from cloudflare",
    "delete a zone",
    "stop using cloudflare for a domain",
  ],
  "/dns/troubleshooting/dns-issues/": [
    "my domain does not resolve",
    "dns not working",
    "dns lookup fails for my site",
    "records not resolving",
  ],
  "/dns/troubleshooting/dns-probe-finished-nxdomain/": [
    "browser says dns_probe_finished_nxdomain",
    "site can't be reached dns error",
    "nxdomain for my domain",
    "my new domain does not load and the browser says the server ip could not be found",
  ],
  "/dns/dns-firewall/": [
    "protect my own nameservers with cloudflare in front",
    "dns firewall for my authoritative servers",
    "cache and protect upstream nameservers",
  ],
  "/dns/internal-dns/": [
    "private dns zones for my internal network",
    "internal dns for private hostnames",
    "resolve internal names for employees",
    "intranet hostnames that only resolve inside the company vpn",
  ],
  "/dns/additional-options/analytics/": [
    "how many dns queries does my domain get",
    "dns query analytics",
    "which records get queried most",
  ],
  "/dns/additional-options/reverse-zones/": [
    "set up reverse dns ptr records",
    "reverse lookup zone for my ip range",
    "reverse lookup of my own ip block returns nothing",
  ],
  "/dns/faq/": [
    "is dns hosting free and are queries unlimited",
    "how long until my dns change shows up everywhere",
    "why does my domain resolve to cloudflare ips instead of my server",
    "my txt record shows an extra quote in the middle of the value",
  ],
  "/cache/": [
    "cache my website's content near visitors",
    "cdn caching with cloudflare",
    "make my site load faster by caching",
    "my server gets hit for every image and css file",
  ],
  "/cache/get-started/": [
    "set up caching for my site",
    "how does caching work on cloudflare",
    "is my site being cached and how do i check",
    "turn on cdn caching for my website",
  ],
  "/cache/concepts/default-cache-behavior/": [
    "which files does cloudflare cache by default",
    "why is my html not cached",
    "file extensions cached automatically",
  ],
  "/cache/concepts/cache-control/": [
    "does cloudflare respect my cache-control headers",
    "origin headers that control caching",
    "max-age and s-maxage with cloudflare",
    "i set max-age on my server but the cdn seems to ignore it",
  ],
  "/cache/concepts/cdn-cache-control/": [
    "cache longer at the cdn than in the browser",
    "cdn-cache-control header",
    "different ttl for cloudflare and browsers",
  ],
  "/cache/concepts/cache-responses/": [
    "what do hit, miss, dynamic and bypass mean",
    "why does my response say dynamic",
    "cf-cache-status header says miss every time",
  ],
  "/cache/concepts/customize-cache/": [
    "change what gets cached and for how long",
    "keep my pages in the cdn longer than the default",
  ],
  "/cache/concepts/revalidation/": [
    "serve stale content while refreshing from origin",
    "stale-while-revalidate support",
    "etag and last-modified revalidation",
    "visitors wait while an expired page is fetched again from my server",
  ],
  "/cache/how-to/cache-rules/": [
    "cache everything including html",
    "bypass cache for some urls",
    "set cache behaviour for part of my site",
    "my html pages are never cached, only images",
  ],
  "/cache/how-to/cache-rules/settings/": [
    "cache rule options: edge ttl, browser ttl, cache key",
    "what can a cache rule change",
  ],
  "/cache/how-to/cache-rules/examples/bypass-cache-on-cookie/": [
    "don't cache pages for logged in users",
    "skip cache when a session cookie is present",
    "bypass cache for wordpress admins",
  ],
  "/cache/how-to/cache-rules/examples/cache-everything/": [
    "cache html pages too",
    "cache level cache everything",
    "cache dynamic pages at the edge",
  ],
  "/cache/how-to/cache-rules/examples/cache-everything-ignore-query-strings/": [
    "ignore query strings when caching",
    "same cached file regardless of query parameters",
    "cache key without query string",
  ],
  "/cache/how-to/cache-rules/page-rules-migration/": [
    "replace my page rules for caching",
    "page rule cache level to cache rules",
  ],
  "/cache/how-to/purge-cache/": [
    "clear the cache after i update my site",
    "visitors still see the old version",
    "force cloudflare to fetch fresh content",
  ],
  "/cache/how-to/purge-cache/purge-everything/": [
    "delete everything from the cache",
    "purge all cached files",
    "clear my whole site's cache",
  ],
  "/cache/how-to/purge-cache/purge-by-single-file/": [
    "clear one file from the cache",
    "purge a url from cache",
    "purge specific files",
  ],
  "/cache/how-to/purge-cache/purge-by-tags/": [
    "purge a group of files by tag",
    "cache-tag header purge",
    "invalidate related pages together",
  ],
  "/cache/how-to/purge-cache/purge_by_prefix/": [
    "clear everything under a folder from the cache",
    "purge a directory",
    "purge by url prefix",
  ],
  "/cache/how-to/purge-cache/purge-by-hostname/": [
    "clear the cache for one subdomain",
    "purge everything for a hostname",
  ],
  "/cache/how-to/edge-browser-cache-ttl/": [
    "how long files stay in cache",
    "change the browser cache expiry",
    "edge cache ttl setting",
    "how long does cloudflare keep files",
    "browsers keep an old css file for days after i deploy",
  ],
  "/cache/how-to/edge-browser-cache-ttl/set-browser-ttl/": [
    "set browser cache ttl for my zone",
    "how long browsers cache my files",
  ],
  "/cache/how-to/cache-keys/": [
    "cache different versions by cookie, header or device",
    "custom cache key",
    "cache by device type or language",
    "logged in and logged out users get the same cached page",
  ],
  "/cache/how-to/tiered-cache/": [
    "reduce requests to my origin server",
    "improve cache hit ratio with an upper tier",
    "tiered cache topology",
    "lower origin load with regional tiers",
    "every cdn location asks my origin separately for the same file",
  ],
  "/cache/how-to/set-caching-levels/": [
    "cache query string variations",
    "caching level setting",
    "standard, ignore query string or no query string",
    "the same page is cached many times because of utm tracking parameters",
  ],
  "/cache/how-to/always-online/": [
    "keep my site available when my server is down",
    "show a cached copy if the origin is offline",
    "serve stale pages when my origin fails",
  ],
  "/cache/how-to/configure-cache-status-code/": [
    "cache 404 responses for a short time",
    "cache ttl by status code",
    "don't cache 5xx errors",
  ],
  "/cache/advanced-configuration/cache-reserve/": [
    "keep content in cache for longer so the origin is hit less",
    "persistent cache backed by storage",
    "cache reserve pricing and setup",
    "long-term cdn storage for big files so my s3 egress bill drops",
  ],
  "/cache/advanced-configuration/early-hints/": [
    "send 103 early hints",
    "early hints for faster page loads",
    "preload headers before the page",
    "start loading css and fonts before my server finishes the page",
  ],
  "/cache/reference/development-mode/": [
    "stop caching while i edit my site",
    "temporarily bypass the cache to see changes immediately",
    "turn off caching for a few hours during development",
  ],
  "/cache/troubleshooting/dynamic-content-and-login-issues/": [
    "users see other people's logged in pages",
    "login stops working because of caching",
    "cached pages show the wrong user",
  ],
  "/cache/performance-review/cache-analytics/": [
    "what share of requests are served from cache",
    "cache hit ratio",
    "cache analytics dashboard",
    "which files are not cached",
  ],
  "/cache/interaction-cloudflare-products/workers/": [
    "control caching from a worker",
    "cache api versus cache rules in workers",
    "cache responses fetched by my worker",
    "cache api responses from my serverless function",
  ],
  "/cache/cache-security/cache-deception-armor/": [
    "protect against web cache deception",
    "someone could trick the cdn into storing a user's account page",
    "prevent caching private pages with fake extensions",
  ],
  "/speed/": [
    "make my website faster",
    "speed settings for my site",
    "my pages take several seconds to load",
    "speed up my website with cloudflare",
  ],
  "/speed/optimization/": [
    "which performance settings should i turn on",
    "recommended speed settings",
    "which speed toggles are safe to turn on for my site",
  ],
  "/speed/optimization/content/compression/": [
    "enable brotli or gzip compression",
    "compress text responses",
    "zstd compression",
    "compress responses from my origin",
  ],
  "/speed/optimization/content/rocket-loader/": [
    "load javascript asynchronously to speed up pages",
    "rocket loader breaks my scripts",
    "defer javascript loading",
  ],
  "/speed/optimization/protocol/http3/": [
    "turn on http/3 and quic",
    "enable quic for my domain",
    "http3 support",
  ],
  "/speed/optimization/protocol/http2/": [
    "http/2 for visitors",
    "is http2 enabled by default",
    "http/2 settings",
  ],
  "/speed/optimization/protocol/0-rtt-connection-resumption/": [
    "enable 0-rtt",
    "faster repeat connections with 0-rtt",
    "tls early data",
  ],
  "/speed/optimization/content/troubleshooting/disable-auto-minify/": [
    "auto minify is gone, how do i turn it off",
    "disable minification of html, css and js",
    "auto minify was deprecated",
  ],
  "/speed/optimization/content/fonts/": [
    "serve google fonts from my own domain for speed",
    "my pages wait on fonts from a third-party server",
    "faster web font loading",
  ],
  "/speed/optimization/content/speed-brain/": [
    "prefetch the next page a visitor will open",
    "speed brain prefetching",
    "make the next page load instantly",
  ],
  "/speed/observatory/": [
    "run a lighthouse speed test of my site",
    "measure core web vitals",
    "test my site's performance from cloudflare",
    "observatory page speed tests",
  ],
  "/speed/troubleshooting/slow-website/": [
    "my website is slow",
    "why does my site load slowly",
    "diagnose a slow site behind cloudflare",
  ],
  "/fundamentals/": [
    "put my website behind a cdn and a firewall",
    "how to get started with cloudflare",
    "what do i need ready before moving my site to cloudflare",
  ],
  "/fundamentals/manage-domains/add-site/": [
    "add my website to cloudflare",
    "put my site behind cloudflare",
    "connect my godaddy or namecheap domain to cloudflare",
  ],
  "/fundamentals/manage-domains/move-domain/": [
    "move a domain to another cloudflare account",
    "change which account a domain belongs to",
    "transfer a zone between accounts",
  ],
  "/fundamentals/manage-domains/pause-cloudflare/": [
    "temporarily turn off cloudflare for my site",
    "bypass cloudflare to debug my origin",
    "pause cloudflare on my site",
    "my site broke and i want to rule out cloudflare as the cause",
  ],
  "/fundamentals/manage-domains/redirect-domain/": [
    "send everyone from my old domain to the new one",
    "forward an old domain to a new one",
  ],
  "/fundamentals/manage-domains/remove-domain/": [
    "delete a site from my account",
    "stop cloudflare for a domain entirely",
  ],
  "/fundamentals/performance/maintenance-mode/": [
    "show a maintenance page while my site is down",
    "put my site into maintenance for an hour",
    "temporarily take my site offline",
    "maintenance page without code",
  ],
  "/fundamentals/performance/minimize-downtime/": [
    "avoid downtime when moving to cloudflare",
    "zero downtime migration to cloudflare",
    "keep my site online while switching nameservers",
  ],
  "/fundamentals/performance/improve-seo/": [
    "does cloudflare hurt seo",
    "improve search ranking",
    "seo best practices with cloudflare",
    "will putting my site behind a cdn change my google ranking",
  ],
  "/fundamentals/account/find-account-and-zone-ids/": [
    "where do i find my account id",
    "get the zone id of my domain",
    "find my zone id and account id in the dashboard",
  ],
  "/fundamentals/account/create-account/": ["sign up for cloudflare", "open a new account"],
  "/fundamentals/account/account-security/audit-logs/": [
    "who changed this setting",
    "see what my team changed yesterday",
    "history of changes in my account",
  ],
  "/fundamentals/account/account-security/review-audit-logs/": [
    "view the audit log of my account",
    "audit log of dashboard and api changes",
    "who deleted a dns record",
  ],
  "/fundamentals/account/account-security/secure-a-compromised-account/": [
    "my account was hacked",
    "someone else logged into my account",
    "lock down my account after a breach",
  ],
  "/fundamentals/account/change-super-admin/": [
    "transfer account ownership to someone else",
    "change the owner of my cloudflare account",
    "super administrator role",
    "the person who owns our account left the company",
  ],
  "/fundamentals/manage-members/": [
    "give my teammates access to the dashboard",
    "manage account members",
  ],
  "/fundamentals/manage-members/manage/": [
    "invite someone to my account",
    "remove a user from my account",
    "add a developer with limited access",
  ],
  "/fundamentals/manage-members/roles/": [
    "what can each role do",
    "give read only access to a colleague",
    "role for billing only",
    "member roles and permissions",
  ],
  "/fundamentals/manage-members/dashboard-sso/": [
    "log in to the dashboard with our company sso",
    "single sign on for the cloudflare dashboard",
    "enforce sso for all members",
  ],
  "/fundamentals/api/": [
    "use the cloudflare api",
    "automate my account with the rest api",
    "script changes to my domains instead of clicking in the dashboard",
  ],
  "/fundamentals/api/get-started/create-token/": [
    "create an api token with limited permissions",
    "get a token for scripts and automation",
    "api key for terraform or ci",
  ],
  "/fundamentals/api/get-started/account-owned-tokens/": [
    "api token that is not tied to a person",
    "token owned by the account for a service",
    "account api token for automation",
  ],
  "/fundamentals/api/get-started/keys/": [
    "where is my global api key",
    "global api key vs api token",
    "view my global api key",
  ],
  "/fundamentals/api/reference/limits/": [
    "how many api calls can i make",
    "api rate limit 1200 requests per five minutes",
    "429 too many requests from the api",
  ],
  "/fundamentals/api/reference/permissions/": [
    "which permission does my token need",
    "list of api token permissions",
    "permission groups for tokens",
  ],
  "/fundamentals/api/how-to/make-api-calls/": [
    "curl example for the cloudflare api",
    "call the api with a bearer token",
    "first api request",
  ],
  "/fundamentals/api/how-to/restrict-tokens/": [
    "limit a token to certain ip addresses or zones",
    "token expiry and ip restrictions",
    "least privilege api token",
  ],
  "/fundamentals/api/how-to/roll-token/": [
    "rotate an api token",
    "regenerate my api token",
    "my token leaked, create a new secret",
  ],
  "/fundamentals/api/troubleshooting/": [
    "api returns authentication error",
    "api error codes and fixes",
    "invalid request headers error from the api",
    "my curl call keeps coming back unauthorized",
  ],
  "/fundamentals/api/reference/sdks/": [
    "official sdks for the api in typescript, python, go",
    "cloudflare sdk for node, python or go",
  ],
  "/fundamentals/user-profiles/2fa/": [
    "turn on two factor authentication",
    "lost my 2fa device",
    "set up an authenticator app or security key",
  ],
  "/fundamentals/user-profiles/account-recovery/": [
    "can't log in to my account",
    "locked out of my account",
    "recover access without 2fa",
  ],
  "/fundamentals/user-profiles/change-password-or-email/": [
    "change my login email or password",
    "reset my password",
    "update my account email",
  ],
  "/fundamentals/user-profiles/delete-account/": [
    "close my cloudflare account",
    "delete my cloudflare user",
    "remove my profile and data",
  ],
  "/fundamentals/concepts/cloudflare-ip-addresses/": [
    "which ip addresses does cloudflare use",
    "allow cloudflare ips in my firewall",
    "cloudflare ip ranges list",
    "whitelist the cdn's ip ranges on my server firewall",
  ],
  "/fundamentals/concepts/how-cloudflare-works/": [
    "how does cloudflare work",
    "what does cloudflare do for my site",
    "reverse proxy explained",
  ],
  "/fundamentals/concepts/traffic-flow-cloudflare/": [
    "how a request flows through cloudflare",
    "order in which cloudflare features apply to a request",
  ],
  "/fundamentals/concepts/accounts-and-zones/": [
    "difference between an account and a zone",
    "what is a zone",
    "accounts, users and zones explained",
  ],
  "/fundamentals/reference/http-headers/": [
    "get the visitor's real ip at my origin",
    "cf-connecting-ip and x-forwarded-for headers",
    "headers cloudflare adds to requests",
  ],
  "/fundamentals/reference/network-ports/": [
    "which ports does cloudflare proxy",
    "run my site on a non standard port",
    "supported http and https ports",
  ],
  "/fundamentals/reference/connection-limits/": [
    "how long does cloudflare wait for my origin to respond",
    "connection timeouts and keep-alive",
    "how long can a request to my origin take before timing out",
    "error 524 after 100 seconds",
    "keep-alive and idle timeouts",
  ],
  "/fundamentals/reference/cloudflare-ray-id/": [
    "what is a ray id",
    "find a request by its ray id",
    "ray id in error pages",
    "the error page shows a long code at the bottom, what is it for",
  ],
  "/fundamentals/reference/under-attack-mode/": [
    "my site is being attacked, turn on extra protection",
    "interstitial check for every visitor",
    "visitors see a checking your browser page before my site",
  ],
  "/fundamentals/reference/cdn-cgi-endpoint/": [
    "what is /cdn-cgi/ on my site",
    "cdn-cgi paths added by cloudflare",
    "cdn-cgi/trace",
    "strange /cdn-cgi/ urls show up in my logs or search console",
  ],
  "/fundamentals/reference/markdown-for-agents/": [
    "serve markdown to ai agents",
    "convert html pages to markdown for llm crawlers",
    "make my pages cheaper for chatgpt and other ai bots to read",
  ],
  "/fundamentals/security/protect-your-origin-server/": [
    "only allow traffic from cloudflare to my server",
    "lock down my origin",
    "stop attackers bypassing cloudflare to reach my server",
  ],
  "/fundamentals/security/under-ddos-attack/": [
    "what to do during a ddos attack",
    "my site is under a ddos attack, what should i do",
    "steps to stop an ongoing attack",
  ],
  "/fundamentals/security/recovering-from-hacked-site/": [
    "my website was hacked",
    "clean up after a compromised website",
    "site defaced or injected with malware",
  ],
  "/fundamentals/organizations/": [
    "manage several accounts under one organization",
    "we have many accounts and want to manage them from one place",
    "group accounts in an organization",
  ],
  "/fundamentals/oauth/": [
    "build an app that signs in with cloudflare oauth",
    "oauth apps for the cloudflare api",
    "let my app act on a user's cloudflare account",
  ],
  "/dns/additional-options/dns-zone-defaults/": [
    "default settings for new zones",
    "every new domain i add should start with the same settings",
    "set default nameservers, ttl or soa values for new zones",
  ],
  "/dns/manage-dns-records/troubleshooting/": [
    "dns record problems",
    "the dashboard won't let me save a dns record",
  ],
  "/dns/manage-dns-records/troubleshooting/cname-domain-verification/": [
    "verify my domain for a third party service with a cname",
    "domain verification cname record",
    "a service asks me to add a cname to prove i own my domain",
  ],
  "/dns/zone-setups/subdomain-setup/": [
    "separate zone for a subdomain",
    "a different team manages dev.example.com on its own",
    "give a subdomain its own settings and team",
  ],
  "/dns/foundation-dns/": [
    "advanced nameservers with foundation dns",
    "dns for a large company that cannot afford any outage",
    "enterprise dns with dedicated nameservers and dnssec keys",
  ],
  "/dns/zone-setups/troubleshooting/delete-all-records/": [
    "delete all dns records at once",
    "remove every dns record",
    "start over with an empty dns zone",
  ],
  "/cache/how-to/": [
    "cache settings i can configure",
    "where are all the caching options for my site",
  ],
  "/cache/cache-security/avoid-web-poisoning/": [
    "prevent cache poisoning",
    "a bad request header made the cdn store a broken page for everyone",
    "attacker could make the cdn store a malicious response",
  ],
  "/cache/how-to/cache-rules/create-dashboard/": [
    "create a cache rule in the dashboard",
    "add a cache rule",
  ],
  "/cache/how-to/cache-rules/examples/edge-ttl/": [
    "set edge ttl with a cache rule",
    "edge ttl cache rule",
  ],
  "/cache/how-to/cache-rules/order/": [
    "which cache rule wins when several match",
    "cache rule order",
    "a later cache rule overrides my earlier one",
  ],
  "/cache/reference/etag-headers/": [
    "why are my etags weakened",
    "etag header removed or changed to w/ by cloudflare",
  ],
  "/cache/troubleshooting/always-online/": [
    "always online not showing my pages",
    "visitors still see an error while my server is down",
  ],
  "/cache/performance-review/cache-performance/": [
    "improve my cache hit ratio",
    "serve more of my site from the cdn instead of my server",
    "too many requests still reach my origin",
  ],
  "/cache/concepts/retention-vs-freshness/": [
    "how long is content kept in cache vs fresh",
    "eviction of cached files",
    "why was my file evicted before its ttl ended",
  ],
  "/cache/interaction-cloudflare-products/r2/": [
    "cache files from an r2 bucket",
    "cache an r2 bucket's public files",
    "serve images from my r2 bucket through the cdn cache",
    "put a cdn in front of my s3-compatible bucket",
  ],
  "/speed/optimization/content/prefetch-urls/": [
    "prefetch urls in link headers",
    "warm the cache with the pages visitors are likely to open next",
  ],
  "/speed/optimization/images/": [
    "optimize images for speed",
    "image optimization settings",
    "images make my pages heavy and slow",
  ],
  "/speed/optimization/protocol/": [
    "make connections to my site faster on mobile networks",
    "http/2, http/3 and 0-rtt",
  ],
  "/speed/observatory/test-results/": [
    "understand my speed test scores",
    "lighthouse results explained",
    "what do lcp, cls and tbt numbers in my report mean",
  ],
  "/speed/optimization/recommendations/": [
    "speed recommendations for my zone",
    "what should i change to make my site faster",
    "which speed features cloudflare suggests for my site",
  ],
  "/speed/observatory/rum-beacon/": [
    "real user monitoring for performance",
    "measure how fast pages load for my real visitors",
  ],
  "/speed/aim/": [
    "internet quality measurement",
    "why is my connection rated poor for streaming",
    "is my internet connection good enough for video calls and gaming",
  ],
  "/fundamentals/get-started/": [
    "new to cloudflare, where do i start",
    "set up my first site on cloudflare",
  ],
  "/fundamentals/reference/error-responses/": [
    "cloudflare error pages",
    "error codes returned by cloudflare",
    "what does a cloudflare error page with a ray id mean",
    "visitors see a cloudflare page with an error number instead of my site",
  ],
  "/fundamentals/reference/troubleshooting/": [
    "troubleshoot common cloudflare problems",
    "site works without the proxy but breaks with it",
    "my site broke after adding it to cloudflare",
  ],
  "/fundamentals/reference/tcp-connections/": [
    "how many tcp connections to my origin",
    "my server sees many long-lived connections from cloudflare",
  ],
  "/fundamentals/manage-domains/add-multiple-sites-automation/": [
    "add many domains with the api",
    "onboard hundreds of zones automatically",
  ],
  "/fundamentals/manage-domains/manage-subdomains/": [
    "manage subdomains of my site",
    "add shop.mysite.com for my online store",
    "add blog.example.com pointing to another host",
  ],
  "/fundamentals/api/how-to/create-via-api/": [
    "create api tokens with the api",
    "generate tokens programmatically",
  ],
  "/fundamentals/api/reference/template/": [
    "api token templates",
    "ready made token for editing dns",
  ],
  "/fundamentals/manage-members/policies/": [
    "member permission policies",
    "let a freelancer edit dns but not see billing",
    "give a contractor access to only one zone and one product",
  ],
  "/fundamentals/manage-members/user-groups/": [
    "groups of members with shared permissions",
    "give a new hire the same access as the rest of their team",
    "assign the same permissions to a whole team at once",
  ],
  "/fundamentals/account/account-security/manage-active-sessions/": [
    "log out other sessions",
    "see where i'm logged in",
  ],
  "/fundamentals/account/account-security/scim-setup/": [
    "provision dashboard users from okta or entra",
    "scim for the dashboard",
  ],
  "/fundamentals/reference/cloudflare-site-crawling/": [
    "cloudflare crawlers hitting my site",
    "cloudflare crawler user agents",
    "requests from a cloudflare bot show up in my logs",
  ],
  "/fundamentals/reference/policies-compliances/cloudflare-cookies/": [
    "which cookies cloudflare sets",
    "__cf_bm and cf_clearance cookies",
  ],
  "/fundamentals/reference/glossary/": [
    "cloudflare glossary of terms",
    "definitions of words like zone, proxy and edge in the dashboard",
  ],
  "/support/cloudflare-status/": [
    "is cloudflare down right now",
    "get alerted when cloudflare has an incident",
    "check the status page from a script or api",
  ],
  "/support/contacting-cloudflare-support/": [
    "open a support ticket with cloudflare",
    "phone number for emergency support",
    "what cloudflare support will not do for me",
    "where do i find my customer id for a support case",
    "talk to a human at cloudflare via chat",
  ],
  "/support/disruptive-maintenance/": [
    "when is a data center under planned maintenance",
    "maintenance calendar for cloudflare locations",
    "higher latency because a nearby location is in maintenance",
  ],
  "/support/third-party-software/content-management-system-cms/cloudflare-wordpress-plugin-automatic-cache-management/":
    [
      "purge the cache automatically when i publish a wordpress post",
      "wordpress plugin clears cache on edit or theme change",
      "readers see the old version of my blog post after updating it",
    ],
  "/support/third-party-software/content-management-system-cms/how-do-i-enable-http2-server-push-in-wordpress/":
    [
      "push css and javascript to the browser from wordpress",
      "http/2 server push for a wordpress site",
    ],
  "/support/third-party-software/content-management-system-cms/improving-web-security-for-content-management-systems-like-wordpress/":
    [
      "protect my wordpress admin and login from attacks",
      "managed waf rules block me from uploading images in wp-admin",
      "lock down wp-login.php with rate limiting or access",
      "harden a drupal or joomla site behind cloudflare",
    ],
  "/support/third-party-software/content-management-system-cms/speed-up-wordpress-and-improve-performance/":
    [
      "my wordpress pages are slow to load for visitors",
      "cache wordpress pages for visitors who are not logged in",
      "speed up a slow blog with caching and image optimization",
    ],
  "/support/third-party-software/content-management-system-cms/what-settings-are-applied-when-i-click-optimize-cloudflare-for-wordpress-in-cloudflares-wordpress-plugin/":
    [
      "what does the one-click optimize button in the wordpress plugin change",
      "recommended cloudflare settings for a wordpress site",
    ],
  "/support/third-party-software/content-management-system-cms/wordpress-jetpack-and-cloudflare/": [
    "jetpack stopped connecting after adding cloudflare",
    "xmlrpc.php blocked by the waf for jetpack",
    "waf rules that affect jetpack on wordpress",
  ],
  "/support/third-party-software/content-management-system-cms/wordpresscom-and-cloudflare/": [
    "use cloudflare with a site hosted on wordpress.com",
    "turn on apo for a wordpress.com blog",
    "point my wordpress.com domain's dns to cloudflare",
  ],
  "/support/third-party-software/forum-software/using-cloudflare-with-various-forums-vbulletin-xenforo-mybb/":
    [
      "put my vbulletin, xenforo or mybb forum behind cloudflare",
      "forum shows cloudflare ips instead of members' real ips",
    ],
  "/support/third-party-software/others/configure-cloudflare-and-heroku-over-https/": [
    "custom domain on a heroku app through cloudflare with https",
    "point my root domain at heroku using cloudflare dns",
    "redirect heroku app traffic to https",
  ],
  "/support/third-party-software/others/reduce-data-transfer-egress-costs-between-azure-and-cloudflare/":
    [
      "lower my azure egress bill when serving through cloudflare",
      "bandwidth alliance discount with microsoft azure",
      "azure routing preference for traffic to cloudflare",
    ],
  "/support/troubleshooting/general-troubleshooting/gathering-information-for-troubleshooting-sites/":
    [
      "generate a har file to send to support",
      "which cloudflare data center am i hitting (cdn-cgi/trace)",
      "run traceroute or mtr to show a network problem",
      "collect curl output and ray id for a support ticket",
      "what to include when reporting that my site is broken",
    ],
  "/support/troubleshooting/general-troubleshooting/geographic-traffic-routing/": [
    "my visitors are served from a far away data center",
    "why does traffic not go to the nearest cloudflare location",
    "anycast routing sends users to another country",
  ],
  "/support/troubleshooting/general-troubleshooting/kcannot-locate-dashboard-account/": [
    "support portal cannot find my dashboard account",
    "help center login not linked to my cloudflare account",
  ],
  "/support/troubleshooting/general-troubleshooting/not-receiving-cloudflare-emails/": [
    "password reset email from cloudflare never arrives",
    "not getting the verification email for my account",
    "cloudflare notifications go to spam or are blocked",
  ],
  "/support/troubleshooting/general-troubleshooting/potential-isp-blocking/": [
    "my site is blocked by an isp or government in some country",
    "can i get a different ip address because mine is blocked",
    "users in one country cannot reach my proxied site",
  ],
  "/support/troubleshooting/general-troubleshooting/service-disruption/": [
    "users in russia cannot reach sites on cloudflare",
    "service disruption for visitors from russia",
    "visitors from russia get timeouts on my site",
  ],
  "/support/troubleshooting/general-troubleshooting/third-party-load-balancers/": [
    "f5 big-ip sticky sessions break behind cloudflare",
    "session affinity lost with my own load balancer behind the proxy",
    "cookie persistence problems with reused connections",
  ],
  "/support/troubleshooting/general-troubleshooting/troubleshooting-crawl-errors/": [
    "googlebot gets blocked or challenged on my site",
    "search console shows crawl errors after moving to cloudflare",
    "bing cannot crawl my site behind the proxy",
    "my pages dropped out of google after enabling cloudflare",
  ],
  "/support/troubleshooting/http-status-codes/": [
    "what does this http status code from cloudflare mean",
    "list of error codes returned by cloudflare and origins",
  ],
  "/support/troubleshooting/http-status-codes/1xx-informational/": [
    "100 continue and 101 switching protocols through cloudflare",
    "1xx informational responses explained",
  ],
  "/support/troubleshooting/http-status-codes/2xx-success/": [
    "what do 200, 201, 204 and 206 responses mean",
    "2xx success codes explained",
  ],
  "/support/troubleshooting/http-status-codes/3xx-redirection/": [
    "difference between 301, 302, 307 and 308 redirects",
    "304 not modified responses from cloudflare",
    "3xx redirect status codes explained",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/": [
    "4xx client error codes explained",
    "is a 4xx error coming from cloudflare or my server",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-400/": [
    "400 bad request on my site behind cloudflare",
    "request with bad url encoding or conflicting content-length is rejected",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-401/": [
    "401 unauthorized response",
    "page asks for credentials and returns unauthorized",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-403/": [
    "403 forbidden without cloudflare branding",
    "visitors get forbidden errors from my origin's htaccess or mod_security",
    "is a 403 coming from cloudflare or my web server",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-404/": [
    "404 not found for a page that exists on my server",
    "page not found error through cloudflare",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-405/": [
    "405 method not allowed",
    "post request rejected because the method is not allowed",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-406/": [
    "406 not acceptable response",
    "server cannot satisfy the accept header",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-407/": [
    "407 proxy authentication required",
    "a proxy between me and the site wants credentials",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-408/": [
    "408 request timeout",
    "server closed an idle connection before the request finished",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-409/": [
    "409 conflict response",
    "request conflicts with the current state of the resource",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-410/": [
    "410 gone response for removed content",
    "tell search engines a page is permanently deleted",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-411/": [
    "411 length required",
    "request rejected because content-length is missing",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-412/": [
    "412 precondition failed",
    "if-match or if-unmodified-since condition failed",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-413/": [
    "413 payload too large when uploading a file",
    "my video upload fails because the body is too big",
    "maximum upload size through the cloudflare proxy",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-414/": [
    "414 uri too long",
    "url with a huge query string is rejected",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-415/": [
    "415 unsupported media type",
    "server rejects my request's content-type",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-416/": [
    "416 range not satisfiable",
    "byte range request outside the file size",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-417/": [
    "417 expectation failed",
    "expect: 100-continue header rejected",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-429/": [
    "429 too many requests",
    "my api client is being throttled, when can it retry",
    "retry-after header on a rate-limited response",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-451/": [
    "451 unavailable for legal reasons",
    "content blocked because of a legal demand",
  ],
  "/support/troubleshooting/http-status-codes/4xx-client-error/error-499/": [
    "499 client closed request in my logs",
    "client gave up before the server answered",
    "many 499s in cloudflare logs during long uploads",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/": [
    "errors when adding items to a list or bulk redirects",
    "bulk redirect list upload rejected with a 10xxx code",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10028/": [
    "error 10028 duplicate items in a list",
    "adding the same ip twice to a list fails",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10043/": [
    "error 10043 redirect source url too long",
    "maximum length of a bulk redirect source url",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10044/": [
    "error 10044 redirect target url too long",
    "bulk redirect destination url exceeds the length limit",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10045/": [
    "error 10045 invalid redirect source url",
    "bulk redirect rejected because the source url is malformed",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10046/": [
    "error 10046 invalid redirect target url",
    "redirect destination url is not accepted",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10047/": [
    "error 10047 invalid redirect status code",
    "which status codes can a bulk redirect use",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10048/": [
    "error 10048 preserve path suffix needs subpath matching",
    "cannot save redirect with preserve path suffix enabled",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10049/": [
    "error 10049 invalid scheme in redirect source",
    "redirect source url with a misspelled protocol",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10050/": [
    "error 10050 redirect source url contains user and password",
    "remove user:password@ from a redirect url",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10051/": [
    "error 10051 missing hostname in redirect source url",
    "redirect source like http:///path is rejected",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10052/": [
    "error 10052 port in redirect source url",
    "bulk redirect from a url with :8080 fails",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10053/": [
    "error 10053 query string in redirect source url",
    "redirect a url with query parameters using bulk redirects",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10054/": [
    "error 10054 fragment in redirect source url",
    "redirect source url containing a # anchor",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10055/": [
    "error 10055 preserve query string conflicts with target url",
    "redirect target has a query string and preserve query string is on",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10056/": [
    "error 10056 mixing list item types in one request",
    "add ips and hostnames to a list in the same call fails",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10058/": [
    "error 10058 items do not match the list type",
    "adding a redirect to an ip list is rejected",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10059/": [
    "error 10059 too many redirects with the same source path",
    "same path repeated across many bulk redirect lists",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-10xxx-errors/error-10060/": [
    "error 10060 missing scheme in redirect target url",
    "redirect target without https:// is rejected",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/": [
    "what do cloudflare 1xxx error pages mean",
    "list of cloudflare error codes like 1020, 1016 and 1015",
    "visitors see a cloudflare branded error with a four digit code",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1000/": [
    "error 1000 dns points to prohibited ip",
    "my a record points to a cloudflare ip address",
    "site broke after pointing dns at another proxied domain's ip",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1001/": [
    "error 1001 dns resolution error",
    "cname to a cloudflare domain that does not exist",
    "subdomain pointing at a hosted service shows a dns resolution error page",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1002/": [
    "error 1002 dns points to prohibited ip",
    "dns record target is a cloudflare address or wrong host",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1003/": [
    "error 1003 direct ip access not allowed",
    "browsing to a cloudflare ip address instead of the domain",
    "typed my server's ip into the browser and got an access error",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1004/": [
    "error 1004 host not configured to serve web traffic",
    "new dns record not serving yet behind the proxy",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1005/": [
    "error 1005 asn banned",
    "my provider's network is blocked from a website",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1006/": [
    "error 1006 your ip address has been banned",
    "access denied errors 1007 and 1008",
    "website owner blocked my ip address",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1009/": [
    "error 1009 country or region banned",
    "site blocks visitors from my country",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1010/": [
    "error 1010 banned based on browser signature",
    "headless browser or scraper blocked with access denied",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1011/": [
    "error 1011 hotlinking denied",
    "images embedded on another site are blocked",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1012/": [
    "error 1012 access denied because of malicious activity",
    "blocked from a site because my computer may be infected",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1013/": [
    "error 1013 http hostname and tls sni mismatch",
    "sni does not match the host header",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1014/": [
    "error 1014 cname cross-user banned",
    "cname to a domain in another cloudflare account is blocked",
    "point my subdomain at a saas provider that also uses cloudflare",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1015/": [
    "error 1015 you are being rate limited",
    "blocked after refreshing a site too many times",
    "my visitors hit a rate limit page",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1016/": [
    "error 1016 origin dns error",
    "cloudflare cannot resolve my origin hostname",
    "cname to an external host that does not resolve",
    "worker subrequest to a partial zone fails with origin dns error",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1018/": [
    "error 1018 could not find host",
    "domain just activated and shows host not found",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1019/": [
    "error 1019 compute server error",
    "worker fetches its own url in a loop",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1020/": [
    "error 1020 access denied by a firewall rule",
    "a custom rule is blocking my own visitors",
    "find which rule blocked a request with a ray id",
    "a website blocks me with access denied and a ray id",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1023/": [
    "error 1023 could not find host",
    "site information not yet distributed after signup",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1025/": [
    "error 1025 please check back later",
    "site stops working when worker requests run out on the free plan",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1033/": [
    "error 1033 tunnel error",
    "cloudflared tunnel is down and the hostname shows an error",
    "public hostname of my tunnel cannot reach the service",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1034/": [
    "error 1034 edge ip restricted",
    "a record points to a byoip or reserved cloudflare address",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1035/": [
    "error 1035 invalid uri path in a rewrite",
    "url rewrite to /cdn-cgi/ path fails",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1036/": [
    "error 1036 rewritten path or query too long",
    "url rewrite result exceeds the maximum length",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1037/": [
    "error 1037 rewrite expression failed to evaluate",
    "dynamic rewrite breaks when a header is missing",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1040/": [
    "error 1040 header modification not allowed",
    "transform rule tries to change a reserved request header",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1041/": [
    "error 1041 invalid header value",
    "header set by a transform rule is too long or has bad characters",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1101/": [
    "error 1101 worker threw an exception",
    "my worker crashes with a rendering error",
    "find the javascript exception behind a worker error page",
    "my serverless function crashes and visitors get an error page",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1102/": [
    "error 1102 worker exceeded resource limits",
    "worker runs out of cpu time or memory",
    "my function is killed for using too much cpu",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1104/": [
    "error 1104 a variation of this email address is already taken",
    "cannot add my email because a dotted or plus version exists",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1200/": [
    "error 1200 cache connection limit",
    "too many requests queued waiting for my origin",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/": [
    "my site shows a 5xx error through cloudflare",
    "what to send my hosting provider about a 52x error",
    "see which 5xx errors visitors get in analytics",
    "is the 5xx error coming from cloudflare or my hosting provider",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-500/": [
    "500 internal server error behind cloudflare",
    "error establishing database connection on my site",
    "worker returns internal server error",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-501/": [
    "501 not implemented from a worker",
    "custom http method rejected by workers",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/": [
    "502 bad gateway on my site",
    "504 gateway timeout through cloudflare",
    "is the bad gateway error from cloudflare or my origin",
    "cloudflare branded bad gateway page while my host seems fine",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-503/": [
    "503 service temporarily unavailable",
    "origin overloaded and returning service unavailable",
    "503 page that mentions cloudflare-nginx",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/": [
    "error 520 web server returns an unknown error",
    "origin sends an empty response to cloudflare",
    "too many cookies or huge headers break my site",
    "php app crashes and cloudflare shows an unknown error",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/": [
    "error 521 web server is down",
    "my server refuses connections from cloudflare ips",
    "firewall at my host blocks cloudflare",
    "cloudflare says the web server is down but it is running",
    "nothing listening on port 443 behind full ssl mode",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/": [
    "error 522 connection timed out",
    "cloudflare cannot connect to my server in time",
    "site times out after turning on the orange cloud",
    "my host is up but visitors get a timed out page from cloudflare",
    "hosting firewall rate limits cloudflare addresses",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/": [
    "error 523 origin is unreachable",
    "no route from cloudflare to my server's ip",
    "aws vpc route table breaks traffic from cloudflare",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/": [
    "error 524 a timeout occurred",
    "long running request cut off after 100 or 120 seconds",
    "slow report or export page times out through the proxy",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/": [
    "error 525 ssl handshake failed",
    "full ssl mode fails because my origin has no certificate",
    "tls handshake between cloudflare and my server breaks",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/": [
    "error 526 invalid ssl certificate",
    "full strict mode rejects my origin's self-signed or expired cert",
    "origin certificate not trusted by cloudflare",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/": [
    "error 530 origin hostname cannot be resolved",
    "530 status with a 1xxx error in the body",
  ],
  "/support/troubleshooting/http-status-codes/cloudflare-error-headers/": [
    "cf-error-type header on cloudflare error responses",
    "tell from the response headers why cloudflare returned an error",
    "diagnose a cloudflare generated error page with curl",
  ],
  "/support/troubleshooting/restoring-visitor-ips/restoring-original-visitor-ips/": [
    "my server logs show cloudflare ips instead of visitors' ips",
    "get the real client ip in apache or nginx behind cloudflare",
    "use cf-connecting-ip or x-forwarded-for at my origin",
    "mod_remoteip setup for cloudflare",
    "every visitor appears with the same few ip addresses in my app",
    "cpanel or easyapache server logging proxy ips",
  ],
  "/dns/cname-flattening/cname-flattening-diagram/": [
    "how a flattened cname resolves step by step",
    "why dig shows an ip instead of my cname target",
  ],
  "/dns/cname-flattening/set-up-cname-flattening/": [
    "put a cname on my root domain",
    "flatten all cname records in my zone",
    "cname at the apex pointing to a hosting provider",
  ],
  "/dns/concepts/": [
    "how dns works with cloudflare nameservers",
    "difference between a zone, a record and a nameserver",
  ],
  "/dns/dns-firewall/analytics/": [
    "see query volume and errors for dns firewall",
    "dns firewall logs and graphql analytics",
  ],
  "/dns/dns-firewall/faq/": [
    "how dns firewall picks which upstream nameserver to ask",
    "does dns firewall cache negative answers",
    "my own nameservers are overloaded by too many queries",
  ],
  "/dns/dns-firewall/random-prefix-attacks/": [
    "flood of queries for random subdomains hitting my nameservers",
    "water torture attack on my dns",
  ],
  "/dns/dns-firewall/random-prefix-attacks/about/": [
    "what is a random prefix dns attack",
    "how cloudflare detects queries for nonexistent subdomains",
  ],
  "/dns/dns-firewall/random-prefix-attacks/setup/": [
    "turn on random prefix attack mitigation",
    "enable automatic protection for my dns firewall cluster",
  ],
  "/dns/dns-firewall/setup/": [
    "set up dns firewall in front of my own nameservers",
    "protect and cache my authoritative dns servers",
  ],
  "/dns/dnssec/dnssec-active-migration/": [
    "move a signed zone to cloudflare without turning off dnssec",
    "migrate dns with dnssec enabled and no downtime",
  ],
  "/dns/dnssec/dnssec-states/": [
    "what does dnssec pending mean",
    "dnssec status values in the api",
  ],
  "/dns/dnssec/enable-nsec3/": [
    "use nsec3 instead of nsec",
    "enable nsec3 for compliance",
    "stop people from listing every hostname in my signed zone",
  ],
  "/dns/dnssec/multi-signer-dnssec/about/": [
    "dnssec with two dns providers at the same time",
    "multi-signer dnssec models",
  ],
  "/dns/dnssec/multi-signer-dnssec/setup/": [
    "set up multi-signer dnssec with another provider",
    "exchange dnskey records between providers",
  ],
  "/dns/dnssec/validation-and-key-management/": [
    "how cloudflare manages dnssec keys",
    "ksk and zsk algorithms used by cloudflare",
  ],
  "/dns/foundation-dns/advanced-nameservers/": [
    "what advanced nameservers add over standard ones",
    "foundation dns nameserver resiliency",
  ],
  "/dns/foundation-dns/dnssec-keys/": [
    "dedicated dnssec keys for my account",
    "unique zsk and ksk per account",
  ],
  "/dns/foundation-dns/setup/": [
    "enable advanced nameservers for my zone",
    "switch a zone to foundation dns nameservers",
  ],
  "/dns/glossary/": ["meaning of dns terms like apex, zone and proxied", "dns glossary"],
  "/dns/internal-dns/analytics/": [
    "see queries to my internal dns zones",
    "internal dns logs in gateway analytics",
  ],
  "/dns/internal-dns/connectivity/": [
    "how devices reach the resolver for internal dns",
    "connect offices to gateway resolver for private records",
  ],
  "/dns/internal-dns/dns-views/": [
    "different internal answers for different teams",
    "group internal zones into views for resolver policies",
  ],
  "/dns/internal-dns/get-started/": [
    "host private dns records on cloudflare",
    "replace my on-prem internal dns server",
    "resolve corp hostnames only for employees",
  ],
  "/dns/internal-dns/internal-zones/": [
    "what is an internal dns zone",
    "private zones for names not on the public internet",
  ],
  "/dns/internal-dns/internal-zones/internal-dns-records/": [
    "add records to an internal zone",
    "create private a records for internal servers",
  ],
  "/dns/internal-dns/internal-zones/reference-zones/": [
    "fall back to another internal zone when a record is missing",
    "reference zone lookups",
  ],
  "/dns/internal-dns/internal-zones/setup/": [
    "create or delete an internal zone",
    "internal zone naming rules",
  ],
  "/dns/manage-dns-records/reference/vendor-specific-records/": [
    "dns records for google, microsoft, amazon or shopify",
    "verify my domain with a third-party service",
    "records needed for office 365 or squarespace",
    "my store or email provider needs special dns records",
  ],
  "/dns/manage-dns-records/troubleshooting/existing-ns-record/": [
    "ns records with that host already exist (code:81056)",
    "cannot add a record because a subdomain is delegated",
  ],
  "/dns/manage-dns-records/troubleshooting/stale-response/": [
    "proxied cname keeps using an old ip",
    "upstream dns change not picked up by cloudflare",
    "my site still goes to my old host after i changed the ip",
  ],
  "/dns/manage-dns-records/troubleshooting/unexpected-dns-records/": [
    "strange records appeared after adding my domain",
    "records i did not create in my zone",
    "quick scan imported wrong records",
  ],
  "/dns/nameservers/custom-nameservers/account-custom-nameservers/": [
    "use my own branded nameservers for all my zones",
    "ns1.mycompany.com style nameservers across an account",
  ],
  "/dns/nameservers/custom-nameservers/tenant-custom-nameservers/": [
    "custom nameservers for every account of a tenant",
    "reseller branded nameservers",
  ],
  "/dns/nameservers/custom-nameservers/zone-custom-nameservers/": [
    "nameservers under my own domain like ns1.example.com",
    "vanity nameservers for one zone",
  ],
  "/dns/nameservers/nameserver-options/": [
    "can i choose which cloudflare nameservers i get",
    "same nameservers for all my domains",
    "nameserver options by plan",
  ],
  "/dns/private-origins/": [
    "proxy a public hostname to a server on my private network",
    "put cdn and waf in front of an internal app",
  ],
  "/dns/private-origins/private-network-routing/": [
    "route a dns record's traffic through a tunnel to a private ip",
    "proxied record pointing to a 10.x address",
  ],
  "/dns/private-origins/set-up-via-cloudflare-wan/": [
    "reach a private origin over an ipsec tunnel",
    "publish a private server through cloudflare wan",
  ],
  "/dns/private-origins/troubleshooting/": [
    "error 1002 when proxying a private ip",
    "private origin not reachable through the tunnel",
  ],
  "/dns/proxy-status/enforce-dns-only/": [
    "bypass the cloudflare proxy for all zones at once",
    "emergency switch to send traffic straight to my servers",
    "cloudflare is having an outage, send traffic directly to my servers",
  ],
  "/dns/proxy-status/use-cases/": [
    "should this record be proxied or dns only",
    "which records must not be orange clouded",
    "proxy status for mail, ssh or game servers",
  ],
  "/dns/reference/analytics-api-properties/": [
    "dimensions and metrics of the dns analytics api",
    "query counts by record type via api",
  ],
  "/dns/reference/domain-connect/": [
    "let a service provider configure my dns automatically",
    "onboard a domain connect template",
  ],
  "/dns/reference/recommended-third-party-tools/": [
    "tools to check my dns from outside",
    "dnsviz and other dns testing tools",
  ],
  "/dns/troubleshooting/dns-debug-endpoints/": [
    "find which data center answered my dns query with dig",
    "dig debug queries against cloudflare nameservers",
  ],
  "/dns/troubleshooting/dns-probe-possible/": [
    "dns_probe_possible error in chrome after moving to cloudflare",
    "browser says dns probe possible for my site",
    "visitors get a dns error page right after activation",
  ],
  "/dns/troubleshooting/email-issues/": [
    "email stopped arriving after switching nameservers",
    "mx record points to a proxied hostname",
    "check my mail records with dig",
  ],
  "/dns/zone-setups/": [
    "full, partial or secondary dns setup, which one",
    "keep my current dns provider and still use cloudflare",
  ],
  "/dns/zone-setups/conversions/": [
    "change my zone's setup type",
    "switch between full, partial and secondary",
  ],
  "/dns/zone-setups/conversions/convert-full-to-partial/": [
    "move back to my old dns provider but keep the proxy",
    "switch a full zone to cname setup",
  ],
  "/dns/zone-setups/conversions/convert-full-to-secondary/": [
    "make cloudflare secondary dns for a zone that is full today",
    "keep another dns host as primary after being full on cloudflare",
  ],
  "/dns/zone-setups/conversions/convert-partial-to-full/": [
    "move my dns fully to cloudflare from a cname setup",
    "change nameservers for a partial zone",
  ],
  "/dns/zone-setups/conversions/convert-partial-to-secondary/": [
    "convert a cname setup to incoming zone transfers",
    "switch from partial to secondary dns",
  ],
  "/dns/zone-setups/conversions/convert-secondary-to-full/": [
    "stop zone transfers and make cloudflare primary",
    "move from secondary dns to full setup",
  ],
  "/dns/zone-setups/conversions/convert-secondary-to-partial/": [
    "convert secondary dns to a cname setup",
    "drop zone transfers but keep proxying some hostnames",
  ],
  "/dns/zone-setups/full-setup/setup/": [
    "change my nameservers to cloudflare at the registrar",
    "add my domain with cloudflare as the dns host",
    "how long until my domain becomes active",
  ],
  "/dns/zone-setups/full-setup/troubleshooting/": [
    "domain still pending after changing nameservers",
    "old ds record at the registrar breaks resolution",
    "site stopped resolving right after switching nameservers",
  ],
  "/dns/zone-setups/partial-setup/dns-resolution/": [
    "how proxied records resolve in a cname setup",
    "cdn.cloudflare.net targets in partial zones",
  ],
  "/dns/zone-setups/partial-setup/setup/": [
    "use cloudflare proxy without moving my nameservers",
    "set up a cname setup with my current dns provider",
    "verify a partial zone with a txt record",
  ],
  "/dns/zone-setups/reference/dns-quick-scan/": [
    "cloudflare scanned my records when adding the domain",
    "quick scan missed some of my dns records",
  ],
  "/dns/zone-setups/subdomain-setup/dnssec/": [
    "dnssec for a subdomain zone",
    "add ds record for a child zone in the parent",
  ],
  "/dns/zone-setups/subdomain-setup/move-to-new-account/": [
    "move a subdomain zone to another account",
    "child zone in a different account from the parent",
  ],
  "/dns/zone-setups/subdomain-setup/rollback/": [
    "undo a subdomain setup and return records to the parent",
    "delete a subdomain zone and recreate records in the parent",
  ],
  "/dns/zone-setups/subdomain-setup/setup/": [
    "manage a subdomain as its own zone",
    "give a team its own zone for dev.example.com",
  ],
  "/dns/zone-setups/subdomain-setup/setup/parent-on-full/": [
    "create a child zone when the parent uses cloudflare nameservers",
    "delegate a subdomain zone from a full parent",
  ],
  "/dns/zone-setups/subdomain-setup/setup/parent-on-partial/": [
    "create a child zone when the parent is a cname setup",
    "subdomain setup under a partial parent zone",
  ],
  "/dns/zone-setups/troubleshooting/domain-deleted/": [
    "my domain disappeared from the dashboard",
    "why did cloudflare remove my zone",
    "restore a deleted domain",
    "email says my zone was removed because nameservers changed",
  ],
  "/dns/zone-setups/zone-transfers/access-control-lists/": [
    "restrict which ips can request zone transfers",
    "zone transfer acls",
  ],
  "/dns/zone-setups/zone-transfers/access-control-lists/cloudflare-ip-addresses/": [
    "ips to allow at my other dns provider for axfr",
    "cloudflare addresses for notify and zone transfers",
  ],
  "/dns/zone-setups/zone-transfers/access-control-lists/create-new-list/": [
    "create an acl for notify from my primary",
    "allow extra ips to send notify messages",
  ],
  "/dns/zone-setups/zone-transfers/cloudflare-as-primary/": [
    "send my cloudflare zone to a secondary dns provider",
    "outgoing zone transfers",
  ],
  "/dns/zone-setups/zone-transfers/cloudflare-as-primary/dnssec-for-primary/": [
    "dnssec when cloudflare is primary and another provider is secondary",
    "sign records for outgoing transfers",
  ],
  "/dns/zone-setups/zone-transfers/cloudflare-as-primary/setup/": [
    "set up axfr from cloudflare to another provider",
    "use a second dns provider for redundancy",
  ],
  "/dns/zone-setups/zone-transfers/cloudflare-as-primary/transfer-criteria/": [
    "what records get transferred for proxied hostnames",
    "proxied records show cloudflare ips at my secondary",
  ],
  "/dns/zone-setups/zone-transfers/cloudflare-as-secondary/": [
    "use cloudflare as secondary dns",
    "incoming zone transfers from my primary",
  ],
  "/dns/zone-setups/zone-transfers/cloudflare-as-secondary/dnssec-for-secondary/": [
    "dnssec options when cloudflare is secondary",
    "pre-signed zones transferred to cloudflare",
  ],
  "/dns/zone-setups/zone-transfers/cloudflare-as-secondary/proxy-traffic/": [
    "proxy records of a secondary zone",
    "secondary dns override to turn on the orange cloud",
  ],
  "/dns/zone-setups/zone-transfers/cloudflare-as-secondary/setup/": [
    "set up cloudflare to pull my zone via axfr",
    "add tsig and peer for incoming transfers",
  ],
  "/dns/zone-setups/zone-transfers/troubleshooting/": [
    "registrar rejects cloudflare secondary nameservers",
    "secondary.cloudflare.com nameservers error at registrar",
  ],
  "/fundamentals/account/account-security/abuse-contact/": [
    "set the email that receives abuse reports about my sites",
    "change my abuse contact address",
  ],
  "/fundamentals/account/account-security/cloudflare-access/": [
    "let cloudflare staff edit my account temporarily",
    "give my account team access to help migrate a domain",
  ],
  "/fundamentals/account/account-security/leaked-password-notifications/": [
    "cloudflare says my password was found in a breach",
    "forced to reset my password after logging in",
  ],
  "/fundamentals/account/account-security/scim-setup/authentik/": [
    "provision cloudflare users from authentik",
    "scim sync with authentik",
  ],
  "/fundamentals/account/account-security/scim-setup/entra/": [
    "provision cloudflare dashboard users from azure ad",
    "scim sync of users and groups from microsoft entra",
  ],
  "/fundamentals/account/account-security/scim-setup/okta/": [
    "provision cloudflare dashboard users from okta",
    "remove cloudflare access automatically when someone leaves okta",
  ],
  "/fundamentals/account/account-security/scim-setup/troubleshooting/": [
    "removed every super administrator by mistake with scim",
    "scim provisioning errors",
  ],
  "/fundamentals/account/account-security/zone-holds/": [
    "stop another team from adding my domain to their account",
    "block others from registering a subdomain zone",
  ],
  "/fundamentals/api/get-started/ca-keys/": [
    "origin ca key deprecated, what to use instead",
    "create origin certificates via api without a service key",
  ],
  "/fundamentals/api/get-started/token-formats/": [
    "what do the prefixes of cloudflare api tokens mean",
    "detect leaked cloudflare tokens with secret scanning",
  ],
  "/fundamentals/api/how-to/account-owned-token-template/": [
    "share a link that pre-fills api token permissions",
    "template url for creating a token with the right scopes",
  ],
  "/fundamentals/api/how-to/control-api-access/": [
    "stop some members from using the api",
    "turn off api access for my enterprise account",
  ],
  "/fundamentals/manage-domains/": [
    "what counts as a domain or zone in cloudflare",
    "buy, add or move a domain",
  ],
  "/fundamentals/manage-domains/domain-version/": [
    "test zone changes in staging before production",
    "turn on versioning for a domain",
  ],
  "/fundamentals/manage-domains/star-zones/": [
    "pin my favorite domains in the dashboard",
    "star a zone for quick access",
  ],
  "/fundamentals/manage-members/scope/": [
    "limit a teammate's role to one domain",
    "give someone access to only some zones",
    "account, domain and resource scopes for roles",
  ],
  "/fundamentals/new-features/available-rss-feeds/": [
    "rss feeds for cloudflare product updates",
    "subscribe to the changelog of one product",
  ],
  "/fundamentals/new-features/consuming-rss-feeds/": [
    "post cloudflare changelog updates to slack",
    "parse the changelog rss feed",
  ],
  "/fundamentals/oauth/authorizing-an-application/": [
    "see which apps i authorized to my cloudflare account",
    "revoke a third-party app's access",
  ],
  "/fundamentals/oauth/create-an-oauth-client/": [
    "register an oauth app that calls the cloudflare api",
    "build sign in with cloudflare for my tool",
  ],
  "/fundamentals/oauth/integrate-with-cloudflare/": [
    "oauth authorize and token endpoints of cloudflare",
    "openid configuration and jwks urls for cloudflare oauth",
  ],
  "/fundamentals/organizations/limitations/": [
    "what organizations cannot do yet",
    "organization limits during the beta",
  ],
  "/fundamentals/organizations/manage-members/": [
    "give someone access to all accounts in my organization",
    "organization super administrator role",
  ],
  "/fundamentals/organizations/manage-organization/": [
    "rename my organization",
    "edit customer identification data of an organization",
  ],
  "/fundamentals/organizations/setup/": [
    "group several accounts under one organization",
    "create an organization and invite members",
  ],
  "/fundamentals/performance/test-speed/": [
    "measure how fast my site loads with cloudflare",
    "test my site's speed before and after enabling features",
  ],
  "/fundamentals/reference/best-practices/": [
    "keep my cloudflare account from being locked out",
    "best practices for securing my account and domains",
  ],
  "/fundamentals/reference/cloudy-ai-agent/": [
    "ai assistant that explains my cloudflare settings",
    "ask cloudy to summarize my waf rules",
  ],
  "/fundamentals/reference/cryptographic-personhood/": [
    "prove i am human with a security key instead of a captcha",
    "webauthn based attestation instead of puzzles",
  ],
  "/fundamentals/reference/google-analytics/": [
    "does cloudflare break google analytics",
    "google analytics tracking after moving my site behind the proxy",
  ],
  "/fundamentals/reference/migration-guides/scim-virtual-groups-migration/": [
    "move from scim virtual groups to user groups",
    "cf-accountid-role groups in my idp no longer work",
  ],
  "/fundamentals/reference/network-layers/": [
    "which cloudflare products work at which osi layer",
    "layer 3, 4 and 7 protection explained",
  ],
  "/fundamentals/reference/partners/": [
    "set up integrations with technology partners",
    "third-party tools that integrate with cloudflare",
  ],
  "/fundamentals/reference/policies-compliances/compliance-docs/": [
    "download soc 2 or pci reports",
    "get iso certificates and audit reports from the dashboard",
  ],
  "/fundamentals/reference/policies-compliances/content-security-policies/": [
    "csp directives needed for cloudflare features",
    "my content security policy blocks cloudflare scripts",
  ],
  "/fundamentals/reference/policies-compliances/cybersafe/": [
    "free email security and filtering for k-12 schools",
    "apply for project cybersafe schools",
  ],
  "/fundamentals/reference/policies-compliances/delivering-videos-with-cloudflare/": [
    "am i allowed to serve videos through the cdn",
    "video hosting on the free plan terms",
  ],
  "/fundamentals/reference/policies-compliances/licenses/": [
    "license of cloudflare documentation and code samples",
    "can i reuse examples from the docs in my project",
  ],
  "/fundamentals/reference/redirects/": [
    "which redirect option should i use",
    "compare redirect rules, bulk redirects, page rules and workers",
  ],
  "/fundamentals/reference/report-abuse/": [
    "report a phishing or malware site on cloudflare",
    "how cloudflare handles abuse reports",
  ],
  "/fundamentals/reference/report-abuse/abuse-report-obligations/": [
    "my hosting provider got an abuse complaint forwarded by cloudflare",
    "what i must do when i receive an abuse report",
  ],
  "/fundamentals/reference/report-abuse/blocked-content/": [
    "my site shows a phishing warning from cloudflare",
    "request removal of a block on my content",
  ],
  "/fundamentals/reference/report-abuse/complaint-types/": [
    "file a dmca or trademark complaint",
    "types of abuse i can report",
  ],
  "/fundamentals/reference/report-abuse/provide-specific-urls/": [
    "whois shows cloudflare for a site i want to report",
    "find the real host of a site behind cloudflare",
  ],
  "/fundamentals/reference/report-abuse/submit-report/": [
    "see abuse reports filed against my domains",
    "submit an abuse report from the dashboard",
  ],
  "/fundamentals/reference/scans-penetration/": [
    "am i allowed to pen test my site behind cloudflare",
    "vulnerability scanning rules for my own zones",
  ],
  "/fundamentals/reference/sdk-ecosystem-support-policy/": [
    "which versions of cloudflare sdks are supported",
    "how long old major versions get fixes",
  ],
  "/fundamentals/security/pci-scans/": [
    "pci scan fails because of cloudflare ips",
    "scan my origin instead of cloudflare for a pci audit",
  ],
  "/fundamentals/user-profiles/customize-account/": [
    "change the dashboard language",
    "change my email address or notification preferences",
  ],
  "/fundamentals/user-profiles/login/": [
    "sign in to cloudflare with google, apple or sso",
    "cannot log in to the dashboard",
    "log in with single sign-on instead of a password",
  ],
  "/fundamentals/user-profiles/multi-factor-email-authentication/": [
    "cloudflare emailed me a code when logging in",
    "email verification code at sign in",
  ],
  "/fundamentals/user-profiles/verify-email-address/": [
    "resend the email verification link",
    "cannot invite members until i verify my email",
  ],
  "/cache/advanced-configuration/crawler-hints/": [
    "tell search engines when my pages changed",
    "indexnow signals from cloudflare cache",
    "get google and bing to recrawl my updated pages sooner",
  ],
  "/cache/advanced-configuration/query-string-sort/": [
    "treat ?a=1&b=2 and ?b=2&a=1 as the same cached file",
    "improve cache hits when query parameters come in different orders",
  ],
  "/cache/advanced-configuration/serve-tailored-content/": [
    "serve different content by language or device from one url",
    "cache separate versions per country or cookie",
    "content negotiation with the cache",
  ],
  "/cache/advanced-configuration/vary-for-images/": [
    "serve webp or avif to browsers that accept it from one url",
    "cache image variants by the accept header",
  ],
  "/cache/cache-security/cors/": [
    "cached response has the wrong access-control-allow-origin",
    "cross-origin requests fail with cached responses",
  ],
  "/cache/concepts/cache-behavior/": [
    "are head requests cached",
    "responses with set-cookie are not cached",
  ],
  "/cache/glossary/": [
    "meaning of cache terms like hit, miss, revalidated and ttl",
    "cache glossary",
  ],
  "/cache/how-to/cache-response-rules/": [
    "change caching based on the origin's response headers",
    "strip set-cookie from responses before caching",
    "my server's set-cookie header stops pages from being cached",
  ],
  "/cache/how-to/cache-response-rules/create-api/": [
    "create a cache response rule with the api",
    "http_response_cache_settings phase via api",
  ],
  "/cache/how-to/cache-response-rules/create-dashboard/": [
    "create a cache response rule in the dashboard",
    "adjust caching once the origin response arrives in the dashboard",
  ],
  "/cache/how-to/cache-response-rules/settings/": [
    "settings available in cache response rules",
    "override cache-control from my origin after it responds",
  ],
  "/cache/how-to/cache-response-rules/terraform-example/": [
    "cache response rule in terraform",
    "remove etag and set-cookie from js files with terraform",
  ],
  "/cache/how-to/cache-rules/create-api/": [
    "create a cache rule with the rulesets api",
    "set_cache_settings action via api",
  ],
  "/cache/how-to/cache-rules/examples/": [
    "common cache rule examples",
    "sample cache rules for bypass, ttl and cache key",
  ],
  "/cache/how-to/cache-rules/examples/browser-cache-ttl/": [
    "set how long browsers keep my files",
    "browser cache ttl with a cache rule",
  ],
  "/cache/how-to/cache-rules/examples/cache-by-hostname-list/": [
    "cache everything for a list of hostnames",
    "cache all content of several subdomains at once",
  ],
  "/cache/how-to/cache-rules/examples/cache-deception-armor/": [
    "protect against web cache deception with a cache rule",
    "stop cached private pages disguised as images",
  ],
  "/cache/how-to/cache-rules/examples/cache-device-type/": [
    "cache separate pages for mobile and desktop",
    "mobile visitors get the desktop version from cache",
  ],
  "/cache/how-to/cache-rules/examples/cache-ttl-by-status-code/": [
    "cache 404s for a short time and 200s longer",
    "different edge ttl per response status",
  ],
  "/cache/how-to/cache-rules/examples/custom-cache-key/": [
    "ignore some query parameters in the cache key",
    "include a header or cookie in the cache key",
  ],
  "/cache/how-to/cache-rules/examples/origin-cache-control/": [
    "follow my origin's cache-control headers strictly",
    "origin cache control setting in a cache rule",
  ],
  "/cache/how-to/cache-rules/examples/query-string-sort/": [
    "sort query strings with a cache rule",
    "same page cached twice because parameters are reordered",
  ],
  "/cache/how-to/cache-rules/examples/respect-strong-etags/": [
    "keep my origin's strong etags",
    "etag changed to weak by cloudflare",
  ],
  "/cache/how-to/cache-rules/terraform-example/": [
    "cache rule in terraform",
    "custom cache key with terraform",
  ],
  "/cache/how-to/purge-cache/purge-cache-key/": [
    "purge files cached with a custom cache key",
    "purge by url does not clear my custom key variants",
  ],
  "/cache/how-to/purge-cache/purge-varied-images/": [
    "purge all webp and avif variants of an image",
    "old image format still served after i replaced it",
  ],
  "/cache/how-to/purge-cache/purge-zone-versions/": [
    "purge the cache of one zone version environment",
    "clear staging cache with version management",
  ],
  "/cache/interaction-cloudflare-products/": [
    "how caching works with workers, r2 and waf",
    "caching with workers, r2 storage and waf",
  ],
  "/cache/interaction-cloudflare-products/waf-snippets/": [
    "restrict who can download cached files from my public bucket",
    "protect a public r2 custom domain with waf",
  ],
  "/cache/interaction-cloudflare-products/workers-cache-rules/": [
    "do cache rules apply to requests from my worker",
    "worker fetch cache settings versus cache rules",
  ],
  "/cache/reference/csam-scanning/": [
    "scan my cached images for child abuse material",
    "enable the csam scanning tool",
  ],
  "/cache/troubleshooting/mp4-videos-on-ios-and-safari/": [
    "mp4 video will not play on iphone through cloudflare",
    "safari range requests fail for my videos",
    "videos play in chrome but not in safari",
  ],
  "/argo-smart-routing/": [
    "route my traffic over faster, less congested paths",
    "cut latency between cloudflare and my origin",
    "visitors on other continents wait long for my pages",
  ],
  "/argo-smart-routing/analytics/": [
    "how much faster is my site with argo",
    "see argo time to first byte improvement",
    "check whether paying for faster routing really cut my response times",
  ],
  "/argo-smart-routing/argo-for-packets/": [
    "argo for magic transit and network traffic",
    "optimize ip-level routing for my network",
    "lower latency for non-web traffic between my offices and data centers",
  ],
  "/argo-smart-routing/get-started/": [
    "turn on argo smart routing for my zone",
    "enable argo via the api",
    "speed up the trip from the cdn to my web server",
  ],
  "/automatic-platform-optimization/": [
    "serve my whole wordpress site from the edge",
    "cache wordpress html pages at cloudflare",
    "my wordpress site is slow even with a caching plugin",
  ],
  "/automatic-platform-optimization/about/": [
    "how apo caches dynamic wordpress pages",
    "why apo is faster than caching only static files",
    "my wordpress host still builds every page on each visit",
  ],
  "/automatic-platform-optimization/about/plugin-compatibility/": [
    "which wordpress plugins work with apo",
    "cache plugin conflicts with apo",
    "use wp rocket or w3 total cache together with cloudflare",
  ],
  "/automatic-platform-optimization/about/test-current-speed/": [
    "measure my wordpress speed before turning on apo",
    "gtmetrix test before apo",
    "how slow is my wordpress site right now",
  ],
  "/automatic-platform-optimization/get-started/activate-cf-wp-plugin/": [
    "install the cloudflare plugin on wordpress and enable apo",
    "connect the wordpress plugin with an api token",
    "link my wordpress admin to my cloudflare account",
  ],
  "/automatic-platform-optimization/get-started/change-nameservers/": [
    "switch nameservers to cloudflare for a wordpress site",
    "apo needs cloudflare nameservers",
    "move my wordpress domain's dns away from my web host",
  ],
  "/automatic-platform-optimization/get-started/confirm-dns-records/": [
    "check dns records before enabling apo",
    "make sure my wordpress records were imported",
  ],
  "/automatic-platform-optimization/get-started/verify-apo-works/": [
    "is apo working on my site",
    "check cf-apo-via and cf-edge-cache headers",
    "how do i know my wordpress pages come from the cdn cache",
  ],
  "/automatic-platform-optimization/reference/cache-device-type/": [
    "apo serves the desktop theme to phones",
    "cache mobile and desktop wordpress pages separately",
    "phone visitors see the desktop layout of my wordpress site",
  ],
  "/automatic-platform-optimization/reference/page-rule-integration/": [
    "page rules that change apo behaviour",
    "bypass apo for some wordpress paths",
    "keep some wordpress urls out of the edge cache",
  ],
  "/automatic-platform-optimization/reference/query-parameters/": [
    "urls with query strings are not cached by apo",
    "which query parameters apo ignores for caching",
  ],
  "/automatic-platform-optimization/reference/subdomain-subdirectories/": [
    "apo for wordpress on a subdomain",
    "wordpress in a subdirectory with apo",
  ],
  "/automatic-platform-optimization/troubleshooting/": [
    "wordpress plugin not detected in the cloudflare dashboard",
    "apo not caching my pages",
    "dashboard says my wordpress site is not optimized although the plugin is on",
  ],
  "/automatic-platform-optimization/troubleshooting/faq/": [
    "do i still need cache everything page rules with apo",
    "cf-cache-status shows bypass or dynamic with apo enabled",
    "does origin cache control override apo",
    "curl shows dynamic but my browser shows hit for my wordpress pages",
  ],
  "/china-network/": [
    "make my site fast for visitors in mainland china",
    "serve content from data centers inside china",
    "my site is very slow or unreachable for users in china",
  ],
  "/china-network/concepts/china-dns/": [
    "dns answered from inside china for my domain",
    "china authoritative dns setup",
    "my domain resolves slowly for visitors in mainland china",
  ],
  "/china-network/concepts/global-acceleration/": [
    "connect employees in china to global apps reliably",
    "cross-border acceleration into china",
  ],
  "/china-network/concepts/icp/": [
    "do i need an icp license to serve in china",
    "get an icp filing number for my website",
  ],
  "/china-network/faq/": [
    "requirements to use the china network",
    "is the china network operated by jd cloud",
    "my icp license was revoked, what happens to my site in china",
  ],
  "/china-network/get-started/": [
    "enable the china network for my enterprise domain",
    "steps to go live in mainland china",
    "launch my website for customers in mainland china",
  ],
  "/china-network/reference/available-products/": [
    "which cloudflare features work inside china",
    "does waf or workers run on the china network",
  ],
  "/china-network/reference/infrastructure/": [
    "ip addresses of china network data centers",
    "where are the china data centers",
  ],
  "/speed/glossary/": [
    "what ttfb, lcp and page load time mean",
    "speed glossary of web performance terms",
  ],
  "/speed/observatory/dashboard/": [
    "overview of my site's performance over the last week",
    "see real user and synthetic speed scores together",
  ],
  "/speed/observatory/faq/": [
    "visitor counts in speed monitoring differ from my traffic analytics",
    "rerunning the speed test of my site gives a 403 error",
    "remove the real user monitoring script that the test page turned on",
  ],
  "/speed/observatory/run-speed-test/": [
    "run a lighthouse test on my site from the dashboard",
    "schedule speed tests from different regions",
  ],
  "/speed/optimization/content/fonts/faq/": [
    "does cloudflare fonts log my visitors' data",
    "serve google fonts from my own domain",
  ],
  "/speed/optimization/content/fonts/troubleshooting/": [
    "cloudflare fonts not rewriting my font links",
    "check that google fonts are served from my domain",
  ],
  "/speed/optimization/content/rocket-loader/enable/": [
    "turn rocket loader on or off",
    "rocket loader breaks my javascript, disable it",
    "site scripts stopped working after speed settings",
  ],
  "/speed/optimization/content/rocket-loader/ignore-javascripts/": [
    "exclude one script from rocket loader",
    "data-cfasync false on a script tag",
  ],
  "/speed/optimization/content/shared-dictionaries/": [
    "send only the diff of a javascript bundle between releases",
    "dictionary compression with compression dictionary transport",
  ],
  "/speed/optimization/content/troubleshooting/content-encoding-issues/": [
    "garbled characters on my pages through cloudflare",
    "charset or encoding errors in html responses",
  ],
  "/speed/optimization/images/mirage/": [
    "mirage is gone, what replaces it",
    "optimize images for slow mobile connections",
  ],
  "/speed/optimization/images/troubleshooting/multiple-optimizations/": [
    "polish on images already compressed by a plugin",
    "double image optimization",
  ],
  "/speed/optimization/images/troubleshooting/troubleshooting-missing-images/": [
    "images missing from my site after enabling cloudflare",
    "pictures do not load through the proxy",
  ],
  "/speed/optimization/measurement/": [
    "measure real user performance in a privacy-first way",
    "privacy-friendly speed measurement with web analytics",
  ],
  "/speed/optimization/protocol/enhanced-http2-prioritization/": [
    "load page resources in a better order over http/2",
    "enhanced prioritization for faster rendering",
  ],
  "/speed/optimization/protocol/http2-to-origin/": [
    "use http/2 between cloudflare and my server",
    "turn off http/2 to my origin server",
  ],
  "/speed/optimization/protocol/troubleshooting/enhanced-http2-prioritization-ios-safari/": [
    "pages load slowly on iphone with http/2 prioritization",
    "safari renders slowly after enabling enhanced prioritization",
  ],
  "/speed/optimization/protocol/troubleshooting/protocol-troubleshooting/": [
    "err_http2_protocol_error in chrome",
    "http/3 or quic connection problems",
    "origin does not support http/2",
  ],
  "/speed/origin-analytics/": [
    "which endpoints of my server are slow",
    "see my origin's response times and errors from cloudflare",
  ],
  "/data-localization/": [
    "keep my visitors' data inside the eu",
    "gdpr data residency with cloudflare",
    "choose where traffic is decrypted and logs are stored",
  ],
  "/data-localization/compatibility/": [
    "which products work with regional services and metadata boundary",
    "does my product respect data localization settings",
  ],
  "/data-localization/faq/": [
    "is the data localization suite the same as dlp",
    "is cloudflare gdpr compliant for my eu visitors",
    "dashboard says data not available because of my account's region settings",
  ],
  "/data-localization/geo-key-manager/": [
    "store my tls private keys only in a chosen region",
    "restrict where https decryption keys live",
  ],
  "/data-localization/how-to/": [
    "configure each product for data localization",
    "data localization setup per product",
  ],
  "/data-localization/how-to/cache/": [
    "keep cached content only in eu data centers",
    "regional services with the cache",
  ],
  "/data-localization/how-to/cloudflare-for-saas/": [
    "regionalize custom hostnames of my saas customers",
    "keep saas tenants' traffic in one region",
  ],
  "/data-localization/how-to/durable-objects/": [
    "make durable objects store data only in the eu",
    "jurisdiction restricted durable objects",
  ],
  "/data-localization/how-to/load-balancing/": [
    "load balancing decisions made only in a region",
    "regional load balancers for data residency",
  ],
  "/data-localization/how-to/pages/": [
    "serve a pages site only from eu data centers",
    "regional services for a pages project",
  ],
  "/data-localization/how-to/r2/": [
    "keep r2 objects and requests in the eu",
    "r2 jurisdiction and regional services for a bucket",
    "s3-style bucket that keeps files in europe only",
  ],
  "/data-localization/how-to/workers/": [
    "run my worker only in a specific region",
    "regional services on a workers custom domain",
    "keep my serverless function's traffic inside the eu",
  ],
  "/data-localization/how-to/zero-trust/": [
    "gateway and access with data localization",
    "keep zero trust logs in the eu",
    "keep vpn and secure web gateway logs in europe",
  ],
  "/data-localization/limitations/": [
    "what data localization cannot guarantee",
    "features that still process data outside my region",
  ],
  "/data-localization/metadata-boundary/": [
    "keep logs and analytics about my visitors in the eu",
    "stop my account's log data from being stored in the us",
  ],
  "/data-localization/metadata-boundary/faq/": [
    "which data the metadata boundary covers",
    "does the metadata boundary cover security events",
  ],
  "/data-localization/metadata-boundary/get-started/": [
    "set the region where my logs are stored",
    "enable customer metadata boundary via api",
  ],
  "/data-localization/metadata-boundary/graphql-datasets/": [
    "graphql analytics that work with a metadata boundary",
    "analytics missing after setting a log region",
  ],
  "/data-localization/metadata-boundary/logpush-datasets/": [
    "logpush jobs available with a metadata boundary",
    "push logs when metadata must stay in region",
  ],
  "/data-localization/metadata-boundary/out-of-region-access/": [
    "colleagues outside the eu cannot see analytics",
    "allow access to regional logs from another region",
  ],
  "/data-localization/region-support/": [
    "which regions can i pick for data localization",
    "is there a region for india, japan or australia",
  ],
  "/data-localization/regional-services/": [
    "only decrypt https traffic in us or eu data centers",
    "process my site's traffic inside one region",
  ],
  "/data-localization/regional-services/get-started/": [
    "turn on regional services for a hostname",
    "set a region on a dns record via api",
    "make sure my site's traffic is only handled in europe",
  ],
  "/data-localization/regional-services/http-requests/": [
    "default privacy of http requests across data centers",
    "where is my traffic decrypted by default",
  ],
  "/fundamentals/api/get-started/": [
    "authenticate my scripts to the cloudflare api",
    "api token or global api key for automation",
  ],
};
