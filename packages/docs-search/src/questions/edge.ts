// Questions people and agents ask that the SSL/TLS and Rules pages answer, in their own words.
import type { PageQuestions } from "./types.ts";

export const EDGE_QUESTIONS: PageQuestions = {
  "/ssl/": [
    "https certificate for my website",
    "encrypt traffic to my site",
    "ssl settings for my domain",
  ],
  "/ssl/get-started/": [
    "set up https for my domain",
    "first steps with certificates",
    "get my site working over https",
  ],
  "/ssl/faq/": [
    "common certificate questions",
    "ssl frequently asked questions",
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
  ],
  "/ssl/edge-certificates/universal-ssl/troubleshooting/": [
    "my free certificate is stuck pending validation",
    "universal certificate not active",
    "certificate not issued after adding domain",
  ],
  "/ssl/edge-certificates/advanced-certificate-manager/": [
    "certificate for deeper subdomains or custom validity",
    "choose the certificate authority",
    "advanced certificate manager",
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
    "automatic https rewrites",
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
    "total tls",
  ],
  "/ssl/edge-certificates/encrypt-visitor-traffic/": [
    "make visitors connect securely",
    "enforce https for visitors",
    "redirect visitors to https",
  ],
  "/ssl/edge-certificates/changing-dcv-method/": [
    "prove i own the domain to get a certificate",
    "domain validation with txt or http",
    "dcv method for certificates",
  ],
  "/ssl/edge-certificates/caa-records/": [
    "which certificate authorities may issue for my domain",
    "caa record blocks certificate issuance",
    "add caa records for cloudflare",
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
    "certificate status values",
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
  ],
  "/ssl/troubleshooting/mixed-content-errors/": [
    "padlock missing because of insecure content",
    "mixed content warnings",
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
  ],
  "/ssl/post-quantum-cryptography/": [
    "post quantum encryption",
    "post quantum tls support",
    "quantum safe encryption",
  ],
  "/rules/": [
    "change requests and responses without code",
    "redirect, rewrite and header rules",
    "rules overview",
    "which rule type should i use",
  ],
  "/rules/url-forwarding/": [
    "redirect visitors from one url to another",
    "set up redirects for my site",
    "redirect rules",
  ],
  "/rules/url-forwarding/single-redirects/": [
    "redirect a path to a new location with a rule",
    "dynamic redirect with wildcards",
    "single redirect rule",
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
    "transform rules",
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
    "configuration rules",
    "disable rocket loader or email obfuscation on some urls",
  ],
  "/rules/compression-rules/": [
    "choose compression per file type",
    "turn off brotli for some files",
  ],
  "/rules/custom-errors/": [
    "show my own branded error page",
    "custom 500 or 502 page",
    "custom error pages",
  ],
  "/rules/snippets/": [
    "small javascript to modify requests without a full worker",
    "snippets versus workers",
    "cloudflare snippets",
  ],
  "/rules/snippets/when-to-use/": [
    "should i use a snippet or a worker",
    "snippets versus workers limits and pricing",
  ],
  "/rules/snippets/examples/maintenance/": [
    "return a maintenance page with a snippet",
    "maintenance mode page with a snippet",
  ],
  "/rules/page-rules/": ["old page rules", "url based settings for my site", "page rules"],
  "/rules/reference/page-rules-migration/": [
    "replace my page rules with the new rules",
    "page rules are deprecated, what now",
    "migrate page rules to modern rules",
  ],
  "/rules/normalization/": [
    "normalize urls before rules match",
    "url normalization",
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
    "cloud connector",
    "send /images to s3 or google cloud storage",
  ],
  "/ssl/edge-certificates/": [
    "certificates that cloudflare presents to visitors",
    "edge certificate options",
  ],
  "/ssl/origin-configuration/": [
    "secure the connection to my origin server",
    "origin server ssl settings",
  ],
  "/ssl/edge-certificates/backup-certificates/": [
    "backup certificates",
    "backup certificates for universal ssl",
  ],
  "/ssl/reference/certificate-authorities/": [
    "which certificate authorities does cloudflare use",
    "let's encrypt or google trust services",
  ],
  "/ssl/origin-configuration/custom-origin-trust-store/": [
    "trust my own ca for origin certificates",
    "custom origin trust store",
  ],
  "/ssl/edge-certificates/staging-environment/": [
    "test certificates in staging",
    "certificate staging environment",
  ],
  "/ssl/reference/protocols/": ["supported tls protocols", "tls protocols"],
  "/rules/url-forwarding/single-redirects/create-api/": [
    "create a redirect rule via the api",
    "redirect rule api",
  ],
  "/rules/url-forwarding/bulk-redirects/create-dashboard/": [
    "create a bulk redirect list in the dashboard",
    "bulk redirects in the dashboard",
  ],
  "/rules/url-forwarding/bulk-redirects/create-api/": [
    "create bulk redirects with the api",
    "bulk redirects api",
  ],
  "/rules/url-forwarding/examples/redirect-admin-https/": [
    "force https for the admin area",
    "https redirect for admin pages",
  ],
  "/rules/url-forwarding/examples/redirect-new-url/": [
    "redirect one page to a new page",
    "redirect to a new page url",
  ],
  "/rules/origin-rules/examples/change-http-host-header/": [
    "override the host header sent to my origin",
    "change the dns target for some requests",
  ],
  "/rules/configuration-rules/settings/": [
    "settings a configuration rule can change",
    "configuration rule settings",
  ],
  "/rules/custom-errors/edit-error-pages/": [
    "edit cloudflare's error pages",
    "brand the 5xx error page",
  ],
  "/rules/snippets/examples/jwt-validation/": [
    "validate a jwt at the edge without a worker",
    "jwt validation snippet",
  ],
  "/rules/snippets/examples/security-headers/": [
    "security headers with a snippet",
    "security headers snippet",
  ],
  "/rules/snippets/examples/define-cors-headers/": ["cors headers with a snippet", "cors snippet"],
  "/rules/page-rules/reference/settings/": ["page rule settings list", "page rules settings"],
  "/rules/origin-rules/features/": ["what origin rules can override", "origin rules settings"],
  "/rules/custom-errors/create-rules/": ["create a custom error rule", "custom error rules"],
};
