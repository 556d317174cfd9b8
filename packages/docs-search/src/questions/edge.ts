// Questions people and agents ask that the SSL/TLS and Rules pages answer, in their own words.
import type { PageQuestions } from "./types.ts";

export const EDGE_QUESTIONS: PageQuestions = {
  "/ssl/": [
    "https certificate for my website",
    "encrypt traffic to my site",
    "ssl settings for my domain",
    "browser says my site is not secure",
  ],
  "/ssl/get-started/": [
    "set up https for my domain",
    "my site shows not secure, how do i get the padlock",
    "get my site working over https",
  ],
  "/ssl/faq/": [
    "why does my site show a cloudflare certificate instead of the one i installed",
    "are the certificates on my domain shared with other sites",
    "certificate faq",
  ],
  "/ssl/edge-certificates/universal-ssl/": [
    "free certificate for my domain",
    "is https automatic when i add my site",
    "why is my certificate not issued yet",
  ],
  "/ssl/edge-certificates/universal-ssl/limitations/": [
    "certificate does not cover sub.sub.example.com",
    "second level subdomain not covered by the free certificate",
    "ssl error only on a deeper subdomain like a.b.example.com",
  ],
  "/ssl/edge-certificates/universal-ssl/troubleshooting/": [
    "my free certificate is stuck pending validation",
    "universal certificate not active",
    "certificate not issued after adding domain",
  ],
  "/ssl/edge-certificates/advanced-certificate-manager/": [
    "certificate for deeper subdomains or custom validity",
    "choose the certificate authority",
    "https on a.b.example.com gives a certificate error",
  ],
  "/ssl/edge-certificates/custom-certificates/": [
    "use my own purchased certificate",
    "upload a certificate i bought",
    "bring my own ssl certificate",
    "ev or ov certificate on cloudflare",
  ],
  "/ssl/edge-certificates/custom-certificates/uploading/": [
    "upload a custom certificate and key",
    "replace or update a custom certificate",
    "upload a pem certificate with the api",
  ],
  "/ssl/edge-certificates/additional-options/always-use-https/": [
    "make every request use https",
    "redirect http to https for my whole site",
    "force https",
  ],
  "/ssl/edge-certificates/additional-options/http-strict-transport-security/": [
    "tell browsers to always use https",
    "enable hsts and preload",
    "hsts max-age setting",
  ],
  "/ssl/edge-certificates/additional-options/automatic-https-rewrites/": [
    "fix mixed content by rewriting http links",
    "rewrite http urls to https in my pages",
    "old http image links break the padlock on my https pages",
  ],
  "/ssl/edge-certificates/additional-options/minimum-tls/": [
    "block old tls 1.0 and 1.1 clients",
    "require tls 1.2 or higher",
    "minimum tls version setting",
  ],
  "/ssl/edge-certificates/additional-options/tls-13/": [
    "turn on tls 1.3",
    "enable tls 1.3 for my zone",
    "is tls 1.3 supported",
  ],
  "/ssl/edge-certificates/additional-options/cipher-suites/": [
    "choose which ciphers my site accepts",
    "disable weak cipher suites",
    "pci compliant cipher settings",
  ],
  "/ssl/edge-certificates/additional-options/total-tls/": [
    "automatically get certificates for every proxied subdomain",
    "certificates for deep subdomains automatically",
    "every new subdomain i add, however deep, should get https without extra steps",
  ],
  "/ssl/edge-certificates/encrypt-visitor-traffic/": [
    "make visitors connect securely",
    "redirect visitors to https",
    "my site still opens over http without the padlock",
  ],
  "/ssl/edge-certificates/changing-dcv-method/": [
    "prove i own the domain to get a certificate",
    "domain validation with txt or http",
  ],
  "/ssl/edge-certificates/caa-records/": [
    "which certificate authorities may issue for my domain",
    "caa record blocks certificate issuance",
  ],
  "/ssl/origin-configuration/ssl-modes/": [
    "flexible, full or strict encryption mode",
    "encrypt the connection between cloudflare and my server",
    "which ssl mode should i pick",
  ],
  "/ssl/origin-configuration/ssl-modes/flexible/": [
    "flexible ssl and redirect loops",
    "flexible mode without a certificate on my server",
    "http between cloudflare and origin",
  ],
  "/ssl/origin-configuration/ssl-modes/full-strict/": [
    "validate my origin's certificate",
    "full strict mode",
    "require a valid certificate on my origin",
  ],
  "/ssl/origin-configuration/origin-ca/": [
    "free certificate to install on my server behind cloudflare",
    "origin certificate that lasts 15 years",
    "origin ca certificate for nginx or apache",
  ],
  "/ssl/origin-configuration/authenticated-origin-pull/": [
    "make sure requests to my server really come from cloudflare",
    "origin only accepts cloudflare with a client certificate",
    "anyone who finds my server ip can bypass cloudflare",
  ],
  "/ssl/client-certificates/": [
    "require client certificates from my api clients or iot devices",
    "mutual tls for visitors",
    "client certificate authentication",
  ],
  "/ssl/client-certificates/enable-mtls/": [
    "turn on mtls for a hostname",
    "enable mtls for my api hostname",
    "block requests without a client certificate",
  ],
  "/ssl/keyless-ssl/": [
    "keep my private key on my own server",
    "keyless ssl setup",
    "don't share my private key with cloudflare",
  ],
  "/ssl/reference/certificate-validity-periods/": [
    "when does my certificate renew",
    "how long are certificates valid",
    "certificate renewal schedule",
  ],
  "/ssl/reference/certificate-statuses/": [
    "what does my certificate status mean",
    "certificate pending validation status",
    "my certificate has shown the same status for hours",
  ],
  "/ssl/reference/browser-compatibility/": [
    "will old browsers support my certificate",
    "which clients support my certificates",
    "sni support",
  ],
  "/ssl/troubleshooting/too-many-redirects/": [
    "err_too_many_redirects after enabling cloudflare",
    "redirect loop with https",
    "infinite redirect loop",
    "page keeps redirecting to itself after i turned on cloudflare",
    "flexible mode and my server forcing https loop forever",
  ],
  "/ssl/troubleshooting/mixed-content-errors/": [
    "padlock missing because of insecure content",
    "some images load over http and the browser shows not secure",
    "fix mixed content on my https site",
  ],
  "/ssl/troubleshooting/general-ssl-errors/": [
    "certificate error in the browser",
    "ssl handshake failed",
    "your connection is not private error",
    "certificate name mismatch",
  ],
  "/ssl/troubleshooting/version-cipher-mismatch/": [
    "err_ssl_version_or_cipher_mismatch",
    "ssl version or cipher mismatch error",
    "browser can't connect securely to my site",
  ],
  "/ssl/troubleshooting/err-ssl-protocol-error/": [
    "err_ssl_protocol_error on my site",
    "ssl protocol error in chrome",
    "site works over http but https shows a protocol error",
  ],
  "/ssl/post-quantum-cryptography/": [
    "post quantum tls support",
    "stop recorded traffic from being decrypted later by quantum computers",
  ],
  "/rules/": [
    "change requests and responses without code",
    "redirect, rewrite and header rules",
    "send visitors to a new url or add a header without changing my server",
    "which rule type should i use",
  ],
  "/rules/url-forwarding/": [
    "redirect visitors from one url to another",
    "set up redirects for my site",
    "send people from an old page to the new one",
  ],
  "/rules/url-forwarding/single-redirects/": [
    "redirect a path to a new location with a rule",
    "dynamic redirect with wildcards",
    "301 redirect /old-page to /new-page",
  ],
  "/rules/url-forwarding/single-redirects/create-dashboard/": [
    "create a redirect rule in the dashboard",
    "make a 301 redirect in the dashboard",
    "add a redirect for one url",
  ],
  "/rules/url-forwarding/bulk-redirects/": [
    "redirect thousands of old urls at once",
    "upload a list of redirects",
    "account wide redirect list",
    "redirect all the old urls after moving my site to a new platform",
  ],
  "/rules/url-forwarding/bulk-redirects/reference/csv-file-format/": [
    "csv format for a redirect list",
    "upload redirects from a spreadsheet",
    "bulk redirect csv columns",
  ],
  "/rules/url-forwarding/examples/redirect-www-to-root/": [
    "send www visitors to the bare domain",
    "remove www from my urls",
    "www to non-www redirect",
  ],
  "/rules/url-forwarding/examples/redirect-root-to-www/": [
    "send the bare domain to www",
    "non-www to www redirect",
    "add www to my urls",
  ],
  "/rules/url-forwarding/examples/redirect-all-another-domain/": [
    "redirect my old domain to my new domain keeping paths",
    "domain change redirect",
    "forward everything to a new domain",
  ],
  "/rules/url-forwarding/examples/redirect-all-country/": [
    "redirect visitors from one country",
    "send visitors from one country to another page",
    "country based redirect",
  ],
  "/rules/url-forwarding/examples/perform-mobile-redirects/": [
    "send phone users to a mobile site",
    "mobile redirect rule",
    "redirect mobile users",
  ],
  "/rules/transform/": [
    "rewrite urls or change headers without a worker",
    "add or remove headers without touching my server code",
    "modify urls and headers with rules",
  ],
  "/rules/transform/url-rewrite/": [
    "serve a different path than the visitor requested without redirecting",
    "rewrite the url before it reaches my server",
    "url rewrite rule",
    "rewrite path or query string",
  ],
  "/rules/transform/request-header-modification/": [
    "add a header to requests going to my origin",
    "remove a request header",
    "request header transform rule",
    "send a custom header to my backend",
  ],
  "/rules/transform/response-header-modification/": [
    "add a response header to every page",
    "set security headers without code",
    "response header transform rule",
    "remove the server header",
  ],
  "/rules/transform/managed-transforms/": [
    "add visitor location headers",
    "remove x-powered-by headers automatically",
    "add true client ip header",
    "know the visitor's country in my app without a geoip database",
  ],
  "/rules/transform/examples/add-cors-header/": [
    "allow cross origin requests with a header rule",
    "access-control-allow-origin on all responses",
    "cors header without code",
  ],
  "/rules/origin-rules/": [
    "send some requests to a different server",
    "change the port or host header sent to my origin",
    "route /blog to another backend",
  ],
  "/rules/origin-rules/examples/change-port/": [
    "my app runs on port 8080",
    "send traffic to a different port on my server",
    "origin rule to change destination port",
  ],
  "/rules/origin-rules/tutorials/point-to-r2-bucket-with-custom-domain/": [
    "serve part of my site from a bucket",
    "route a path to an r2 bucket",
    "origin rule for r2",
  ],
  "/rules/configuration-rules/": [
    "change settings for only part of my site",
    "turn off a feature on one path",
    "a setting breaks my checkout page but i need it everywhere else",
    "disable rocket loader or email obfuscation on some urls",
  ],
  "/rules/compression-rules/": [
    "choose compression per file type",
    "turn off brotli for some files",
    "some downloads arrive corrupted because of compression",
  ],
  "/rules/custom-errors/": [
    "show my own branded error page",
    "custom 500 or 502 page",
    "visitors see a bare error page when my server is down",
  ],
  "/rules/snippets/": [
    "small javascript to modify requests without a full worker",
    "snippets versus workers",
    "tweak headers with a few lines of javascript at the cdn",
  ],
  "/rules/snippets/when-to-use/": [
    "should i use a snippet or a worker",
    "snippets versus workers limits and pricing",
    "lightweight request tweaks without paying for workers",
  ],
  "/rules/snippets/examples/maintenance/": [
    "return a maintenance page with a snippet",
    "maintenance mode page with a snippet",
  ],
  "/rules/page-rules/": [
    "old page rules",
    "url based settings for my site",
    "forward a url or set caching for one path the old way",
    "where did page rules go, are they still supported",
  ],
  "/rules/reference/page-rules-migration/": [
    "replace my page rules with the new rules",
    "page rules are deprecated, what now",
    "migrate page rules to modern rules",
  ],
  "/rules/normalization/": [
    "normalize urls before rules match",
    "attackers slip past my rules with encoded characters in the url",
    "decode and normalize paths",
  ],
  "/rules/trace-request/": [
    "see which rules apply to a request",
    "debug why a rule did not fire",
    "trace a request through rules",
    "test my rules with cloudflare trace",
  ],
  "/rules/cloud-connector/": [
    "route paths to s3 or other cloud storage",
    "host my /assets folder in google cloud storage behind my own domain",
    "send /images to s3 or google cloud storage",
  ],
  "/ssl/edge-certificates/": [
    "certificates that cloudflare presents to visitors",
    "which certificate do visitors' browsers see for my domain",
  ],
  "/ssl/origin-configuration/": [
    "secure the connection to my origin server",
    "encrypt traffic from the cdn to my web host",
  ],
  "/ssl/edge-certificates/backup-certificates/": [
    "what if the certificate on my site gets revoked suddenly",
    "backup certificates for universal ssl",
    "what happens if my certificate authority revokes certificates",
  ],
  "/ssl/reference/certificate-authorities/": [
    "which certificate authorities does cloudflare use",
    "let's encrypt or google trust services",
    "can i choose let's encrypt or google trust services for my cert",
  ],
  "/ssl/origin-configuration/custom-origin-trust-store/": [
    "trust my own ca for origin certificates",
    "my origin uses a certificate from a private ca and full strict fails",
  ],
  "/ssl/edge-certificates/staging-environment/": [
    "test certificates in staging",
    "try a new certificate on a test hostname before going live",
  ],
  "/ssl/reference/protocols/": [
    "supported tls protocols",
    "can visitors on old phones or browsers still connect to my site",
    "which tls versions do visitors' browsers use to reach my site",
  ],
  "/rules/url-forwarding/single-redirects/create-api/": [
    "create a redirect rule via the api",
    "set up a 301 from my deploy script",
  ],
  "/rules/url-forwarding/bulk-redirects/create-dashboard/": [
    "create a bulk redirect list in the dashboard",
    "upload a csv of old and new urls in the dashboard",
  ],
  "/rules/url-forwarding/bulk-redirects/create-api/": [
    "create bulk redirects with the api",
    "upload a list of old and new urls from a script",
  ],
  "/rules/url-forwarding/examples/redirect-admin-https/": [
    "force https for the admin area",
    "https redirect for admin pages",
    "login page of my admin area loads over plain http",
  ],
  "/rules/url-forwarding/examples/redirect-new-url/": [
    "redirect one page to a new page",
    "redirect to a new page url",
    "a page moved and old links should still work",
  ],
  "/rules/origin-rules/examples/change-http-host-header/": [
    "override the host header sent to my origin",
    "change the dns target for some requests",
    "my origin only answers for its own hostname, not my domain",
  ],
  "/rules/configuration-rules/settings/": [
    "settings a configuration rule can change",
    "which zone settings can differ per url path",
  ],
  "/rules/custom-errors/edit-error-pages/": [
    "edit cloudflare's error pages",
    "brand the 5xx error page",
    "replace the default cloudflare 502 page with my branding",
  ],
  "/rules/snippets/examples/jwt-validation/": [
    "validate a jwt at the edge without a worker",
    "jwt validation snippet",
    "reject requests without a valid bearer token at the edge",
  ],
  "/rules/snippets/examples/security-headers/": [
    "security headers with a snippet",
    "security headers snippet",
  ],
  "/rules/snippets/examples/define-cors-headers/": ["cors headers with a snippet", "cors snippet"],
  "/rules/page-rules/reference/settings/": [
    "page rule settings list",
    "what an old url rule can change, like cache level or forwarding",
  ],
  "/rules/origin-rules/features/": [
    "what origin rules can override",
    "change which backend hostname serves one path",
    "override sni, port or resolved host for a path",
  ],
  "/rules/custom-errors/create-rules/": [
    "create a custom error rule",
    "friendly page when my backend returns a server error",
    "return a custom page when my origin sends a 404",
  ],
  "/rules/cloud-connector/create-api/": [
    "create a cloud connector rule with the api",
    "route a path to a storage bucket via api call",
  ],
  "/rules/cloud-connector/create-dashboard/": [
    "set up cloud connector in the dashboard",
    "send part of my site to an s3 or gcs bucket without a worker",
  ],
  "/rules/cloud-connector/create-terraform/": [
    "manage cloud connector rules in terraform",
    "terraform resource for routing to a cloud bucket",
  ],
  "/rules/cloud-connector/examples/route-images-to-aws-s3-using-terraform/": [
    "terraform example serving /images from amazon s3",
    "cloudflare_cloud_connector_rules resource example",
  ],
  "/rules/cloud-connector/examples/route-images-to-s3/": [
    "serve /images on my domain from an s3 bucket",
    "host my site's pictures in aws s3 behind my domain",
  ],
  "/rules/cloud-connector/examples/send-eu-visitors-to-gcs/": [
    "send european visitors to a google cloud storage bucket",
    "serve eu users from a different bucket by country",
  ],
  "/rules/cloud-connector/examples/serve-static-assets-from-azure/": [
    "serve static files from azure blob storage on my domain",
    "route /static-assets to an azure container",
  ],
  "/rules/cloud-connector/providers/": [
    "which clouds does cloud connector support",
    "use an r2, s3, google cloud storage or azure blob bucket as origin",
    "find the bucket url to use in cloud connector",
  ],
  "/rules/compression-rules/create-api/": [
    "create a compression rule with the rulesets api",
    "compress_response action parameters",
  ],
  "/rules/compression-rules/create-dashboard/": [
    "create a compression rule in the dashboard",
    "choose gzip or brotli for some of my responses",
  ],
  "/rules/compression-rules/examples/disable-all-brotli/": [
    "turn off brotli and only use gzip",
    "brotli breaks my responses, force gzip",
  ],
  "/rules/compression-rules/examples/disable-compression-avif/": [
    "stop compressing avif images",
    "skip compression for already compressed image files",
  ],
  "/rules/compression-rules/examples/enable-zstandard/": [
    "enable zstd compression for my site",
    "serve zstandard compressed responses to browsers that support it",
  ],
  "/rules/compression-rules/examples/gzip-for-csv/": [
    "compress csv downloads with gzip",
    "prefer gzip for one file type",
  ],
  "/rules/compression-rules/examples/only-brotli-url-path/": [
    "use only brotli for one url path",
    "compress a specific download with brotli",
  ],
  "/rules/compression-rules/settings/": [
    "compression algorithms i can choose in a compression rule",
    "what happens when the browser does not support the chosen algorithm",
  ],
  "/rules/configuration-rules/create-api/": [
    "create a configuration rule with the api",
    "set_config action to change settings for some urls",
  ],
  "/rules/configuration-rules/create-dashboard/": [
    "switch off one speed setting just for my login page",
    "turn a zone setting off only for one path",
  ],
  "/rules/configuration-rules/examples/define-single-configuration-terraform/": [
    "configuration rule in terraform",
    "disable email obfuscation for api requests with terraform",
  ],
  "/rules/custom-errors/api-calls/": [
    "upload a custom error page asset with the api",
    "manage custom error pages at account or zone level via api",
  ],
  "/rules/custom-errors/example-rules/": [
    "show my own page when the origin returns 500",
    "custom 404 page served by cloudflare",
    "return a json error body for api clients",
  ],
  "/rules/custom-errors/reference/error-page-types/": [
    "which cloudflare error pages can i customize",
    "error page types for waf block, challenge and 5xx",
  ],
  "/rules/custom-errors/reference/error-tokens/": [
    "placeholders like ray id to put in a custom error page",
    "required tokens in a custom challenge or block page",
  ],
  "/rules/custom-errors/reference/parameters/": [
    "custom error rule parameters",
    "status code and content type of a custom error response",
  ],
  "/rules/custom-errors/troubleshooting/": [
    "cannot preview or publish my custom error page",
    "custom error page too big",
    "my branded error page is not shown for blocked requests",
  ],
  "/rules/normalization/examples/": [
    "how urls with encoded or double slashes get normalized",
    "examples of url normalization results",
  ],
  "/rules/normalization/how-it-works/": [
    "why cloudflare changes %2f or // in my urls",
    "how url normalization keeps waf rules from being bypassed",
  ],
  "/rules/normalization/manage/": [
    "turn url normalization on or off",
    "change url normalization in the dashboard",
    "my origin receives urls that differ from what visitors typed",
  ],
  "/rules/normalization/settings/": [
    "rfc 3986 versus cloudflare normalization",
    "normalize urls sent to my origin too",
  ],
  "/rules/origin-rules/create-api/": [
    "create an origin rule with the api",
    "route action to override host header or port via api",
  ],
  "/rules/origin-rules/create-dashboard/": [
    "point /api at a different server and port",
    "send some requests to a different backend server",
  ],
  "/rules/origin-rules/examples/define-single-origin-terraform/": [
    "origin rule in terraform",
    "override host header and port with terraform",
  ],
  "/rules/origin-rules/faq/": [
    "origin rule and page rule both override the host header",
    "which origin rule wins when several match",
    "are page rule host overrides migrated to origin rules",
  ],
  "/rules/origin-rules/parameters/": [
    "origin rule action_parameters reference",
    "fields for host header, sni, dns record and port overrides",
  ],
  "/rules/origin-rules/tutorials/change-uri-path-and-host-header/": [
    "change path and host header before hitting my origin",
    "route /uploads to a different host with a new path",
  ],
  "/rules/origin-rules/tutorials/point-to-pages-with-custom-domain/": [
    "serve a pages project under a path of my domain",
    "point part of my site to a cloudflare pages deployment",
  ],
  "/rules/page-rules/how-to/url-forwarding/": [
    "redirect with a page rule forwarding url",
    "301 redirect one domain to another with page rules",
  ],
  "/rules/page-rules/manage/": [
    "create, edit or delete a page rule",
    "change the order of my page rules",
  ],
  "/rules/page-rules/reference/additional-reference/": [
    "page rules are case-insensitive",
    "which ports do page rules work on",
    "page rules together with workers",
  ],
  "/rules/page-rules/reference/recommended-rules/": [
    "useful page rules to set up",
    "cache everything on a path with a page rule",
  ],
  "/rules/page-rules/reference/wildcard-matching/": [
    "use * wildcards in page rule urls",
    "reference matched wildcard like $1 in the forwarding url",
  ],
  "/rules/page-rules/troubleshooting/billing-and-subscription/": [
    "buy more page rules",
    "cancel extra page rules i purchased",
  ],
  "/rules/page-rules/troubleshooting/general/": [
    "my page rule is not working",
    "page rule causes error 500",
    "changes in my page rule have no effect",
  ],
  "/rules/reference/troubleshooting/": [
    "redirect rule breaks certificate validation",
    "content-length header missing after a rule runs",
    "rule not applied because a url rewrite ran first",
    "rules and challenges interfere with each other",
    "my redirect rule stopped my certificate from renewing",
  ],
  "/rules/snippets/create-api/": [
    "upload a snippet with the api",
    "deploy snippet code and its rule via api",
  ],
  "/rules/snippets/create-dashboard/": [
    "write a snippet in the dashboard",
    "run a bit of javascript on requests without a full worker",
  ],
  "/rules/snippets/create-terraform/": [
    "manage snippets with terraform",
    "deploy snippet code from terraform files",
  ],
  "/rules/snippets/errors/": [
    "error 1202 snippets exceeded subrequests",
    "snippet exceeded cpu or memory limit",
    "snippet threw an exception (error 1206)",
    "rename a snippet",
  ],
  "/rules/snippets/examples/ab-testing-same-url/": [
    "a/b test two versions of a page on the same url",
    "split visitors between variants with a cookie",
  ],
  "/rules/snippets/examples/append-dates-to-cookies/": [
    "add an expiry date to a cookie for a/b tests",
    "set cookie expiration from edge code",
  ],
  "/rules/snippets/examples/auth-with-headers/": [
    "allow requests only with a secret header",
    "simple header based authentication in a snippet",
  ],
  "/rules/snippets/examples/bot-data-to-origin/": [
    "pass bot score to my origin as a header",
    "forward bot management details to my backend",
  ],
  "/rules/snippets/examples/bots-to-honeypot/": [
    "send likely bots to a honeypot page",
    "trap scrapers with a fake page",
  ],
  "/rules/snippets/examples/bulk-redirect-map/": [
    "redirect many paths from a map in code",
    "javascript redirect table in a snippet",
  ],
  "/rules/snippets/examples/country-code-redirect/": [
    "redirect visitors by country code in a snippet",
    "send visitors to a country specific path",
  ],
  "/rules/snippets/examples/custom-cache/": [
    "cache responses with custom rules in a snippet",
    "use the cache api from a snippet",
  ],
  "/rules/snippets/examples/debugging-logs/": [
    "send debug logs from a snippet to an endpoint",
    "see what my snippet is doing",
  ],
  "/rules/snippets/examples/follow-redirects/": [
    "follow origin redirects instead of passing them to the browser",
    "resolve 301s from my server at the edge",
  ],
  "/rules/snippets/examples/hex-timestamp/": [
    "add a hex timestamp header to requests",
    "tag each request with a time value in hex",
  ],
  "/rules/snippets/examples/override-set-cookies-value/": [
    "change a set-cookie value coming from my origin",
    "rewrite a cookie set by my backend",
  ],
  "/rules/snippets/examples/redirect-forbidden-status/": [
    "send visitors to another page when the origin returns 403",
    "replace forbidden responses with a friendly page",
  ],
  "/rules/snippets/examples/redirect-replaced-domain/": [
    "redirect an old domain to a new one in a snippet",
    "move visitors from a retired domain with code",
  ],
  "/rules/snippets/examples/remove-fields-api-response/": [
    "strip fields from a json api response",
    "hide sensitive keys from an api response at the edge",
  ],
  "/rules/snippets/examples/remove-query-strings/": [
    "drop query parameters before the request reaches my server",
    "strip tracking parameters like utm before the origin",
  ],
  "/rules/snippets/examples/remove-response-headers/": [
    "remove headers like x-powered-by from responses with a snippet",
    "hide server software headers from visitors",
  ],
  "/rules/snippets/examples/return-incoming-request-properties/": [
    "return the visitor's ip, country and headers as json",
    "echo the request's cf properties back",
  ],
  "/rules/snippets/examples/rewrite-site-links/": [
    "replace links in html pages on the fly",
    "rewrite old hostnames inside page content",
  ],
  "/rules/snippets/examples/route-and-rewrite/": [
    "change origin and path together in a snippet",
    "send a path to another backend with a new url",
  ],
  "/rules/snippets/examples/send-timestamp-to-origin/": [
    "send the request time to my origin in a header",
    "add a header with when the edge received the request",
  ],
  "/rules/snippets/examples/serve-different-origin/": [
    "fall back to another origin when the first one fails",
    "retry on a backup server when the origin returns an error",
  ],
  "/rules/snippets/examples/signing-requests/": [
    "sign urls with hmac so only valid links work",
    "verify signed requests at the edge",
  ],
  "/rules/snippets/examples/slow-suspicious-requests/": [
    "add a delay to suspicious requests",
    "tarpit requests that look like abuse",
  ],
  "/rules/snippets/how-it-works/": [
    "in what order do snippets run on a request",
    "how snippet rules decide which code executes",
  ],
  "/rules/trace-request/how-to/": [
    "trace which rules a request matches",
    "debug why a url gets redirected or blocked",
  ],
  "/rules/trace-request/limitations/": [
    "features that trace does not show",
    "why trace results differ from real traffic",
  ],
  "/rules/transform/examples/add-request-header-bot-score/": [
    "send the bot score to my server in a request header",
    "pass cf bot score to origin without code",
  ],
  "/rules/transform/examples/add-request-header-static-value/": [
    "add a fixed header to every request to my origin",
    "tag requests to my backend with a constant header",
  ],
  "/rules/transform/examples/add-request-header-subrequest-other-zone/": [
    "mark requests coming from another zone's worker",
    "know when a request came from a worker on another zone",
  ],
  "/rules/transform/examples/add-response-header-static-value/": [
    "add a custom header to every response",
    "add a response header to all pages without code",
  ],
  "/rules/transform/examples/normalize-encoded-slash/": [
    "decode %2f to / in the url path",
    "encoded slashes break routing at my origin",
  ],
  "/rules/transform/examples/remove-request-header/": [
    "strip a header before it reaches my origin",
    "delete an incoming header with a transform rule",
  ],
  "/rules/transform/examples/remove-response-header/": [
    "drop a header my server sends to browsers",
    "delete a header from responses with a transform rule",
  ],
  "/rules/transform/examples/rewrite-archive-urls-new-format/": [
    "rewrite old blog archive urls to a new format",
    "map /2020/01/post urls to a new structure",
  ],
  "/rules/transform/examples/rewrite-moved-section/": [
    "serve a moved section of my site under its old path",
    "keep old urls working after moving a folder",
  ],
  "/rules/transform/examples/rewrite-path-object-storage/": [
    "remove a path prefix before sending to my storage bucket",
    "drop /files/ from paths before the bucket",
  ],
  "/rules/transform/examples/rewrite-several-url-different-url/": [
    "rewrite nested image paths to a flat folder",
    "rewrite /images/a/b/file.jpg to /img/file.jpg",
  ],
  "/rules/transform/examples/rewrite-url-string-visitors/": [
    "add a query string to requests for a path",
    "append a sort parameter to a url internally",
  ],
  "/rules/transform/examples/rewrite-welcome-for-countries/": [
    "show a localized welcome page by country without a redirect",
    "serve a different language page by country code",
  ],
  "/rules/transform/examples/set-response-header-bot-score/": [
    "expose the bot score in a response header",
    "see bot score in the browser's response headers",
  ],
  "/rules/transform/examples/set-response-header-static-value/": [
    "set a response header to a fixed value",
    "overwrite a response header with my own value",
  ],
  "/rules/transform/managed-transforms/configure/": [
    "turn on a managed transform like visitor location headers",
    "enable or disable managed transforms via api",
  ],
  "/rules/transform/managed-transforms/reference/": [
    "send the visitor's country and city to my origin",
    "add security headers with one toggle",
    "hide which server software my site runs in response headers",
    "list of managed transforms and the headers they add",
  ],
  "/rules/transform/request-header-modification/create-api/": [
    "create a request header transform rule via api",
    "set or remove request headers with the rulesets api",
  ],
  "/rules/transform/request-header-modification/create-dashboard/": [
    "add, change or remove a request header in the dashboard",
    "send an extra header to my backend",
  ],
  "/rules/transform/request-header-modification/reference/fields-functions/": [
    "fields i can use to build a request header value",
    "functions allowed in request header expressions",
  ],
  "/rules/transform/request-header-modification/reference/header-format/": [
    "which characters are allowed in a request header name or value",
    "request header value rejected as invalid",
  ],
  "/rules/transform/request-header-modification/reference/parameters/": [
    "request header transform action parameters",
    "json for setting a request header via api",
  ],
  "/rules/transform/response-header-modification/create-api/": [
    "create a response header transform rule via api",
    "set or remove response headers with the rulesets api",
  ],
  "/rules/transform/response-header-modification/create-dashboard/": [
    "add or remove a response header in the dashboard",
    "set cache-control or cors headers on responses without code",
  ],
  "/rules/transform/response-header-modification/reference/fields-functions/": [
    "fields i can use in a response header value",
    "functions allowed in response header expressions",
  ],
  "/rules/transform/response-header-modification/reference/header-format/": [
    "allowed characters in a response header name or value",
    "response header name rejected as invalid",
  ],
  "/rules/transform/response-header-modification/reference/parameters/": [
    "response header transform action parameters",
    "add a header without overwriting an existing one",
  ],
  "/rules/transform/troubleshooting/": [
    "my request header changes do not show up",
    "transform rule not applied",
    "my backend never receives the header i added",
  ],
  "/rules/transform/url-rewrite/create-api/": [
    "create a url rewrite rule via api",
    "rewrite the path or query string with the rulesets api",
  ],
  "/rules/transform/url-rewrite/create-dashboard/": [
    "rewrite a url without redirecting the visitor",
    "create a url rewrite rule in the dashboard",
    "use wildcard patterns in a url rewrite",
  ],
  "/rules/transform/url-rewrite/reference/fields-functions/": [
    "fields and functions for dynamic url rewrites",
    "which fields can a rewrite expression use",
  ],
  "/rules/transform/url-rewrite/reference/parameters/": [
    "static versus dynamic url rewrite parameters",
    "json for a url rewrite via api",
  ],
  "/rules/url-forwarding/bulk-redirects/concepts/": [
    "what is a bulk redirect list and a bulk redirect rule",
    "how redirect lists and rules fit together",
  ],
  "/rules/url-forwarding/bulk-redirects/faq/": [
    "same source url in two redirect lists",
    "how many redirects can one list hold",
    "do bulk redirects run before page rules",
  ],
  "/rules/url-forwarding/bulk-redirects/how-it-works/": [
    "when bulk redirects are evaluated for a request",
    "how a request is matched against thousands of redirects",
  ],
  "/rules/url-forwarding/bulk-redirects/reference/json-objects/": [
    "json structure of a bulk redirect rule and list item",
    "api object for a url redirect list item",
  ],
  "/rules/url-forwarding/bulk-redirects/reference/parameters/": [
    "subpath matching and preserve query string options",
    "include subdomains in a bulk redirect",
  ],
  "/rules/url-forwarding/bulk-redirects/reference/url-components/": [
    "can a redirect source include a port, query or fragment",
    "url parts supported in bulk redirect source and target",
  ],
  "/rules/url-forwarding/bulk-redirects/terraform-example/": [
    "bulk redirects with terraform",
    "create a redirect list and rule in terraform",
  ],
  "/rules/url-forwarding/examples/redirect-all-different-domain-root/": [
    "send every url of an old site to the homepage of the new one",
    "retired domain should go to the new site's front page",
  ],
  "/rules/url-forwarding/examples/redirect-all-different-hostname/": [
    "redirect one subdomain to another hostname keeping path and query",
    "move shop.example.com to a new hostname over https",
  ],
  "/rules/url-forwarding/examples/redirect-country-subdomains/": [
    "send uk and french visitors to localized subdomains",
    "geo redirect the homepage to country subdomains",
  ],
  "/rules/url-forwarding/examples/remove-locale-url/": [
    "remove /en-us/ from old urls with a redirect",
    "drop the language prefix from old links",
  ],
  "/rules/url-forwarding/single-redirects/settings/": [
    "dynamic redirect with a wildcard or expression",
    "keep the query string when redirecting",
    "single redirect settings and status codes",
    "redirect loses the path or query string",
  ],
  "/rules/url-forwarding/single-redirects/terraform-example/": [
    "redirect rule in terraform",
    "single redirect defined as code in terraform",
  ],
  "/ssl/client-certificates/byo-ca/": [
    "use my own certificate authority for client certificates",
    "mtls with certificates my company already issues",
    "upload a private ca to validate device certs",
  ],
  "/ssl/client-certificates/client-certificate-variables/": [
    "read client certificate details in a rule or worker",
    "check the presented cert's fingerprint or subject in an expression",
  ],
  "/ssl/client-certificates/configure-your-mobile-app-or-iot-device/": [
    "make my mobile app present a client certificate",
    "authenticate iot devices to my api with mtls",
    "only let my app talk to my api",
  ],
  "/ssl/client-certificates/create-a-client-certificate/": [
    "issue a client certificate from cloudflare's ca",
    "generate a cert and key for a device to use mtls",
  ],
  "/ssl/client-certificates/forward-a-client-certificate/": [
    "pass the client certificate to my origin in a header",
    "client-cert header from rfc 9440",
    "my backend needs to know which device connected",
  ],
  "/ssl/client-certificates/label-client-certificate/": [
    "tell my client certificates apart",
    "name or tag client certificates for devices",
  ],
  "/ssl/client-certificates/revoke-client-certificate/": [
    "revoke a compromised device certificate",
    "can i delete a client certificate",
  ],
  "/ssl/client-certificates/troubleshooting/": [
    "mtls request fails even with a client certificate",
    "client certificate not sent or not accepted",
  ],
  "/ssl/concepts/": [
    "what is an edge certificate versus an origin certificate",
    "ssl terms like sni, chain of trust and cipher suite",
  ],
  "/ssl/edge-certificates/additional-options/": [
    "other tls settings on the edge certificates page",
    "where are hsts, minimum tls and tls 1.3 settings",
  ],
  "/ssl/edge-certificates/additional-options/certificate-signing-requests/": [
    "generate a csr on cloudflare to buy a certificate elsewhere",
    "keep the private key on cloudflare and use my own ca",
  ],
  "/ssl/edge-certificates/additional-options/certificate-transparency-monitoring/": [
    "get an email when a certificate is issued for my domain",
    "detect certificates i did not request",
    "ct log alerts",
  ],
  "/ssl/edge-certificates/additional-options/cipher-suites/compliance-status/": [
    "cipher suites for pci dss or fips compliance",
    "tls ciphers needed to pass a compliance audit",
  ],
  "/ssl/edge-certificates/additional-options/cipher-suites/customize-cipher-suites/": [
    "restrict which ciphers visitors can use",
    "disable weak ciphers on my site",
  ],
  "/ssl/edge-certificates/additional-options/cipher-suites/customize-cipher-suites/api/": [
    "set allowed cipher suites via api",
    "cipher suites per hostname with the api",
  ],
  "/ssl/edge-certificates/additional-options/cipher-suites/customize-cipher-suites/dashboard/": [
    "choose cipher suites in the dashboard",
    "pick modern, compatible or legacy security level for tls",
  ],
  "/ssl/edge-certificates/additional-options/cipher-suites/recommendations/": [
    "recommended cipher suites for modern or legacy clients",
    "which ciphers should i allow",
  ],
  "/ssl/edge-certificates/additional-options/cipher-suites/supported-cipher-suites/": [
    "which cipher suites does cloudflare support",
    "list of tls 1.2 and 1.3 ciphers at the edge",
  ],
  "/ssl/edge-certificates/additional-options/cipher-suites/troubleshooting/": [
    "clients fail after restricting ciphers",
    "cipher settings conflict with minimum tls version",
  ],
  "/ssl/edge-certificates/additional-options/opportunistic-encryption/": [
    "encrypt http requests without forcing https",
    "what opportunistic encryption does",
  ],
  "/ssl/edge-certificates/additional-options/total-tls/enable/": [
    "turn on total tls for all my subdomains",
    "get certificates for deep subdomains automatically",
  ],
  "/ssl/edge-certificates/additional-options/total-tls/error-messages/": [
    "this hostname is not covered by a certificate",
    "warning on a proxied record about missing certificate coverage",
  ],
  "/ssl/edge-certificates/advanced-certificate-manager/api-commands/": [
    "order an advanced certificate with the api",
    "api endpoints for certificate packs",
  ],
  "/ssl/edge-certificates/advanced-certificate-manager/manage-certificates/": [
    "order an advanced certificate for my domain",
    "choose the ca, validity and hostnames of a certificate",
    "delete or restart validation of an advanced certificate",
  ],
  "/ssl/edge-certificates/changing-dcv-method/dcv-flow/": [
    "how domain validation works when cloudflare issues a certificate",
    "when does my certificate need to be revalidated",
  ],
  "/ssl/edge-certificates/changing-dcv-method/methods/": [
    "ways to prove i own the domain for a certificate",
    "choose between txt, http and delegated validation",
  ],
  "/ssl/edge-certificates/changing-dcv-method/methods/delegated-dcv/": [
    "let cloudflare renew certificates when my dns is elsewhere",
    "cname _acme-challenge to cloudflare",
    "certificate renewals for a partial setup",
  ],
  "/ssl/edge-certificates/changing-dcv-method/methods/http/": [
    "validate my certificate with an http token",
    "http validation cannot be used for a wildcard certificate",
  ],
  "/ssl/edge-certificates/changing-dcv-method/methods/txt/": [
    "add the txt record to validate my certificate",
    "dns txt validation at another dns provider",
  ],
  "/ssl/edge-certificates/changing-dcv-method/troubleshooting/": [
    "certificate stuck in pending validation",
    "certificate will not issue for my domain",
    "caa records block my certificate",
    "ssl still not working days after adding my domain",
  ],
  "/ssl/edge-certificates/changing-dcv-method/validation-backoff-schedule/": [
    "how often cloudflare retries a failed validation",
    "how long until a pending certificate is checked again",
  ],
  "/ssl/edge-certificates/custom-certificates/bundling-methodologies/": [
    "compatible versus modern bundle for an uploaded certificate",
    "how the intermediate chain is built for my custom cert",
  ],
  "/ssl/edge-certificates/custom-certificates/remove-file-key-password/": [
    "my private key has a passphrase and upload fails",
    "remove the password from a key file with openssl",
  ],
  "/ssl/edge-certificates/custom-certificates/renewing/": [
    "renew a certificate i uploaded myself",
    "what happens when my custom certificate expires",
    "my uploaded certificate is about to expire",
  ],
  "/ssl/edge-certificates/custom-certificates/troubleshooting/": [
    "custom certificate upload rejected",
    "key does not match the certificate",
    "uploaded certificate not being served",
  ],
  "/ssl/edge-certificates/ech/": [
    "hide the hostname in the tls handshake",
    "turn encrypted client hello on or off",
    "hide which website visitors open from their network provider",
  ],
  "/ssl/edge-certificates/geokey-manager/": [
    "keep tls private keys only in the eu or us",
    "store certificate keys in chosen regions for compliance",
  ],
  "/ssl/edge-certificates/geokey-manager/setup/": [
    "upload a custom certificate with a key storage region",
    "set a geo key policy via api",
  ],
  "/ssl/edge-certificates/geokey-manager/supported-options/": [
    "which regions can hold my private keys",
    "geo key manager region codes",
  ],
  "/ssl/edge-certificates/universal-ssl/disable-universal-ssl/": [
    "turn off the free certificate cloudflare gave my domain",
    "what breaks if i disable universal ssl",
  ],
  "/ssl/edge-certificates/universal-ssl/enable-universal-ssl/": [
    "get a free ssl certificate for my domain",
    "universal certificate not issued after adding my site",
  ],
  "/ssl/keyless-ssl/configuration/cloudflare-tunnel/": [
    "connect my key server to cloudflare through a tunnel",
    "keyless ssl without exposing the key server to the internet",
  ],
  "/ssl/keyless-ssl/configuration/public-dns/": [
    "set up keyless ssl with a public key server hostname",
    "upload a keyless certificate and point it to my key server",
  ],
  "/ssl/keyless-ssl/glossary/": [
    "what is the keyless key server and port 2407",
    "keyless ssl terms",
  ],
  "/ssl/keyless-ssl/hardware-security-modules/": [
    "keep my private key in an hsm with keyless ssl",
    "pkcs#11 support in keyless ssl",
  ],
  "/ssl/keyless-ssl/hardware-security-modules/aws-cloud-hsm/": [
    "keyless ssl with aws cloudhsm",
    "use a key stored in amazon cloudhsm for my site's tls",
  ],
  "/ssl/keyless-ssl/hardware-security-modules/azure-dedicated-hsm/": [
    "keyless ssl with azure dedicated hsm",
    "safenet luna hsm as key store for tls",
  ],
  "/ssl/keyless-ssl/hardware-security-modules/azure-managed-hsm/": [
    "keyless ssl with azure managed hsm",
    "tls signing from an azure key vault hsm",
  ],
  "/ssl/keyless-ssl/hardware-security-modules/configuration/": [
    "configure gokeyless for a pkcs#11 token",
    "hsm pin and module settings for the key server",
  ],
  "/ssl/keyless-ssl/hardware-security-modules/entrust-nshield-connect/": [
    "keyless ssl with entrust nshield",
    "nshield connect configuration for gokeyless",
  ],
  "/ssl/keyless-ssl/hardware-security-modules/fortanix-dsm/": [
    "keyless ssl with fortanix dsm",
    "fortanix data security manager for tls keys",
  ],
  "/ssl/keyless-ssl/hardware-security-modules/google-cloud-hsm/": [
    "keyless ssl with google cloud hsm",
    "cloud kms hsm key for my tls certificate",
  ],
  "/ssl/keyless-ssl/hardware-security-modules/ibm-cloud-hsm/": [
    "keyless ssl with ibm cloud hsm",
    "ibm hsm setup for the keyless key server",
  ],
  "/ssl/keyless-ssl/hardware-security-modules/softhsmv2/": [
    "test keyless ssl with softhsm",
    "software hsm for trying pkcs#11 keyless",
  ],
  "/ssl/keyless-ssl/reference/high-availability/": [
    "run several key servers so tls keeps working",
    "keyless ssl redundancy and failover",
  ],
  "/ssl/keyless-ssl/reference/keyless-delegation/": [
    "delegated credentials with keyless ssl",
    "reduce round trips to my key server",
  ],
  "/ssl/keyless-ssl/reference/metrics/": [
    "monitor my key server with prometheus",
    "gokeyless metrics for latency and errors",
  ],
  "/ssl/keyless-ssl/reference/scaling-and-benchmarking/": [
    "how many handshakes can one key server handle",
    "size hardware for keyless ssl",
  ],
  "/ssl/keyless-ssl/troubleshooting/": [
    "keyless ssl handshakes failing",
    "see gokeyless logs and enable debug output",
  ],
  "/ssl/keyless-ssl/upgrading-your-key-server/": [
    "update the gokeyless package",
    "upgrade my keyless key server safely",
  ],
  "/ssl/origin-configuration/authenticated-origin-pull/aws-alb-integration/": [
    "require cloudflare's client certificate at an aws load balancer",
    "mtls between cloudflare and an application load balancer",
  ],
  "/ssl/origin-configuration/authenticated-origin-pull/explanation/": [
    "make sure only cloudflare can reach my server",
    "how authenticated origin pulls work",
  ],
  "/ssl/origin-configuration/authenticated-origin-pull/set-up/global/": [
    "turn on authenticated origin pulls with cloudflare's certificate",
    "configure nginx or apache to require cloudflare's client cert",
  ],
  "/ssl/origin-configuration/authenticated-origin-pull/set-up/manage-certificates/": [
    "replace or delete an origin pull certificate",
    "rotate my authenticated origin pull certificate before it expires",
  ],
  "/ssl/origin-configuration/authenticated-origin-pull/set-up/per-hostname/": [
    "use a different client certificate per hostname to my origin",
    "per-hostname authenticated origin pulls setup",
  ],
  "/ssl/origin-configuration/authenticated-origin-pull/set-up/rollback/": [
    "turn off per-hostname origin pull certificates",
    "undo authenticated origin pulls without downtime",
  ],
  "/ssl/origin-configuration/authenticated-origin-pull/set-up/zone-level/": [
    "upload my own certificate for origin pulls on a zone",
    "zone-level authenticated origin pulls",
  ],
  "/ssl/origin-configuration/cipher-suites/": [
    "which ciphers cloudflare offers to my origin",
    "my origin's tls config must accept which cipher suites",
  ],
  "/ssl/origin-configuration/origin-ca/troubleshooting/": [
    "net::err_cert_authority_invalid with an origin ca cert",
    "origin certificate shows untrusted when the record is dns only",
    "browser warns about an invalid certificate when i bypass the proxy",
  ],
  "/ssl/origin-configuration/ssl-modes/full/": [
    "full encryption mode with a self-signed certificate",
    "encrypt traffic to my server without a valid cert",
  ],
  "/ssl/origin-configuration/ssl-modes/off/": [
    "turn off https for my site completely",
    "what happens when ssl is set to off",
  ],
  "/ssl/origin-configuration/ssl-modes/ssl-only-origin-pull/": [
    "always connect to my origin over https even for http visitors",
    "ssl-only origin pull mode",
  ],
  "/ssl/origin-configuration/ssl-tls-recommender/": [
    "which encryption mode should my site use",
    "ssl/tls recommender replaced by automatic ssl",
  ],
  "/ssl/post-quantum-cryptography/pqc-and-zero-trust/": [
    "post-quantum encryption for zero trust and warp traffic",
    "quantum-safe tunnels for corporate access",
  ],
  "/ssl/post-quantum-cryptography/pqc-cloudflare-products/": [
    "which cloudflare products are post-quantum ready",
    "status of post-quantum migration across products",
  ],
  "/ssl/post-quantum-cryptography/pqc-support/": [
    "do browsers and libraries support x25519mlkem768",
    "which clients can do post-quantum key agreement",
  ],
  "/ssl/post-quantum-cryptography/pqc-to-origin/": [
    "post-quantum tls between cloudflare and my origin",
    "enable ml-kem key agreement to my server",
  ],
  "/ssl/reference/certificate-and-hostname-priority/": [
    "which certificate is served when several cover my hostname",
    "custom cert versus universal cert priority",
  ],
  "/ssl/reference/certificate-pinning/": [
    "can i pin cloudflare's certificate in my app",
    "hpkp and certificate pinning with cloudflare",
  ],
  "/ssl/reference/certificate-rotation/": [
    "replace an advanced certificate pack without downtime",
    "change the ca of an existing certificate pack",
  ],
  "/ssl/reference/cloudflare-and-cve-2019-1559/": [
    "is cloudflare affected by goldendoodle or zombie poodle",
    "cve-2019-1559 cbc cipher vulnerability",
  ],
  "/ssl/reference/compliance-and-vulnerabilities/": [
    "disable tls 1.0 and 1.1 for pci compliance",
    "is cloudflare vulnerable to heartbleed or poodle",
  ],
  "/ssl/reference/migration-guides/digicert-g1-distrust/": [
    "digicert g1 root removed from browsers, what to do",
    "certificate chained to the old digicert root",
  ],
  "/ssl/reference/migration-guides/entrust-distrust/": [
    "chrome stops trusting entrust certificates",
    "replace an entrust certificate uploaded to cloudflare",
  ],
  "/ruleset-engine/": [
    "one rule syntax shared by waf, redirects, cache and transform rules",
    "how cloudflare rules and rulesets are built",
  ],
  "/ruleset-engine/about/": [
    "wireshark-like filter language behind cloudflare rules",
    "how rules, rulesets and phases relate",
  ],
  "/ruleset-engine/about/phases/": [
    "in which stage of a request does my rule run",
    "account-level versus zone-level phases",
  ],
  "/ruleset-engine/about/rules/": [
    "what happens when several rules match the same request",
    "rule expression, action and position explained",
  ],
  "/ruleset-engine/about/rulesets/": [
    "what is an entry point ruleset",
    "difference between custom, managed and root rulesets",
  ],
  "/ruleset-engine/basic-operations/add-rule-phase-rulesets/": [
    "add a rule to the ruleset that runs in a phase",
    "create the entry point ruleset if it does not exist",
  ],
  "/ruleset-engine/basic-operations/deploy-rulesets/": [
    "run a ruleset with an execute rule",
    "deploy a managed or custom ruleset via api",
  ],
  "/ruleset-engine/basic-operations/view-rulesets/": [
    "list the rulesets on my zone via api",
    "see the rules in the entry point of a phase",
  ],
  "/ruleset-engine/custom-rulesets/": [
    "share the same waf rules across many zones",
    "account-level custom rulesets workflow",
  ],
  "/ruleset-engine/custom-rulesets/add-rules-ruleset/": [
    "add rules to my own ruleset via api",
    "update the rules array of a custom ruleset",
  ],
  "/ruleset-engine/custom-rulesets/create-custom-ruleset/": [
    "create a ruleset of kind custom",
    "make a reusable set of firewall rules",
  ],
  "/ruleset-engine/custom-rulesets/deploy-custom-ruleset/": [
    "apply a custom ruleset to all my zones",
    "execute a custom ruleset only for some hostnames",
  ],
  "/ruleset-engine/managed-rulesets/": [
    "rulesets maintained by cloudflare that i can deploy",
    "customize a managed ruleset without editing it",
  ],
  "/ruleset-engine/managed-rulesets/create-exception/": [
    "skip a managed rule for some requests via api",
    "exception so the owasp rules ignore my admin path",
  ],
  "/ruleset-engine/managed-rulesets/deploy-managed-ruleset/": [
    "execute a managed ruleset in a phase entry point",
    "deploy managed rules at account level for many zones",
  ],
  "/ruleset-engine/managed-rulesets/override-examples/": [
    "examples of overriding managed rules",
    "override snippets for managed rulesets via api",
  ],
  "/ruleset-engine/managed-rulesets/override-examples/deploy-cmr-joomla-only/": [
    "run only joomla rules of the managed ruleset",
    "disable all managed rules except one tag",
  ],
  "/ruleset-engine/managed-rulesets/override-examples/deploy-cmr-wordpress-block/": [
    "make wordpress managed rules block instead of log",
    "override the action of rules with a tag",
  ],
  "/ruleset-engine/managed-rulesets/override-examples/enable-selected-rules/": [
    "enable just a few rules of a managed ruleset",
    "keep most of a managed ruleset off but turn on chosen rule ids",
  ],
  "/ruleset-engine/managed-rulesets/override-examples/override-ddos-rule-sensitivity/": [
    "lower the sensitivity of one ddos rule via api",
    "ddos rule flags my legitimate traffic spikes",
  ],
  "/ruleset-engine/managed-rulesets/override-examples/override-ruleset-tag-rule/": [
    "combine ruleset, tag and rule overrides",
    "which override wins, tag or rule",
  ],
  "/ruleset-engine/managed-rulesets/override-managed-ruleset/": [
    "change the action or sensitivity of managed rules via api",
    "turn off a single managed rule that causes false positives",
  ],
  "/ruleset-engine/reference/phases-list/": [
    "order in which cloudflare features run on a request",
    "do redirects run before the waf",
    "list of phase names like http_request_firewall_custom",
  ],
  "/ruleset-engine/rules-language/": [
    "syntax for writing cloudflare rule expressions",
    "write a condition like url path starts with /admin",
  ],
  "/ruleset-engine/rules-language/actions/": [
    "difference between block, challenge, skip and log actions",
    "which actions a rule can take",
    "managed challenge versus js challenge action",
  ],
  "/ruleset-engine/rules-language/expressions/": [
    "combine conditions with and / or in a rule",
    "simple versus compound rule expressions",
  ],
  "/ruleset-engine/rules-language/expressions/edit-expressions/": [
    "write a rule expression by hand instead of the builder",
    "expression editor versus expression builder",
  ],
  "/ruleset-engine/rules-language/fields/": [
    "what request fields can a rule match on",
    "fields for headers, cookies, country and bot score",
  ],
  "/ruleset-engine/rules-language/functions/": [
    "lowercase, starts_with, regex_replace and other rule functions",
    "transform a value inside a rule expression",
    "check a signed url with is_timed_hmac_valid_v0",
  ],
  "/ruleset-engine/rules-language/operators/": [
    "match a url with wildcards or regex in a rule",
    "use contains, in, matches and wildcard operators",
    "case-insensitive comparison in rule expressions",
  ],
  "/ruleset-engine/rules-language/values/": [
    "escape quotes and backslashes in rule values",
    "raw strings and lists as values in expressions",
  ],
  "/ruleset-engine/rulesets-api/": [
    "manage rules programmatically with the rulesets api",
    "rulesets api overview and permissions",
  ],
  "/ruleset-engine/rulesets-api/add-rule/": [
    "add one rule without resending the whole ruleset",
    "insert a rule at a given position via api",
  ],
  "/ruleset-engine/rulesets-api/create/": [
    "create a zone or account ruleset via api",
    "create a phase entry point ruleset",
  ],
  "/ruleset-engine/rulesets-api/delete-rule/": [
    "delete a single rule from a ruleset via api",
    "remove a rule by id from a phase ruleset",
  ],
  "/ruleset-engine/rulesets-api/delete/": [
    "delete a ruleset or one of its versions",
    "remove an old ruleset version via api",
  ],
  "/ruleset-engine/rulesets-api/endpoints/": [
    "api endpoints that take the phase name instead of a ruleset id",
    "get the entry point ruleset for a phase",
  ],
  "/ruleset-engine/rulesets-api/json-object/": [
    "json shape of a ruleset and a rule",
    "fields of a rule object in the rulesets api",
  ],
  "/ruleset-engine/rulesets-api/update-rule/": [
    "change one rule's expression or action via api",
    "disable a rule without deleting it via api",
  ],
  "/ruleset-engine/rulesets-api/update/": [
    "replace all rules of a ruleset with put",
    "update a ruleset and create a new version",
  ],
  "/ruleset-engine/rulesets-api/view/": [
    "get a ruleset by id and its versions",
    "list rulesets with the api",
  ],
  "/version-management/": [
    "test zone configuration changes before they go live",
    "roll back a bad settings change on my zone",
    "staging environment for cloudflare settings",
  ],
  "/version-management/about/": [
    "how environments and versions work",
    "promote a version from staging to production",
  ],
  "/version-management/get-started/": [
    "test a settings change on a copy of my site first",
    "try a waf change on staging then deploy it",
  ],
  "/version-management/how-to/compare-versions/": [
    "see what changed between two versions of my zone",
    "diff zone configurations",
  ],
  "/version-management/how-to/enable/": [
    "enable version management on a zone",
    "what happens to my settings when versioning is turned on",
  ],
  "/version-management/how-to/environments/": [
    "create a staging environment for my zone",
    "change which version runs in production",
  ],
  "/version-management/how-to/versions/": [
    "create, clone or delete a zone version",
    "edit settings inside a version",
  ],
  "/version-management/reference/available-configurations/": [
    "which settings can be versioned",
    "settings that stay global when versioning is on",
  ],
  "/version-management/reference/read-only-environments/": [
    "lock production so versions cannot be edited",
    "read-only environment and version zero",
  ],
  "/version-management/reference/traffic-filters/": [
    "send only my own requests to the staging environment",
    "route test traffic to an environment by header or ip",
  ],
  "/rules/transform/examples/rewrite-path-archived-posts/": [
    "serve old blog posts from an archive folder without changing urls",
    "rewrite /blog/post to /archive/post internally",
  ],
};
