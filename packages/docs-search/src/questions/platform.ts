// Questions people and agents ask that the pages of the remaining widely used products answer
// (Cloudflare for Platforms and SaaS, Containers, Sandbox, Pipelines, Realtime, Zaraz, 1.1.1.1,
// WARP, Terraform), in their own words.
import type { PageQuestions } from "./types.ts";

export const PLATFORM_QUESTIONS: PageQuestions = {
  "/cloudflare-for-platforms/": [
    "build a platform where my customers bring their own domains or code",
    "multi tenant saas on cloudflare",
    "my customers want their own domains on my app",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/": [
    "let my customers use their own domain names with my saas app",
    "custom domains for customers with automatic ssl",
    "customer points their domain at my app and needs https",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/start/getting-started/": [
    "set up custom hostnames for my saas",
    "fallback origin for customer domains",
    "customer adds a cname to my domain, what happens next",
    "let each customer serve my app on their own domain with https",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/domain-support/": [
    "custom hostnames for customer domains",
    "shop.customer.com should show my app with its own certificate",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/domain-support/create-custom-hostnames/": [
    "add a customer's domain to my zone",
    "create a custom hostname with the api",
    "custom hostname api",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/domain-support/hostname-validation/": [
    "verify my customer owns their domain",
    "custom hostname stuck pending validation",
    "hostname verification methods",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/certificate-management/": [
    "certificates for my customers' domains",
    "ssl for customer domains",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/certificate-management/issue-and-validate/":
    [
      "issue ssl for a custom hostname",
      "validate a certificate for a customer hostname",
      "dcv for custom hostnames",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/start/advanced-settings/apex-proxying/": [
    "customers pointing their root domain at my service",
    "customers using the root of their domain",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/start/advanced-settings/worker-as-origin/": [
    "serve customer domains from a worker",
    "worker as the origin for custom hostnames",
    "run a worker for every customer domain",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/saas-customers/": [
    "my provider uses cloudflare for saas, what does it mean for me",
    "i use a provider that runs on cloudflare",
    "my store host asked me to add a cname to my domain",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/plans/": [
    "how many custom hostnames are included and what do more cost",
    "cost of letting 10,000 customers use their own domains",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/reference/troubleshooting/": [
    "custom hostname not working",
    "customer domain shows an ssl error or 1xxx error page",
    "my customer's domain shows an error instead of my app",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/": [
    "run my customers' code on my platform",
    "deploy thousands of user workers",
    "let users upload their own scripts",
    "like aws lambda for my users' functions inside my product",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/get-started/": [
    "set up a dispatch namespace",
    "upload a customer script and call it from a dispatcher",
    "let users of my app deploy their own functions",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/configuration/dynamic-dispatch/": [
    "route requests to a customer's worker",
    "dispatch requests by hostname or path",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/configuration/custom-limits/": [
    "cap cpu time for customer scripts",
    "limit subrequests of tenant code",
    "stop one customer's runaway script from costing me a fortune",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/configuration/outbound-workers/": [
    "control outgoing requests from customer code",
    "intercept fetch calls from user code",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/reference/limits/": [
    "how many user workers can i deploy",
    "is there a cap on how many customer scripts i can upload",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/reference/pricing/": [
    "what does workers for platforms cost",
    "price per user script",
    "what will hosting my customers' code cost me each month",
  ],
  "/containers/": [
    "run a docker container on cloudflare",
    "run code that needs a full linux environment",
    "serverless containers next to workers",
    "like aws fargate or cloud run next to my functions",
  ],
  "/containers/get-started/": [
    "deploy my first container",
    "build and deploy a docker image",
    "run a go web server in a container behind a worker",
    "deploy my dockerfile app to the cloud",
  ],
  "/containers/platform-details/limits/": [
    "how much memory and cpu can a container have",
    "container instance types and disk size",
    "biggest instance type available for a container",
    "how many containers can my account run at once",
  ],
  "/containers/pricing/": [
    "what do containers cost",
    "billed per second of runtime",
    "is network egress from containers billed",
    "what the $5 workers paid plan includes for containers",
    "will an idle docker app cost me money",
  ],
  "/containers/platform-details/scaling-and-routing/": [
    "run several container instances",
    "autoscale containers",
    "send each user to their own container instance",
    "my app needs more copies running when traffic grows",
  ],
  "/containers/faq/": [
    "how fast do containers cold start and where are their logs",
    "my docker app is slow to respond on the first request",
  ],
  "/sandbox/": [
    "run untrusted code or ai generated code safely",
    "sandbox to execute python for my agent",
    "let my ai agent run code it wrote without risking my servers",
    "like e2b or a jupyter kernel in the cloud for my agent",
  ],
  "/sandbox/api/commands/": [
    "run shell commands in a sandbox",
    "run npm install in a sandbox",
    "like child_process.exec but in an isolated vm",
  ],
  "/sandbox/api/files/": [
    "read and write files in a sandbox",
    "upload files to a sandbox",
    "save a file my agent generated and read it back",
  ],
  "/pipelines/": [
    "ingest streaming events and write them to storage",
    "stream data into r2 as iceberg or parquet",
    "like kinesis or kafka to a data lake without running servers",
  ],
  "/pipelines/getting-started/": [
    "create a pipeline with a stream and a sink",
    "first data pipeline",
    "stream sample ecommerce events into an iceberg table",
    "get clickstream events from my app into a table i can query",
  ],
  "/pipelines/platform/limits/": [
    "how much data per second can a pipeline ingest",
    "maximum event size",
    "how many streams and sinks per account",
    "my event ingestion gets throttled under load",
  ],
  "/realtime/": [
    "build video calls or live audio into my app",
    "webrtc infrastructure",
    "like twilio video or agora for my app",
  ],
  "/realtime/realtimekit/": [
    "add video meetings to my app with an sdk",
    "video conferencing sdk",
    "like zoom inside my own website",
  ],
  "/realtime/realtimekit/quickstart/": [
    "start a video call in my web app",
    "build a video conferencing app",
    "create a meeting and add participants with the api",
  ],
  "/realtime/realtimekit/pricing/": [
    "what do video calls cost per minute",
    "price of audio and video participants",
    "is realtimekit free during beta",
  ],
  "/realtime/realtimekit/recording-guide/": [
    "record a video meeting",
    "save recordings of calls",
    "keep a copy of every call for compliance",
  ],
  "/realtime/turn/what-is-turn/": [
    "turn server for webrtc behind firewalls",
    "what is a turn server",
    "webrtc call fails on corporate or mobile networks",
    "video chat works on wifi but not for people on 4g",
  ],
  "/zaraz/": [
    "load google analytics and other third party tags faster",
    "tag manager that runs on the server side",
    "my third party scripts slow down my pages",
    "like google tag manager but without scripts in the browser",
  ],
  "/zaraz/get-started/": [
    "add tracking tools to my site without slowing it",
    "add google analytics with zaraz",
    "zaraz with woocommerce or wordpress",
  ],
  "/zaraz/consent-management/": [
    "cookie consent banner",
    "gdpr consent for tracking tools",
    "only load tracking after the visitor accepts cookies",
  ],
  "/zaraz/pricing-info/": [
    "how much does zaraz cost",
    "how many free tracking events per month",
    "will my tag manager bill grow with more visitors",
  ],
  "/1.1.1.1/": [
    "use cloudflare's fast public dns on my computer",
    "change my dns server to 1.1.1.1",
    "websites load slowly, maybe my isp's dns is bad",
  ],
  "/1.1.1.1/setup/": [
    "set up 1.1.1.1 on my router, phone or computer",
    "switch my devices to a faster dns server",
    "use a better dns than the one my isp gives me",
  ],
  "/1.1.1.1/setup/router/": [
    "set dns on my home router",
    "use 1.1.1.1 for my whole home network",
    "change dns for every device on my wifi",
  ],
  "/1.1.1.1/setup/windows/": [
    "change dns settings on windows",
    "change the dns server on my windows 11 laptop",
  ],
  "/1.1.1.1/encryption/dns-over-https/": [
    "encrypted dns over https",
    "doh with 1.1.1.1",
    "stop my isp from snooping on the domains my browser looks up",
  ],
  "/1.1.1.1/ip-addresses/": [
    "block malware or adult content with family dns",
    "1.1.1.2 and 1.1.1.3 addresses",
    "ipv6 addresses of cloudflare dns",
    "filter porn and malware for my kids at the dns level",
  ],
  "/1.1.1.1/check/": [
    "check whether i'm using 1.1.1.1",
    "verify 1.1.1.1 is working",
    "test my dns resolver",
    "1.1.1.1/help page says i am not connected",
    "did my dns change actually take effect",
  ],
  "/warp-client/": [
    "free vpn app from cloudflare",
    "1.1.1.1 app with warp",
    "secure my phone on public wifi for free",
    "hide my browsing from the coffee shop wifi",
  ],
  "/warp-client/get-started/": [
    "install warp on my phone or computer",
    "download the 1.1.1.1 app for my device",
  ],
  "/terraform/": [
    "manage my cloudflare configuration as code",
    "keep my dns records and settings in version control",
    "stop clicking around the dashboard and keep settings in git",
  ],
  "/terraform/installing/": [
    "set up terraform with my account",
    "install the cloudflare terraform provider",
    "terraform api token setup",
    "install terraform on mac, linux or windows",
    "infrastructure as code for my domain's dns records",
  ],
  "/terraform/advanced-topics/import-cloudflare-resources/": [
    "import existing dns records and settings into terraform",
    "cf-terraforming",
    "generate terraform from my existing setup",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/start/advanced-settings/custom-origin/": [
    "different origin per customer hostname",
    "send one customer's traffic to a dedicated server",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/domain-support/remove-custom-hostnames/": [
    "remove a customer's custom hostname",
    "delete custom hostnames",
    "customer cancelled, take their domain off my saas",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/waf-for-saas/": [
    "waf for customer domains",
    "block attacks on my customers' domains with firewall rules",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/reference/status-codes/custom-hostnames/": [
    "custom hostname status values",
    "what the ssl status of a custom hostname means",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/how-workers-for-platforms-works/": [
    "dispatch namespaces explained",
    "architecture for hosting customer code at scale",
    "route each request to the right customer's code",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/configuration/bindings/": [
    "give customer workers bindings",
    "bindings for user workers",
    "give each customer's script its own kv or d1",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/reference/worker-isolation/": [
    "isolate customer scripts from each other",
    "user worker isolation",
    "can one tenant's code read another tenant's cache",
  ],
  "/containers/container-class/": [
    "start and talk to a container from code",
    "sleepAfter and default port on my container class",
  ],
  "/containers/platform-details/image-management/": [
    "push a container image",
    "which registries are supported",
    "use an image from docker hub or amazon ecr",
  ],
  "/containers/local-dev/": [
    "run containers locally",
    "wrangler dev needs docker running for containers",
    "test my docker app locally before deploying",
  ],
  "/containers/platform-details/environment-variables/": [
    "pass environment variables to a container",
    "read a secret from inside my container",
    "like docker run -e for my deployed app",
  ],
  "/containers/platform-details/architecture/": [
    "when does a container stop",
    "is the disk wiped when my container restarts",
    "my container keeps shutting down when nobody uses it",
  ],
  "/sandbox/api/interpreter/": [
    "run python or javascript code interpreter",
    "like a notebook my chatbot can run code in",
  ],
  "/sandbox/api/ports/": [
    "expose a port from a sandbox with a preview url",
    "open the web app my ai agent started in a browser",
  ],
  "/sandbox/concepts/security/": [
    "is the sandbox isolated",
    "can code in one sandbox reach another user's sandbox",
    "could user submitted code escape and reach my data",
  ],
  "/pipelines/platform/pricing/": [
    "pipelines cost",
    "how much will streaming a million events a day cost",
  ],
  "/pipelines/streams/writing-to-streams/": [
    "send events to a pipeline from a worker or http",
    "events rejected by schema validation when posting to a stream",
    "typed pipeline binding in a worker",
    "post json events from my app to an ingest endpoint",
  ],
  "/pipelines/sinks/available-sinks/r2/": [
    "write pipeline output to r2",
    "land streaming events as parquet files in r2",
  ],
  "/pipelines/sql-reference/": [
    "transform events with sql in a pipeline",
    "filter and reshape incoming events with a select query",
  ],
  "/realtime/realtimekit/faq/": [
    "video call sdk questions",
    "camera or microphone not working in a meeting",
    "people cannot hear or see each other in my video call",
  ],
  "/realtime/realtimekit/audio-calls/": [
    "voice calls in my app",
    "build a voice chat room without video",
    "like a clubhouse or discord voice room in my app",
  ],
  "/realtime/realtimekit/core/": [
    "build a custom video call ui with the core sdk",
    "my own video call layout instead of the prebuilt one",
  ],
  "/realtime/realtimekit/concepts/meeting/": [
    "meetings and sessions in realtimekit",
    "difference between a meeting and a session",
  ],
  "/zaraz/reference/supported-tools/": [
    "third party tools supported by zaraz",
    "facebook pixel or google ads with zaraz",
    "add a tiktok, linkedin or meta pixel through cloudflare",
  ],
  "/zaraz/web-api/track/": [
    "track a custom event with zaraz",
    "send a signup event to google analytics from my page",
    "tell my analytics when someone clicks the buy button",
  ],
  "/1.1.1.1/setup/macos/": ["change dns on macos", "set dns servers in mac network settings"],
  "/1.1.1.1/setup/ios/": ["change dns on ios", "use cloudflare dns on my ipad"],
  "/1.1.1.1/setup/android/": [
    "private dns on android",
    "set one.one.one.one as private dns hostname",
  ],
  "/1.1.1.1/encryption/dns-over-tls/": [
    "encrypted dns on port 853",
    "encrypt dns lookups on my router or pi-hole",
  ],
  "/1.1.1.1/privacy/public-dns-resolver/": [
    "does 1.1.1.1 log my queries",
    "does cloudflare share my dns data with anyone",
    "will my dns provider sell my browsing history",
  ],
  "/1.1.1.1/faq/": [
    "does 1.1.1.1 support dnssec, ipv6 and edns client subnet",
    "clear a stale record cached by 1.1.1.1",
    "a website loads for others but not with my new dns",
  ],
  "/warp-client/warp-modes/": [
    "1.1.1.1 only vs warp mode",
    "encrypt only dns or all traffic with the 1.1.1.1 app",
  ],
  "/warp-client/known-issues-and-faq/": [
    "warp not connecting",
    "does warp hide my ip address from websites",
    "internet got slower after turning on warp",
    "my vpn app says connecting forever",
  ],
  "/terraform/advanced-topics/best-practices/": [
    "organize terraform for cloudflare",
    "split terraform state per zone or team",
  ],
  "/terraform/advanced-topics/remote-backend/": [
    "store terraform state in r2",
    "share terraform state with my team using an r2 bucket",
    "like an s3 backend for terraform state",
  ],
  "/terraform/troubleshooting/": [
    "terraform provider errors",
    "terraform apply fails against my cloudflare account",
    "terraform plan keeps showing changes i did not make",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/domain-support/custom-metadata/": [
    "attach per customer settings to each custom hostname",
    "read a tenant's metadata from my worker or a rule",
    "different rate limits or features per customer domain",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/domain-support/hostname-validation/backoff-schedule/":
    [
      "how often cloudflare retries validating a custom hostname",
      "custom hostname validation gives up after seven days",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/domain-support/hostname-validation/error-codes/": [
    "custom hostname validation error messages explained",
    "customer's cname points elsewhere so validation fails",
    "customer added the dns record but their domain still will not verify",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/domain-support/hostname-validation/pre-validation/":
    [
      "verify a customer domain before they switch dns to me",
      "zero downtime move of a customer domain with a txt or http token",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/domain-support/hostname-validation/realtime-validation/":
    [
      "validate the hostname as soon as the customer adds the cname",
      "real-time validation for apex proxying customers",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/domain-support/hostname-validation/validation-status/":
    [
      "what pending, active, moved and blocked mean for a custom hostname",
      "refresh a custom hostname stuck in pending",
      "customer hostname went from active to moved, why",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/domain-support/migrating-custom-hostnames/": [
    "move custom hostnames from one of my zones to another",
    "migrate tenant domains between saas zones without downtime",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/hostname-analytics/": [
    "traffic analytics per customer hostname",
    "share request stats with each of my saas customers",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/performance/": [
    "make my customers' custom domains faster",
    "caching and routing speedups for saas hostnames",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/performance/cache-for-saas/": [
    "does cloudflare cache content on my customers' custom hostnames",
    "cache rules per custom hostname",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/performance/early-hints-for-saas/": [
    "turn on early hints for one custom hostname via api",
    "103 early hints for customer domains",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/performance/argo-for-saas/": [
    "argo smart routing for custom hostnames",
    "faster origin path for saas customer traffic",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/reference/connection-details/": [
    "which host header and sni my origin receives for custom hostnames",
    "origin sees the customer's domain or my fallback origin name",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/reference/status-codes/custom-csrs/": [
    "error codes when creating a custom csr for saas",
    "custom csr api responses",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/reference/token-validity-periods/": [
    "how long a txt validation token stays valid",
    "my customer's dcv token expired",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/reference/versioning/": [
    "ssl for saas version 1 deprecation and what to change",
    "migrate from cname validation to txt or http",
    "what happens to my custom hostnames during the ssl for saas migration",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/saas-customers/how-it-works/": [
    "my domain is on cloudflare and my saas provider also uses cloudflare",
    "orange to orange (o2o) traffic through two zones",
    "detect whether o2o is active for my domain",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/saas-customers/product-compatibility/": [
    "which of my zone settings apply when my provider uses cloudflare for saas",
    "do my waf and page rules run on o2o traffic",
    "which settings win when both zones set caching or security",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/saas-customers/provider-guides/": [
    "use cloudflare in front of shopify, webflow or wp engine",
    "hosting providers that work with my cloudflare zone",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/saas-customers/provider-guides/bigcommerce/": [
    "proxy my bigcommerce store through my cloudflare zone",
    "bigcommerce with orange cloud enabled",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/saas-customers/provider-guides/hubspot/": [
    "put my hubspot hosted pages behind my cloudflare settings",
    "hubspot domain proxied by cloudflare",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/saas-customers/provider-guides/kinsta/": [
    "kinsta site with cloudflare proxy on my own zone",
    "ssl errors on kinsta after enabling the orange cloud",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/saas-customers/provider-guides/render/": [
    "use my cloudflare zone in front of a render app",
    "wildcard subdomains on render behind cloudflare",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/saas-customers/provider-guides/salesforce-commerce-cloud/":
    [
      "salesforce commerce cloud storefront behind my cloudflare zone",
      "sfcc with my own waf and cache settings",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/saas-customers/provider-guides/shopify/": [
    "proxy my shopify store through cloudflare",
    "shopify domain orange cloud and caa records",
    "apply my own security rules to a shopify shop",
    "shopify store ssl breaks after adding caa records",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/saas-customers/provider-guides/webflow/": [
    "webflow site proxied by my cloudflare account",
    "webflow custom domain with cloudflare proxy on",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/saas-customers/provider-guides/wpengine/": [
    "wp engine site behind my own cloudflare zone",
    "ssl error on wp engine with cloudflare proxy",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/saas-customers/remove-domain/": [
    "stop using a saas provider with my cloudflare domain",
    "remove my domain from a provider that uses cloudflare for saas",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/certificate-management/custom-certificates/":
    [
      "my customer wants to bring their own ssl certificate",
      "upload a tenant's certificate for their custom hostname",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/certificate-management/custom-certificates/certificate-signing-requests/":
    [
      "generate a csr so my customer's ca can issue a certificate",
      "keep the private key on cloudflare and get a cert from another ca",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/certificate-management/custom-certificates/uploading-certificates/":
    [
      "replace an expiring custom certificate on a custom hostname",
      "upload rsa and ecdsa certs for a saas hostname",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/certificate-management/enforce-mtls/": [
    "require client certificates on my customers' hostnames",
    "minimum tls version and ciphers per custom hostname",
    "get alerted about client certificates on saas hostnames",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/certificate-management/issue-and-validate/issue-certificates/":
    [
      "which ca issues certificates for custom hostnames",
      "certificate is issued automatically when i add a hostname",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/certificate-management/issue-and-validate/renew-certificates/":
    [
      "how custom hostname certificates renew",
      "wildcard certificate for a tenant is about to expire",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/certificate-management/issue-and-validate/validate-certificates/":
    [
      "prove domain control so a customer domain gets its certificate",
      "which dcv method to pick for customer domains",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/certificate-management/issue-and-validate/validate-certificates/delegated-dcv/":
    [
      "delegate dcv with a one-time _acme-challenge cname",
      "certificates renew without my customers touching dns",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/certificate-management/issue-and-validate/validate-certificates/http/":
    [
      "validate customer certificates with an http token",
      "http dcv for custom hostnames",
      "automatic versus manual http validation for custom hostnames",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/certificate-management/issue-and-validate/validate-certificates/troubleshooting/":
    [
      "custom hostname certificate stuck pending validation",
      "caa record blocks certificate issuance for a customer domain",
      "domain flagged high risk by the certificate authority",
      "my customer's site has no https yet, days after they added it",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/certificate-management/issue-and-validate/validate-certificates/txt/":
    [
      "give my customer a txt record to validate their certificate",
      "txt dcv tokens for wildcard custom hostnames",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/certificate-management/webhook-definitions/":
    [
      "webhook when a customer certificate is issued or fails",
      "payloads of ssl for saas notifications",
      "notify my app before a customer certificate renews",
    ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/secure-with-access/": [
    "put a login in front of a customer's custom hostname",
    "zero trust access policies on saas hostnames",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/waf-for-saas/managed-rulesets/": [
    "apply waf managed rules per customer tier",
    "different security levels for each tenant hostname",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/start/advanced-settings/apex-proxying/setup/": [
    "customers point their root domain a record at my saas",
    "apex proxying setup with ip addresses",
    "ip range my customers point their a record to",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/start/common-api-calls/": [
    "api calls to create and check custom hostnames",
    "set the fallback origin with the api",
    "check whether a custom hostname is ready to serve traffic",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/start/enable/": [
    "turn on custom hostnames for my account",
    "enable cloudflare for saas on a zone",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/configuration/hostname-routing/": [
    "route thousands of customer domains to their own worker",
    "wildcard route to a dispatch worker for vanity domains",
    "subdomain per customer mapped to user workers",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/configuration/observability/": [
    "logs and analytics for my customers' user workers",
    "tail workers for a dispatch namespace",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/configuration/static-assets/": [
    "host each customer's static site on workers for platforms",
    "upload assets for a user worker via api",
    "full-stack customer apps with assets and a worker",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/configuration/tags/": [
    "tag user workers by customer id or plan",
    "delete all workers belonging to one customer",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/platform-templates/": [
    "starter template for a vibe coding platform",
    "deploy a ready made platform that runs customer code",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/reference/local-development/": [
    "run my dispatch worker locally against deployed user workers",
    "remote dispatch namespace in wrangler dev",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/reference/platform-examples/": [
    "deploy a customer's worker with the rest api or typescript sdk",
    "list and delete workers in a dispatch namespace",
    "upload user code with bindings programmatically",
  ],
  "/containers/examples/container-backend/": [
    "react frontend as static assets with an api in a container",
    "serve my spa from workers and send /api to a docker backend",
  ],
  "/containers/examples/cron/": [
    "run a container on a schedule like a cron job",
    "start a batch container every night from a cron trigger",
  ],
  "/containers/examples/env-vars-and-secrets/": [
    "pass secrets and environment variables into my container",
    "give each container instance its own env vars",
    "read kv values or feature flags inside a container",
  ],
  "/containers/examples/r2-fuse-mount/": [
    "mount an r2 bucket as a folder inside my container",
    "read s3 objects like local files from a container with fuse",
    "mount only a prefix of a bucket read-only in a container",
  ],
  "/containers/examples/stateless/": [
    "load balance requests across several identical containers",
    "getRandom to spread traffic over container instances",
  ],
  "/containers/examples/status-hooks/": [
    "run code when my container starts, stops or crashes",
    "onStart and onError hooks on the container class",
  ],
  "/containers/examples/websocket/": [
    "forward a websocket connection to my container",
    "websockets to a docker app behind a worker",
  ],
  "/containers/platform-details/outbound-traffic/": [
    "block my container from calling the internet",
    "allow only certain hosts for container egress",
    "inject api keys into a container's outgoing requests without exposing them",
  ],
  "/containers/platform-details/placement/": [
    "keep my containers running only in the eu",
    "restrict which region containers start in",
  ],
  "/containers/platform-details/rollouts/": [
    "how running containers get updated when i deploy",
    "roll out a new container image immediately instead of gradually",
  ],
  "/containers/platform-details/workers-connections/": [
    "use kv, r2 or d1 from code running in my container",
    "call worker bindings from inside a container",
  ],
  "/containers/ssh/": [
    "ssh into a running container to debug it",
    "wrangler ssh access to my container instance",
  ],
  "/pipelines/observability/metrics/": [
    "how many events my pipeline ingested and delivered",
    "see dropped events and errors in a pipeline",
    "why is my pipeline dropping events",
  ],
  "/pipelines/pipelines/": [
    "transform streaming events with sql before storing them",
    "connect a stream to a sink with a sql query",
  ],
  "/pipelines/pipelines/manage-pipelines/": [
    "create a pipeline with a sql filter from wrangler or the dashboard",
    "drop fields or filter events before they land in r2",
  ],
  "/pipelines/reference/legacy-pipelines/": [
    "is my pipeline a legacy one and how do i move it",
    "pipelines created before september 2025 are deprecated",
  ],
  "/pipelines/reference/terraform/": [
    "create streams, sinks and pipelines with terraform",
    "terraform example for r2 data catalog ingestion",
  ],
  "/pipelines/reference/wrangler-commands/": [
    "wrangler pipelines setup and create commands",
    "manage pipeline streams and sinks from the cli",
    "list, update or delete pipelines from the terminal",
  ],
  "/pipelines/sinks/": [
    "where can a pipeline write its data",
    "write events to r2 as json, parquet or iceberg",
  ],
  "/pipelines/sinks/available-sinks/r2-data-catalog/": [
    "write streaming events into apache iceberg tables",
    "roll interval and file size for iceberg sink",
  ],
  "/pipelines/sinks/manage-sinks/": [
    "create or delete a pipeline sink",
    "configure where and how often pipeline files are written",
  ],
  "/pipelines/sql-reference/scalar-functions/json/": [
    "extract a field from a json column in a pipeline",
    "json_get in pipelines sql",
  ],
  "/pipelines/sql-reference/scalar-functions/time-and-date/": [
    "truncate timestamps to the hour in a pipeline query",
    "parse a string into a timestamp in pipelines sql",
  ],
  "/pipelines/sql-reference/scalar-functions/string/": [
    "concatenate, trim or lowercase strings in pipelines sql",
    "string functions for transforming events",
  ],
  "/pipelines/sql-reference/scalar-functions/regex/": [
    "regex match or replace in pipelines sql",
    "mask parts of a value with regexp_replace before storage",
  ],
  "/pipelines/sql-reference/scalar-functions/hashing/": [
    "hash an email or ip address before storing events",
    "sha256 and md5 in pipelines sql",
  ],
  "/pipelines/sql-reference/scalar-functions/array/": [
    "work with array columns in a pipeline transformation",
    "check if an array contains a value in pipelines sql",
  ],
  "/pipelines/sql-reference/select-statements/": [
    "select, where and unnest in pipelines sql",
    "explode an array into rows in a pipeline",
  ],
  "/pipelines/sql-reference/sql-data-types/": [
    "which column types a pipeline stream schema supports",
    "struct and list types in pipelines",
  ],
  "/pipelines/streams/": [
    "durable buffer that accepts events over http or from a worker",
    "endpoint my app can post events to without losing them",
  ],
  "/pipelines/streams/logpush/": [
    "feed cloudflare logs into a pipeline",
    "use logpush as the source of a pipeline",
  ],
  "/pipelines/streams/manage-streams/": [
    "create a stream with a schema and http ingest endpoint",
    "require a token for sending events to my stream",
    "change the schema or ingest settings of a stream",
  ],
  "/sandbox/api/": [
    "methods available in the sandbox sdk",
    "sandbox sdk reference for commands, files and processes",
  ],
  "/sandbox/api/backups/": [
    "snapshot a sandbox's files and restore them later",
    "createBackup and restoreBackup",
  ],
  "/sandbox/api/file-watching/": [
    "get notified when files change in a sandbox",
    "watch a sandbox directory with inotify events",
    "like fs.watch or inotify for files my agent touches",
  ],
  "/sandbox/api/lifecycle/": [
    "create, keep alive or destroy a sandbox",
    "getSandbox options and destroy",
  ],
  "/sandbox/api/sessions/": [
    "separate shell sessions with their own env and working dir",
    "createSession in the sandbox sdk",
    "two agents working in the same machine without clashing",
  ],
  "/sandbox/api/storage/": [
    "mount an s3, gcs or r2 bucket inside a sandbox",
    "mountBucket options",
  ],
  "/sandbox/api/terminal/": [
    "connect a browser terminal to a sandbox shell",
    "SandboxAddon for xterm",
  ],
  "/sandbox/api/tunnels/": [
    "make a server in my sandbox reachable on the internet",
    "cloudflare tunnel from a sandbox with a stable hostname",
    "named tunnel instead of a quick tunnel for my sandbox",
  ],
  "/sandbox/bridge/": [
    "use sandboxes from python or any language over http",
    "deploy the sandbox bridge worker",
  ],
  "/sandbox/bridge/http-api/": [
    "http routes to run commands and write files in a sandbox",
    "sandbox bridge api authentication",
    "warm pool and health check routes of the bridge",
  ],
  "/sandbox/concepts/architecture/": [
    "how sandbox sdk uses durable objects and containers",
    "what runs where when i execute code in a sandbox",
    "websocket versus http transport between worker and sandbox",
  ],
  "/sandbox/concepts/containers/": [
    "what is preinstalled in a sandbox and can i apt install",
    "filesystem and network inside a sandbox container",
    "which tools and languages my ai agent's machine has installed",
  ],
  "/sandbox/concepts/preview-urls/": [
    "public url for a dev server running in my sandbox",
    "why does my sandbox preview url not work",
    "preview url works locally but fails in production",
    "share a link to the app my agent is running",
  ],
  "/sandbox/concepts/sandboxes/": [
    "when does a sandbox go idle or get destroyed",
    "one sandbox per user or per task",
    "do files survive after a sandbox sleeps",
    "how long does my agent's workspace stay around",
  ],
  "/sandbox/concepts/sessions/": [
    "what is shared between sessions in one sandbox",
    "run commands in parallel shells",
    "clean up sessions when a user disconnects",
  ],
  "/sandbox/concepts/terminal/": [
    "interactive shell versus exec commands in a sandbox",
    "terminal reconnects and output buffering",
  ],
  "/sandbox/configuration/dockerfile/": [
    "add my own packages to the sandbox image",
    "custom dockerfile based on the sandbox base image",
    "run a startup script when the sandbox boots",
    "preinstall ffmpeg or pandas for my agent's code",
  ],
  "/sandbox/configuration/environment-variables/": [
    "set environment variables for a sandbox or one command",
    "pass worker secrets into a sandbox safely",
    "env vars for code my agent runs",
  ],
  "/sandbox/configuration/sandbox-options/": [
    "keep a sandbox alive longer or sleep it sooner",
    "sandbox ids with uppercase letters break preview urls",
    "my agent's environment shuts down in the middle of a long task",
  ],
  "/sandbox/configuration/transport/": [
    "hit subrequest limits when calling the sandbox many times",
    "switch sandbox transport to websocket or rpc",
    "too many subrequests error from the sandbox sdk",
    "too many calls from my function to the code runner fail",
  ],
  "/sandbox/configuration/wrangler/": [
    "wrangler config needed for the sandbox sdk",
    "sandbox binding not found or missing migrations",
    "config my function needs before it can start isolated code runners",
  ],
  "/sandbox/get-started/": [
    "run python code from a worker in an isolated sandbox",
    "first sandbox sdk project with docker running locally",
    "docker must be running to test sandboxes locally",
    "let my chatbot run python safely",
  ],
  "/sandbox/guides/2026-deprecation/": [
    "migrate off sandbox sdk features removed in 2026",
    "exposePort and default sessions deprecated",
  ],
  "/sandbox/guides/background-processes/": [
    "start a long running server in a sandbox and wait until ready",
    "run and monitor background processes in a sandbox",
    "background process exits immediately in my sandbox",
    "start a dev server for my agent and wait until the port answers",
  ],
  "/sandbox/guides/backup-restore/": [
    "checkpoint a workspace and roll back after an agent breaks it",
    "store sandbox backups in r2 with a ttl",
  ],
  "/sandbox/guides/browser-terminals/": [
    "web terminal to a sandbox with xterm.js",
    "let users type into a remote shell from the browser",
    "give users a linux shell in my web app",
  ],
  "/sandbox/guides/code-execution/": [
    "run ai generated python and get charts back",
    "keep variables between code runs like a notebook",
  ],
  "/sandbox/guides/docker-in-docker/": [
    "build docker images inside a sandbox",
    "run docker in docker on cloudflare",
    "my agent needs to build and run docker images",
  ],
  "/sandbox/guides/execute-commands/": [
    "run shell commands in a sandbox and read stdout and exit code",
    "run a shell script for my ai agent and get the exit code",
  ],
  "/sandbox/guides/expose-services/": [
    "expose a port from my sandbox with a public preview link",
    "stable preview urls with custom tokens",
    "port 3000 is reserved error in sandbox",
  ],
  "/sandbox/guides/file-watching/": [
    "auto rerun tests when files change in a sandbox",
    "hot reload style watching inside a sandbox",
    "react when my agent edits a file",
  ],
  "/sandbox/guides/git-workflows/": [
    "clone a private github repo into a sandbox",
    "commit changes to a cloned repo inside a sandbox",
    "let my coding agent check out my repo and make commits",
  ],
  "/sandbox/guides/manage-files/": [
    "write and read files in a sandbox",
    "upload binary files into a sandbox",
    "hand my ai agent a file and get the edited version back",
  ],
  "/sandbox/guides/mount-buckets/": [
    "keep sandbox data after it is destroyed using r2",
    "mount an r2 bucket read-only in a sandbox",
    "mount an amazon s3 bucket in a sandbox",
    "keep what my agent produced after its machine is thrown away",
  ],
  "/sandbox/guides/outbound-traffic/": [
    "stop untrusted code in a sandbox from reaching the internet",
    "add credentials to sandbox requests without giving it the secret",
    "ai written code must not call random websites",
  ],
  "/sandbox/guides/production-deployment/": [
    "preview urls need a custom domain with wildcard dns",
    "deploy sandbox preview urls to production",
  ],
  "/sandbox/guides/proxy-requests/": [
    "let sandboxed code call openai or github without seeing my api key",
    "credential proxy worker for sandboxes",
    "sandbox proxy returns 401 or 404",
  ],
  "/sandbox/guides/streaming-output/": [
    "stream command output live from a sandbox to the client",
    "show build logs as they happen",
  ],
  "/sandbox/guides/websocket-connections/": [
    "connect to a websocket server running in a sandbox",
    "websocket upgrade failed to a sandbox",
    "live connection to a server my agent started in its workspace",
  ],
  "/sandbox/guides/workers-connections/": [
    "use kv or d1 from code inside a sandbox",
    "sandbox access to worker bindings",
    "let generated code read my database without giving it the credentials",
  ],
  "/sandbox/platform/limits/": [
    "how much cpu, memory and disk a sandbox gets",
    "sandbox subrequest limits per request",
    "my agent's code runs out of memory",
  ],
  "/sandbox/platform/pricing/": [
    "how much sandboxes cost",
    "sandbox sdk billing based on container usage",
    "what does running ai generated code cost per hour",
  ],
  "/sandbox/tutorials/ai-code-executor/": [
    "turn a question into python with claude and run it safely",
    "llm writes code and a sandbox executes it",
  ],
  "/sandbox/tutorials/analyze-data-with-ai/": [
    "upload a csv and have ai analyze it with python",
    "ai data analysis with generated charts",
  ],
  "/sandbox/tutorials/automated-testing-pipeline/": [
    "clone a repo, install deps and run tests in a sandbox",
    "ci style test runner on workers",
  ],
  "/sandbox/tutorials/claude-code/": [
    "run claude code against a repository in a sandbox",
    "coding agent that edits a repo on cloudflare",
  ],
  "/sandbox/tutorials/claude-managed-agents/": [
    "self hosted environment for claude managed agents",
    "where claude managed agents run their tools",
  ],
  "/sandbox/tutorials/code-review-bot/": [
    "github bot that reviews pull requests with ai",
    "review prs automatically from a webhook",
  ],
  "/sandbox/tutorials/openai-agents/": [
    "openai agents sdk with cloudflare sandboxes",
    "python agent that runs code in a remote sandbox",
  ],
  "/sandbox/tutorials/persistent-storage/": [
    "persist files across sandbox restarts",
    "sandbox writes results to r2 and reads them later",
    "my agent loses its work every time the environment restarts",
  ],
  "/sandbox/tutorials/workers-ai-code-interpreter/": [
    "code interpreter tool for a workers ai model",
    "let gpt-oss run python",
  ],
  "/1.1.1.1/additional-options/dns-in-google-sheets/": [
    "look up dns records from a google sheets formula",
    "resolve a list of domains in a spreadsheet",
  ],
  "/1.1.1.1/additional-options/dns-over-discord/": [
    "run dig or whois from a discord bot",
    "dns lookup commands in a discord server",
    "check a domain's dns records without leaving discord",
  ],
  "/1.1.1.1/additional-options/dns-over-tor/": [
    "resolve dns through tor with cloudflare's hidden resolver",
    "onion address for 1.1.1.1",
  ],
  "/1.1.1.1/encryption/": [
    "stop my isp from seeing which sites i look up",
    "encrypted dns options for 1.1.1.1",
  ],
  "/1.1.1.1/encryption/dns-over-https/dns-over-https-client/": [
    "run a local doh proxy like dnscrypt-proxy with 1.1.1.1",
    "encrypt dns for my whole computer, not just the browser",
  ],
  "/1.1.1.1/encryption/dns-over-https/encrypted-dns-browsers/": [
    "turn on secure dns in chrome, firefox, edge or brave",
    "check whether my browser is using encrypted dns",
  ],
  "/1.1.1.1/encryption/dns-over-https/make-api-requests/": [
    "query cloudflare-dns.com/dns-query from my code",
    "doh endpoint http methods and return codes",
  ],
  "/1.1.1.1/encryption/dns-over-https/make-api-requests/dns-json/": [
    "resolve a hostname over https and get json back",
    "dns lookup from javascript with application/dns-json",
    "curl cloudflare-dns.com with name and type parameters",
  ],
  "/1.1.1.1/encryption/dns-over-https/make-api-requests/dns-wireformat/": [
    "send rfc 8484 wire format dns queries over https",
    "doh post with application/dns-message",
  ],
  "/1.1.1.1/encryption/dnskey/": [
    "does 1.1.1.1 validate dnssec signatures",
    "dnssec algorithms the resolver supports",
  ],
  "/1.1.1.1/encryption/oblivious-dns-over-https/": [
    "hide my ip address from the dns resolver too",
    "oblivious doh with a proxy between me and 1.1.1.1",
    "even my dns provider should not know who i am",
  ],
  "/1.1.1.1/infrastructure/extended-dns-error-codes/": [
    "what does the ede code in a servfail answer mean",
    "1.1.1.1 returns servfail with an extended error",
    "dnssec validation failure reported by 1.1.1.1",
  ],
  "/1.1.1.1/infrastructure/ipv6-networks/": [
    "dns64 resolver for an ipv6-only network",
    "reach ipv4-only sites from ipv6-only devices",
    "my ipv6 only phone network cannot open older websites",
  ],
  "/1.1.1.1/infrastructure/network-operators/": [
    "use 1.1.1.1 as the default resolver for my isp customers",
    "rate limits when an isp sends lots of queries to 1.1.1.1",
    "endpoints and ips an isp should use for 1.1.1.1",
  ],
  "/1.1.1.1/infrastructure/sla-and-support/": [
    "is there an sla or support for the public resolver",
    "who to contact about 1.1.1.1 outages",
  ],
  "/1.1.1.1/privacy/": [
    "what cloudflare keeps about my dns lookups",
    "privacy commitments for the public resolver and families",
  ],
  "/1.1.1.1/privacy/cloudflare-resolver-firefox/": [
    "firefox sends my dns to cloudflare, what is collected",
    "trusted recursive resolver in firefox",
    "why does my browser send dns lookups to a third party",
  ],
  "/1.1.1.1/setup/azure/": [
    "use 1.1.1.1 for vms in an azure virtual network",
    "custom dns servers for an azure vnet",
    "change the dns servers my cloud vms use",
  ],
  "/1.1.1.1/setup/gaming-consoles/": [
    "change dns on ps4, ps5, xbox or nintendo switch",
    "faster dns on my game console",
  ],
  "/1.1.1.1/setup/google-cloud/": [
    "use 1.1.1.1 in a google cloud vpc",
    "outbound dns server policy on gcp",
  ],
  "/1.1.1.1/setup/linux/": [
    "set 1.1.1.1 in resolv.conf or systemd-resolved",
    "change dns servers on ubuntu",
    "set dns in gnome or kde network settings",
  ],
  "/1.1.1.1/troubleshooting/": [
    "websites do not load after switching to 1.1.1.1",
    "diagnose slow or failing lookups with 1.1.1.1",
    "dns over tls or https to 1.1.1.1 not working",
    "some sites stopped opening after i changed my dns",
  ],
  "/1.1.1.1/upstream-resolution/": [
    "how 1.1.1.1 contacts authoritative nameservers",
    "query name minimization and retries in the resolver",
  ],
  "/terraform/additional-configurations/": [
    "terraform examples for waf, rate limiting and transform rules",
    "configure security rules as code",
  ],
  "/terraform/additional-configurations/ddos-managed-rulesets/": [
    "override ddos protection sensitivity with terraform",
    "ddos rule set to log only while i monitor flagged traffic",
  ],
  "/terraform/additional-configurations/rate-limiting-rules/": [
    "rate limiting rule defined in terraform",
    "throttle login requests using a cloudflare_ruleset resource",
    "account level rate limiting in terraform",
  ],
  "/terraform/additional-configurations/transform-rules/": [
    "url rewrite and header rules with terraform",
    "add a response header to my site with terraform",
    "turn on managed transforms with terraform",
  ],
  "/terraform/additional-configurations/waf-custom-rules/": [
    "block requests with a waf custom rule in terraform",
    "firewall rules as code for my zone",
    "import existing waf rules before managing them in terraform",
  ],
  "/terraform/additional-configurations/waf-managed-rulesets/": [
    "deploy the owasp and managed rulesets with terraform",
    "skip a managed waf rule for one path in terraform",
    "set owasp paranoia level and score threshold in terraform",
  ],
  "/terraform/advanced-topics/provider-customization/": [
    "change retries, rate limits or api base url of the terraform provider",
    "cloudflare provider settings",
  ],
  "/terraform/how-to/create-partial-zone/": [
    "create a cname setup zone with terraform",
    "partial zone keeping my current dns host",
  ],
  "/terraform/how-to/create-secondary-zone/": [
    "manage a subdomain as its own zone with terraform",
    "delegate a subdomain to a separate cloudflare zone",
  ],
  "/terraform/troubleshooting/authentication-error-dns-records/": [
    "terraform gets 403 authentication error creating dns records",
    "api token lacks permission to edit dns from terraform",
  ],
  "/terraform/troubleshooting/rule-id-changes/": [
    "terraform deletes and recreates my rule and its id changes",
    "keep the same rule id when editing a ruleset",
  ],
  "/terraform/tutorial/": [
    "learn to manage my domain with terraform step by step",
    "terraform tutorial series for cloudflare",
  ],
  "/terraform/tutorial/initialize-terraform/": [
    "first terraform config with a dns record for my domain",
    "terraform init, plan and apply for cloudflare",
    "point my domain's dns at a server with terraform",
  ],
  "/terraform/tutorial/track-history/": [
    "keep my cloudflare config in git",
    "pass the api token to terraform with env variables",
  ],
  "/terraform/tutorial/configure-https-settings/": [
    "turn on tls 1.3 and always use https with terraform",
    "zone settings as code",
  ],
  "/terraform/tutorial/use-load-balancing/": [
    "add a second origin and a load balancer with terraform",
    "round robin between two servers using terraform",
  ],
  "/terraform/tutorial/add-page-rules/": [
    "page rules in terraform for one path",
    "exceptions for specific urls in terraform",
  ],
  "/terraform/tutorial/revert-configuration/": [
    "roll back a bad cloudflare change with terraform and git",
    "undo a config change applied by terraform",
  ],
  "/warp-client/get-started/android/": [
    "install 1.1.1.1 with warp on my android phone",
    "use only encrypted dns in the android 1.1.1.1 app",
    "free vpn for my android phone",
  ],
  "/warp-client/get-started/ios/": [
    "install the 1.1.1.1 app on iphone or ipad",
    "1.1.1.1 for families on ios",
  ],
  "/warp-client/get-started/linux/": [
    "warp-cli commands to connect on linux",
    "free warp vpn on ubuntu or debian",
    "encrypt my linux laptop's traffic on hotel wifi",
  ],
  "/warp-client/get-started/macos/": [
    "install warp on a mac and where its logs are",
    "uninstall cloudflare warp from macos",
    "free vpn for my macbook",
  ],
  "/warp-client/get-started/windows/": [
    "install the warp app on windows",
    "remove cloudflare warp from windows",
    "where warp keeps its log files on windows",
    "free vpn for my windows pc",
  ],
  "/warp-client/privacy/": [
    "does the warp app log the sites i visit",
    "what data the free warp vpn collects",
    "does this free vpn sell my data",
  ],
  "/zaraz/advanced/blocking-triggers/": [
    "stop a tag from firing on certain pages",
    "exclude pages from a tracking action",
  ],
  "/zaraz/advanced/context-enricher/": [
    "modify zaraz event data with a worker before tools get it",
    "mask emails before sending to analytics vendors",
  ],
  "/zaraz/advanced/datalayer-compatibility/": [
    "reuse my google tag manager datalayer.push calls with zaraz",
    "moving from gtm without rewriting my tracking code",
  ],
  "/zaraz/advanced/domains-not-proxied/": [
    "use zaraz on a site that is not behind cloudflare",
    "add a tag manager to a site whose dns is elsewhere",
  ],
  "/zaraz/advanced/google-consent-mode/": [
    "google consent mode v2 with zaraz",
    "send ad_storage and analytics_storage consent to google",
    "check that zaraz passes consent mode to google tags",
  ],
  "/zaraz/advanced/import-export/": [
    "back up my zaraz configuration",
    "copy tag setup from one site to another",
  ],
  "/zaraz/advanced/load-custom-managed-component/": [
    "add my own third party tool to zaraz",
    "deploy a custom managed component",
    "our in-house tracking script needs to run server side",
  ],
  "/zaraz/advanced/load-selectively/": [
    "load zaraz only on some paths or subdomains",
    "turn off zaraz on my admin pages",
    "no tracking scripts on my checkout or admin pages",
  ],
  "/zaraz/advanced/load-zaraz-manually/": [
    "add the zaraz script by hand instead of auto injection",
    "zaraz does not inject into my pages",
    "my tags never load on pages served by my framework",
  ],
  "/zaraz/advanced/logpush/": [
    "export zaraz event logs to r2 or s3",
    "keep a record of every tracking event sent from my site",
  ],
  "/zaraz/advanced/using-jsonata/": [
    "compute a value like cart total with jsonata in zaraz",
    "transform event properties with expressions",
  ],
  "/zaraz/consent-management/api/": [
    "read or set visitor consent from javascript",
    "zaraz.consent get and set",
    "listen for a visitor changing consent choices",
  ],
  "/zaraz/consent-management/custom-css/": [
    "style the cookie consent banner to match my site",
    "custom css for the consent modal",
  ],
  "/zaraz/consent-management/enable-consent-management/": [
    "show a cookie consent popup before loading trackers",
    "consent banner in several languages",
  ],
  "/zaraz/consent-management/iab-tcf-compliance/": [
    "tcf v2 consent string",
    "ad partners require a tcf consent string from my site",
  ],
  "/zaraz/custom-actions/": [
    "make a tool do something only on certain events",
    "custom actions instead of automatic actions",
  ],
  "/zaraz/custom-actions/create-action/": [
    "send an event to a tool when a trigger fires",
    "create an action for a third party tool",
  ],
  "/zaraz/custom-actions/create-trigger/": [
    "fire a tag when someone clicks a button or submits a form",
    "send an event to my ad pixel when a form is submitted",
  ],
  "/zaraz/custom-actions/additional-fields/": [
    "send extra parameters to google analytics through zaraz",
    "add custom fields to every action of a tool",
    "attach the user's plan to every analytics hit",
  ],
  "/zaraz/custom-actions/edit-tools-and-actions/": [
    "disable or delete a tool in zaraz",
    "pause one tracking action temporarily",
  ],
  "/zaraz/embeds/": [
    "embed a tweet or instagram post without third party scripts",
    "privacy friendly social embeds",
  ],
  "/zaraz/faq/": [
    "zaraz is not working on my site",
    "does zaraz work with rocket loader or a content security policy",
    "data in my analytics tool does not match what zaraz sent",
    "my google analytics shows no data after moving tags server side",
  ],
  "/zaraz/history/preview-mode/": [
    "test tag changes before publishing them",
    "preview and publish workflow in zaraz",
  ],
  "/zaraz/history/versions/": [
    "revert my tag setup to an earlier version",
    "see who changed zaraz config",
  ],
  "/zaraz/http-events-api/": [
    "send tracking events from my server or mobile app to zaraz",
    "read the response of a zaraz server-side event call",
    "record a purchase in my ads platform from my backend",
  ],
  "/zaraz/monitoring/": [
    "check that my tags and events are firing",
    "my analytics tags stopped sending data",
  ],
  "/zaraz/monitoring/monitoring-api/": [
    "query zaraz event counts with graphql",
    "count how many tracking events my site sent yesterday with a script",
  ],
  "/zaraz/reference/context/": [
    "what data is available in the zaraz context object",
    "system and client properties in zaraz",
    "what does my tag manager know about each page view",
  ],
  "/zaraz/reference/properties-reference/": [
    "variables like page url, cookies and device in zaraz",
    "properties i can send to tools",
  ],
  "/zaraz/reference/settings/": [
    "zaraz settings for single page apps and ecommerce",
    "turn off auto-inject or enable debug key",
    "zaraz not loading inside iframes",
  ],
  "/zaraz/reference/triggers/": [
    "click, scroll depth, timer and form triggers",
    "match rule conditions for triggers",
    "fire a tag when an element becomes visible",
  ],
  "/zaraz/variables/create-variables/": [
    "reuse a measurement id across zaraz tools",
    "store a value once and use it in many tags",
  ],
  "/zaraz/variables/worker-variables/": [
    "compute a tag value in a worker",
    "hash data before it goes to an ad vendor",
    "match a visitor cookie with a user in my backend",
  ],
  "/zaraz/web-api/": [
    "send events to zaraz from my page's javascript",
    "like gtag() or datalayer.push for my page scripts",
  ],
  "/zaraz/web-api/debug-mode/": [
    "debug why a zaraz event did not fire",
    "my tracking pixel does not fire, how do i see why",
  ],
  "/zaraz/web-api/ecommerce/": [
    "track purchases and add to cart events",
    "order completed event for ad conversion tracking",
    "checkout step and product viewed events for analytics",
  ],
  "/zaraz/web-api/set/": [
    "set a value that is sent with every later event",
    "zaraz.set for user id or plan",
  ],
  "/flagship/": [
    "feature flags for my worker without a third party service",
    "turn a feature on for some users without redeploying",
    "launchdarkly alternative on cloudflare",
    "hide an unfinished feature from customers in production",
  ],
  "/flagship/get-started/": [
    "create my first feature flag and read it in a worker",
    "toggle a feature on and off without a redeploy",
  ],
  "/flagship/best-practices/": [
    "safe defaults when a feature flag cannot be evaluated",
    "evaluate flags once per request and clean up stale flags",
  ],
  "/flagship/binding/": [
    "add the flagship binding to wrangler config",
    "access feature flags from env in a worker",
  ],
  "/flagship/binding/methods/": [
    "getBooleanValue and getStringValue on the flag binding",
    "read a json object variant of a feature flag",
    "flag value has the wrong type, what does the binding return",
  ],
  "/flagship/concepts/": [
    "apps, flags, variants and targeting in flagship",
    "how fast a flag change reaches my workers",
    "pass user id and country as evaluation context",
  ],
  "/flagship/configuration/": [
    "bind one worker to several flag apps",
    "use feature flags in wrangler dev",
  ],
  "/flagship/reference/evaluation-reasons/": [
    "why did my flag return the default value",
    "flag not found or type mismatch error",
  ],
  "/flagship/reference/limits/": [
    "how many feature flags and rules can i create",
    "maximum flags per app",
    "running out of room for feature toggles",
  ],
  "/flagship/sdk/": [
    "openfeature provider for cloudflare feature flags",
    "use flagship from node or python with openfeature",
    "use the same feature toggles in my node backend and my worker",
  ],
  "/flagship/sdk/client-provider/": [
    "evaluate feature flags in the browser",
    "prefetch flags for a react app",
  ],
  "/flagship/sdk/python/": [
    "feature flags in a python backend with flagship",
    "python openfeature provider",
  ],
  "/flagship/sdk/server-provider/": [
    "feature flags from a node.js server with openfeature",
    "migrate my flags from another openfeature provider",
  ],
  "/flagship/targeting/": [
    "show a feature only to users in one country or plan",
    "targeting rules for feature flags",
  ],
  "/flagship/targeting/operators/": [
    "match users by email domain or list membership in a flag rule",
    "comparison operators for flag conditions",
  ],
  "/flagship/targeting/percentage-rollouts/": [
    "release a feature to 10 percent of users",
    "a/b test with sticky buckets per user",
    "gradual rollout of a new checkout",
  ],
  "/log-explorer/": [
    "search my http and security logs in the dashboard without a siem",
    "store cloudflare logs and query them with sql",
    "like splunk search for my site's traffic, built in",
  ],
  "/log-explorer/api/": [
    "run log explorer sql queries through the api",
    "api token for querying stored logs",
    "search my site's logs from a script",
  ],
  "/log-explorer/example-queries/": [
    "sql to find ips that got challenged",
    "top bandwidth consuming urls from my logs",
  ],
  "/log-explorer/faq/": [
    "log explorer query times out or shows no logs",
    "which fields can i query in log explorer",
    "no logs appear after enabling a dataset in log explorer",
    "searching my request logs returns nothing",
  ],
  "/log-explorer/log-search/": [
    "find all requests from one ip in the last day",
    "save a log search query",
    "search by request header or cookie in logs",
  ],
  "/log-explorer/manage-datasets/": [
    "choose which logs log explorer stores",
    "enable http_requests for log search",
    "pick which of my request logs get kept for searching",
  ],
  "/log-explorer/pricing/": [
    "how much does storing logs in log explorer cost",
    "estimate gb of logs my zone will ingest",
    "stop paying for log explorer",
    "how much will keeping a month of logs cost me",
  ],
  "/log-explorer/sql-queries/": [
    "sql functions and clauses log explorer supports",
    "group by and count in log search",
  ],
  "/pulumi/": [
    "manage cloudflare with typescript or python infrastructure code",
    "pulumi provider for cloudflare",
    "infrastructure as code for my domains in a real programming language",
  ],
  "/pulumi/installing/": [
    "install pulumi to manage my cloudflare account",
    "pulumi setup on mac, linux or windows",
    "like aws cdk but for my cloudflare account",
  ],
  "/pulumi/tutorial/add-site/": [
    "add my domain and dns records to cloudflare with pulumi",
    "bring an existing site under pulumi",
    "create a zone and dns record from typescript with pulumi",
    "set up my domain's dns with code instead of clicks",
  ],
  "/pulumi/tutorial/hello-world/": [
    "worker and route created from pulumi code",
    "deploy a worker, route and dns record in one pulumi program",
    "deploy a serverless function and its route as code",
  ],
  "/pulumi/tutorial/manage-secrets/": [
    "keep my cloudflare api token in pulumi esc",
    "pass secrets to a worker from pulumi",
    "load .dev.vars secrets with pulumi esc",
    "keep my api token out of my infrastructure code",
  ],
  "/pulumi/tutorial/dynamic-provider-and-wrangler/": [
    "create resources pulumi does not support yet using wrangler",
    "pulumi dynamic provider for vectorize",
  ],
  "/radar/": [
    "global internet traffic trends and attack data",
    "internet outage and traffic stats by country",
    "is the internet down in a country right now",
  ],
  "/radar/concepts/aggregation-intervals/": [
    "get radar data per hour, day or week",
    "aggInterval parameter in radar",
  ],
  "/radar/concepts/bot-classes/": [
    "how radar separates bot and human traffic",
    "likely automated versus likely human in radar",
    "how much of the web's traffic is bots",
  ],
  "/radar/concepts/confidence-levels/": [
    "how reliable is a radar data point",
    "confidenceInfo level in radar responses",
  ],
  "/radar/concepts/normalization/": [
    "why radar shows percentages instead of request counts",
    "min-max normalization in radar data",
    "why a traffic chart shows no absolute numbers",
  ],
  "/radar/get-started/configure-alerts/": [
    "alert me when a country has an internet outage",
    "radar notifications for my asn",
    "tell me when my network's routes are hijacked",
  ],
  "/radar/get-started/embed/": [
    "embed a radar chart on my website",
    "download a radar graph as png",
    "put a live internet traffic chart in my blog post",
  ],
  "/radar/get-started/error-codes/": [
    "radar api returns an error",
    "my internet stats api call returns 400 or 404",
  ],
  "/radar/get-started/first-request/": [
    "token and first call to the radar api",
    "pull internet traffic data with python",
    "radar api from a jupyter notebook",
    "download internet traffic statistics for my research",
  ],
  "/radar/get-started/making-comparisons/": [
    "compare traffic between two countries correctly",
    "compare this week to last week in radar",
  ],
  "/radar/glossary/": [
    "what radar terms like bgp route leak or ai crawler mean",
    "what do terms like route leak or verified bot mean on an internet traffic report",
  ],
  "/radar/investigate/application-layer-attacks/": [
    "which countries are targeted by web attacks",
    "http ddos attack trends from radar",
    "top attacked locations and mitigation by product",
  ],
  "/radar/investigate/bgp-anomalies/": [
    "get alerted when someone hijacks my ip prefixes",
    "search bgp hijacks and route leaks",
    "worker that emails me about new bgp hijacks",
  ],
  "/radar/investigate/dns/": [
    "where queries for a domain come from",
    "dns query stats from 1.1.1.1",
  ],
  "/radar/investigate/domain-ranking-datasets/": [
    "list of the most popular domains",
    "download the top 1 million domains ranking",
    "where does cloudflare's domain ranking come from",
    "how popular is my website compared to others",
  ],
  "/radar/investigate/http-requests/": [
    "share of mobile versus desktop and ipv6 traffic",
    "browser and os share of web traffic",
  ],
  "/radar/investigate/netflows/": [
    "internet traffic volume change for a country",
    "netflows time series from radar",
  ],
  "/radar/investigate/network-layer-attacks/": [
    "layer 3 ddos attack trends by protocol",
    "network attack stats from radar",
    "are syn floods and udp attacks getting bigger this year",
  ],
  "/radar/investigate/outages/": [
    "list recent internet outages around the world",
    "was there a national internet blackout yesterday",
  ],
  "/radar/investigate/url-scanner/": [
    "scan a suspicious url and see what it loads",
    "check if a link is phishing or malicious",
    "is this link in an email safe to click",
  ],
  "/radar/reference/quarterly-ddos-reports/": [
    "how cloudflare counts ddos attacks in its quarterly report",
    "ddos threat report methodology",
  ],
  "/tenant/": [
    "create cloudflare accounts for my customers as a reseller",
    "partner provisioning api",
    "resell cloudflare to my clients under my own account",
  ],
  "/tenant/get-started/": [
    "set up customer accounts as a channel partner",
    "give a customer's users access to the account i created",
    "create a zone for a customer through the partner api",
    "i am an msp and need to onboard a client",
  ],
  "/tenant/how-to/manage-accounts/": [
    "create, update or delete a customer account via api",
    "reseller account management",
    "know your customer details when creating an account",
  ],
  "/tenant/how-to/manage-subscriptions/": [
    "add a paid plan to a customer's zone as a partner",
    "provision zone and account subscriptions",
  ],
  "/tenant/reference/subscriptions/": [
    "rate plan ids to sell through the tenant api",
    "which subscriptions a partner can provision",
    "zero trust and developer plans a partner can sell",
  ],
  "/tenant/structure/": ["how tenants, accounts and users relate", "partner tenant hierarchy"],
  "/web3/": [
    "access ipfs or ethereum over plain http",
    "run a dapp without my own blockchain node",
    "host my nft images or dapp frontend on ipfs",
  ],
  "/web3/about/": [
    "read and write to ethereum through cloudflare",
    "what web3 gateways can and cannot do",
  ],
  "/web3/get-started/": [
    "create an ipfs or ethereum gateway on my domain",
    "set up a web3 gateway hostname",
    "usage alerts for my web3 gateway",
    "put my dapp on my own domain",
  ],
  "/web3/ethereum-gateway/": [
    "ethereum json-rpc endpoint without a node",
    "like infura or alchemy for ethereum rpc",
  ],
  "/web3/ethereum-gateway/concepts/node-types/": [
    "full, light and archive ethereum nodes",
    "does the gateway serve historical chain data",
  ],
  "/web3/ethereum-gateway/reference/supported-api-methods/": [
    "which eth_ methods the ethereum gateway supports",
    "gateway returns 403 for an rpc method",
    "trace_filter support on the ethereum gateway",
  ],
  "/web3/ethereum-gateway/reference/supported-networks/": [
    "mainnet and testnets available on the ethereum gateway",
    "use sepolia with cloudflare",
  ],
  "/web3/how-to/manage-gateways/": [
    "edit, refresh or delete a web3 gateway",
    "block content on my ipfs gateway",
    "ipfs gateway serves outdated dnslink content, refresh it",
  ],
  "/web3/how-to/restrict-gateway-access/": [
    "only let my backend use my web3 gateway",
    "others are using my rpc endpoint and running up my bill",
  ],
  "/web3/how-to/use-ethereum-gateway/": [
    "call eth_getBalance through my gateway",
    "send a signed transaction via the ethereum gateway",
    "read a wallet balance from my app without running a node",
  ],
  "/web3/how-to/use-ipfs-gateway/": [
    "fetch a file by cid from my ipfs gateway",
    "ipfs gateway url path format",
    "link to a file by its content hash from my website",
  ],
  "/web3/ipfs-gateway/": [
    "serve ipfs content over https",
    "serve files pinned on ipfs from my website",
  ],
  "/web3/ipfs-gateway/concepts/dnslink/": [
    "host a website on ipfs under my domain with dnslink",
    "dnslink gateway restricted to one site",
  ],
  "/web3/ipfs-gateway/concepts/ipfs/": [
    "what is a cid and how ipfs stores files",
    "upload files to ipfs",
    "publish a folder of files to ipfs",
  ],
  "/web3/ipfs-gateway/reference/updating-for-ipfs/": [
    "make my react or gatsby site work on ipfs",
    "use relative links for ipfs hosting",
  ],
  "/web3/ipfs-gateway/troubleshooting/": [
    "ipfs content does not load through the gateway",
    "no link named ipfs error",
    "my ipfs link gives an error page",
  ],
  "/web3/reference/limits/": [
    "request and size limits of web3 gateways",
    "my dapp gets rate limited on the rpc endpoint",
  ],
  "/web3/reference/migration-guide/": [
    "cloudflare-ipfs.com is going away, what now",
    "migrate from the public ipfs gateway hostname",
  ],
  "/web3/reference/gateway-status/": [
    "web3 gateway stuck in pending",
    "meaning of web3 gateway statuses",
    "my new gateway never goes live",
  ],
  "/artifacts/": [
    "git repositories created on demand for my agents",
    "versioned file storage my code can push and clone with git",
    "like a github repo my ai agent can create on the fly",
  ],
  "/artifacts/api/errors/": [
    "artifacts error codes like already exists or not found",
    "my repo create call fails with a conflict",
  ],
  "/artifacts/api/git-protocol/": [
    "clone an artifacts repo with a token over https",
    "git remote url and auth header for artifacts",
    "git push fails with an auth error to artifacts",
    "git clone asks for credentials for my agent's repo",
  ],
  "/artifacts/api/rest-api/": [
    "create, fork and delete repos through the artifacts rest api",
    "manage artifacts tokens and remotes from outside workers",
    "read commit history of an artifacts repo over http",
  ],
  "/artifacts/api/workers-binding/": [
    "create or fork a git repo from inside a worker",
    "artifacts binding methods",
    "mint or revoke a repo token from a worker",
  ],
  "/artifacts/api/wrangler/": [
    "issue a repo token from the cli",
    "manage my agents' git repos from the terminal",
  ],
  "/artifacts/concepts/best-practices/": [
    "one repo per agent session or per app",
    "least privilege tokens for agent git repos",
    "store agent prompts and model output alongside commits",
  ],
  "/artifacts/concepts/how-artifacts-works/": [
    "how artifacts stores git data durably",
    "what happens when i create an artifacts repo",
  ],
  "/artifacts/concepts/namespaces/": [
    "separate repos by environment or customer",
    "keep staging and production repos apart",
  ],
  "/artifacts/concepts/repositories/": [
    "what an artifacts repository is and how it is named",
    "repo identity, url and token scope",
  ],
  "/artifacts/examples/git-client/": [
    "use regular git to clone an artifacts repo",
    "push to artifacts from my laptop",
    "work on my agent's repo from my own laptop",
  ],
  "/artifacts/examples/isomorphic-git/": [
    "run git commands inside a worker with isomorphic-git",
    "commit files to a repo from worker code",
  ],
  "/artifacts/examples/sandbox-sdk-artifacts/": [
    "give each sandbox its own git repo",
    "persist sandbox work as git commits",
  ],
  "/artifacts/get-started/rest-api/": [
    "create my first artifacts repo with curl and push to it",
    "artifacts quick start without workers",
    "create a git repo on the fly with one http call",
  ],
  "/artifacts/get-started/workers/": [
    "create a git repo from a worker and push my first commit",
    "give my app a place to save versions of files with git",
  ],
  "/artifacts/guides/artifact-fs/": [
    "mount a git repo as files without a full clone",
    "lazy checkout of a large repo",
  ],
  "/artifacts/guides/authentication/": [
    "how to authenticate to artifacts from a worker, api or git",
    "artifacts token types",
    "give my agent push access to only one repo",
  ],
  "/artifacts/guides/event-subscriptions/": [
    "react when someone pushes to an artifacts repo",
    "events for repo created, forked or pushed",
  ],
  "/artifacts/guides/import-repositories/": [
    "import a public github repo into artifacts",
    "start from an existing repository",
  ],
  "/artifacts/observability/metrics/": [
    "push and clone counts per artifacts repo",
    "errors by repo with graphql",
  ],
  "/artifacts/platform/limits/": [
    "how big can an artifacts repo be",
    "my git push is rejected as too large",
  ],
  "/artifacts/platform/pricing/": [
    "artifacts cost per operation and gb stored",
    "how git repo storage is billed",
    "what does storing thousands of small agent repos cost",
  ],
  "/google-tag-gateway/": [
    "serve google tags from my own domain for better ad measurement",
    "recover lost measurement signals for google ads",
    "ad blockers stop my google ads conversion tracking",
    "like server side google tag manager without hosting it myself",
  ],
  "/key-transparency/": [
    "audit public keys in my end to end encrypted messaging app",
    "third party auditor for a key transparency log",
    "prove my chat app is not swapping users' encryption keys",
  ],
  "/key-transparency/api/epochs/": [
    "publish a new epoch to the key transparency auditor",
    "get a signed epoch for my namespace",
  ],
  "/key-transparency/api/namespaces/": [
    "register my key log with the auditor",
    "create or disable a key transparency namespace",
  ],
  "/key-transparency/monitor-the-auditor/": [
    "verify the auditor's signatures myself",
    "cli to monitor the key transparency auditor",
    "check the auditor is not lying about my key log",
  ],
  "/privacy-proxy/": [
    "hide users' ip addresses while keeping their location",
    "masque forward proxy like icloud private relay",
    "like a vpn that hides ips but still gives local search results",
  ],
  "/privacy-proxy/concepts/authentication/": [
    "authenticate clients to the privacy proxy with privacy pass",
    "pre-shared key versus tokens for proxy access",
    "mtls for clients of a privacy proxy",
  ],
  "/privacy-proxy/concepts/deployment-models/": [
    "single-hop versus double-hop privacy proxy",
    "two-relay design so no one sees both ip and destination",
  ],
  "/privacy-proxy/concepts/geolocation/": [
    "keep local results for users behind a privacy proxy",
    "geohash header for approximate location",
    "how precise is location behind the privacy proxy",
  ],
  "/privacy-proxy/concepts/how-it-works/": [
    "how masque connect-udp and connect tunnels work",
    "traffic flow through the privacy proxy",
  ],
  "/privacy-proxy/get-started/": [
    "test my privacy proxy connection with curl",
    "connect a client to privacy proxy",
    "check my proxy works before shipping it in my browser",
  ],
  "/privacy-proxy/reference/client-libraries/": [
    "libraries to connect to a masque proxy",
    "tokio-quiche and chaussette for privacy proxy",
  ],
  "/privacy-proxy/reference/http-headers/": [
    "proxy-authorization and sec-ch-geohash headers",
    "headers privacy proxy adds or reads",
    "how does my site know the visitor's city behind the proxy",
  ],
  "/privacy-proxy/reference/metrics/graphql/": [
    "query privacy proxy traffic and errors with graphql",
    "privacy proxy analytics nodes",
    "sample graphql queries for proxy requests and bytes",
  ],
  "/privacy-proxy/reference/metrics/opentelemetry/": [
    "export privacy proxy metrics to prometheus via otlp",
    "opentelemetry metrics for the proxy",
  ],
  "/privacy-proxy/reference/proxy-status/": [
    "what proxyStatus error values mean",
    "why proxied connections fail",
  ],
  "/randomness-beacon/": [
    "public verifiable random numbers from drand",
    "get unbiasable randomness for a lottery",
    "pick a provably fair random winner",
  ],
  "/randomness-beacon/about/": ["what the drand network is", "who operates the drand network"],
  "/randomness-beacon/cryptographic-background/randomness-generation/": [
    "how drand produces randomness with threshold bls signatures",
    "verify a drand beacon signature",
  ],
  "/randomness-beacon/cryptographic-background/setup-phase/": [
    "distributed key generation in drand",
    "secret sharing setup for the beacon",
  ],
  "/resource-tagging/": [
    "attach key value tags to workers, zones and other resources",
    "label resources by team or cost center",
    "like aws resource tags for cost allocation",
  ],
  "/resource-tagging/get-started/": [
    "check tagging is enabled and tag my first resource",
    "tagging api quick start",
    "find which team owns each worker in our account",
  ],
  "/resource-tagging/how-to/filter-resources/": [
    "list every resource with tag env=prod",
    "find resources missing a tag",
    "list everything that belongs to the marketing team",
  ],
  "/resource-tagging/how-to/manage-tags/": [
    "add or remove one tag on a resource",
    "replace all tags on a worker",
    "label a worker as production",
  ],
  "/resource-tagging/reference/error-codes/": [
    "tagging call says resource not found",
    "my request to label a resource fails with an error",
  ],
  "/resource-tagging/reference/limits/": [
    "how many tags per resource or account",
    "allowed characters in tag keys",
    "tag key rejected as invalid",
  ],
  "/resource-tagging/reference/resource-types/": [
    "which resources can be tagged",
    "tag worker versions or access policies",
  ],
  "/time-services/": [
    "cloudflare time servers for clock sync",
    "ntp, nts and roughtime from cloudflare",
    "keep my servers' clocks accurate",
  ],
  "/time-services/ntp/": [
    "use time.cloudflare.com as my ntp server",
    "which ntp server should my linux box use",
  ],
  "/time-services/ntp/usage/": [
    "configure chrony or ntpd with time.cloudflare.com",
    "set windows or mac clock to sync with cloudflare",
    "my server's clock is drifting",
    "my computer clock is off by a few minutes",
  ],
  "/time-services/nts/": [
    "secure authenticated ntp with nts",
    "stop attackers spoofing my time source",
    "can someone fake the time my servers get",
  ],
  "/time-services/roughtime/": [
    "authenticated rough time for clients",
    "check my device's clock is roughly right in a way that cannot be spoofed",
  ],
  "/time-services/roughtime/recipes/": [
    "use the roughtime go client to check my clock",
    "query several roughtime servers",
  ],
  "/time-services/roughtime/usage/": ["send a roughtime request over udp", "roughtime hello world"],
  "/time-services/roughtime/deprecation/": [
    "roughtime server keys being retired",
    "old roughtime port no longer answers",
    "my clock check against cloudflare stopped answering",
  ],
  "/realtime/realtimekit/ai/": [
    "ai transcripts and summaries of my video calls",
    "meeting notes generated automatically",
  ],
  "/realtime/realtimekit/ai/summary/": [
    "get an ai summary after each meeting ends",
    "meeting summary webhook or api",
  ],
  "/realtime/realtimekit/ai/transcription/": [
    "live captions during a video call",
    "transcribe a meeting after it ends",
    "which languages realtime transcription supports",
  ],
  "/realtime/realtimekit/broadcast-apis/": [
    "send a custom message to everyone in a call",
    "broadcast events to some participants in a meeting",
    "rate limit on broadcast messages in a meeting",
    "send a hand raise or emoji reaction to everyone in a call",
  ],
  "/realtime/realtimekit/collaborative-stores/": [
    "shared state that all meeting participants see",
    "realtime key value store inside a meeting",
  ],
  "/realtime/realtimekit/concepts/": [
    "apps, meetings, sessions, participants and presets explained",
    "realtimekit terminology",
  ],
  "/realtime/realtimekit/concepts/participant/": [
    "add a user to a meeting from my backend and get their token",
    "participant auth token expired, refresh it",
  ],
  "/realtime/realtimekit/concepts/preset/": [
    "host versus attendee permissions in a video meeting",
    "configure what a participant can do with presets",
  ],
  "/realtime/realtimekit/concepts/session-lifecycle/": [
    "what happens when a peer joins or leaves a session",
    "what happens when someone leaves and rejoins a call",
  ],
  "/realtime/realtimekit/core/breakout-rooms/": [
    "split a meeting into breakout rooms",
    "move participants between small group rooms",
  ],
  "/realtime/realtimekit/core/chat/": [
    "send text, images and files in meeting chat",
    "in-call chat messages with the core sdk",
    "edit or delete a sent chat message",
  ],
  "/realtime/realtimekit/core/display-active-speakers/": [
    "highlight who is talking in my video call ui",
    "show the active speaker",
  ],
  "/realtime/realtimekit/core/end-a-session/": [
    "end a meeting for everyone from my server",
    "kick all participants and disable a meeting",
  ],
  "/realtime/realtimekit/core/error-codes/": [
    "realtimekit error code meanings",
    "sdk throws an error when joining a meeting",
    "my video call fails to connect with an error code",
  ],
  "/realtime/realtimekit/core/local-participant/": [
    "mute my mic, turn off camera or share my screen",
    "switch camera or microphone device in a call",
    "change my display name in the call",
  ],
  "/realtime/realtimekit/core/manage-participants-in-a-session/": [
    "host mutes or removes a participant",
    "mute everyone in the meeting",
    "pin a speaker for everyone",
  ],
  "/realtime/realtimekit/core/media-acquisition-approaches/": [
    "use my own getusermedia stream with realtimekit",
    "custom media tracks instead of sdk managed devices",
  ],
  "/realtime/realtimekit/core/meeting-metadata/": [
    "detect reconnects and connection state in a meeting",
    "meeting title and id from meeting.meta",
  ],
  "/realtime/realtimekit/core/meeting-object-explained/": [
    "what is inside the realtimekit meeting object",
    "structure of meeting.self, participants and meta",
  ],
  "/realtime/realtimekit/core/plugins/": [
    "open a whiteboard or shared doc inside a meeting",
    "activate plugins in a call",
  ],
  "/realtime/realtimekit/core/polls/": [
    "run a poll during a video meeting",
    "create and vote in polls",
    "anonymous polls with hidden votes",
  ],
  "/realtime/realtimekit/core/remote-participants/": [
    "render other people's video tiles",
    "list participants and their audio and video state",
    "paginate the video grid when many people join",
  ],
  "/realtime/realtimekit/core/remote-participants/events/": [
    "event when someone joins or leaves the call",
    "participant joined and left events",
  ],
  "/realtime/realtimekit/core/stage-management/": [
    "let an attendee come on stage in a webinar",
    "approve requests to speak",
  ],
  "/realtime/realtimekit/core/video-effects/": [
    "blur or replace my background in a video call",
    "virtual backgrounds",
    "which browsers support background blur",
  ],
  "/realtime/realtimekit/core/waiting-room/": [
    "hold participants in a lobby until the host admits them",
    "waiting room for meetings",
    "host accepts or rejects people waiting to join",
  ],
  "/realtime/realtimekit/custom-plugins/build-your-own-plugins/": [
    "build my own in-meeting app synced across participants",
    "embed my own app inside a video meeting",
  ],
  "/realtime/realtimekit/recording-guide/add-watermark/": [
    "put my logo on meeting recordings",
    "put my logo on recorded calls",
  ],
  "/realtime/realtimekit/recording-guide/configure-audio-codec/": [
    "audio-only recording codec and channels",
    "record meetings as mp3 or aac",
  ],
  "/realtime/realtimekit/recording-guide/configure-codecs/": [
    "set video codec for meeting recordings",
    "h264 or vp8 recording output",
  ],
  "/realtime/realtimekit/recording-guide/configure-realtimekit-bucket-config/": [
    "stop storing recordings on cloudflare's bucket",
    "keep recordings only in my own storage",
  ],
  "/realtime/realtimekit/recording-guide/create-record-app-using-sdks/": [
    "custom layout for recorded meetings",
    "build a recording app with the recording sdk",
  ],
  "/realtime/realtimekit/recording-guide/custom-cloud-storage/": [
    "upload meeting recordings to my s3 or r2 bucket",
    "storage_config for recordings",
    "save call recordings to azure blob or google cloud storage",
  ],
  "/realtime/realtimekit/recording-guide/interactive-recording/": [
    "timed metadata inside a recorded video",
    "interactive recordings",
  ],
  "/realtime/realtimekit/recording-guide/manage-recording-config-hierarchy/": [
    "which recording settings win, app or api call",
    "recording config precedence",
  ],
  "/realtime/realtimekit/recording-guide/monitor-status/": [
    "know when a recording is ready to download",
    "recording status webhook",
  ],
  "/realtime/realtimekit/recording-guide/start-recording/": [
    "start recording automatically when a meeting begins",
    "start recording api",
  ],
  "/realtime/realtimekit/recording-guide/stop-recording/": [
    "how a recording stops when everyone leaves",
    "stop a meeting recording",
  ],
  "/realtime/realtimekit/recording-guide/track-recording/": [
    "record each participant's audio to its own file",
    "separate audio tracks per speaker",
  ],
  "/realtime/realtimekit/sdk-selection/": [
    "which realtimekit sdk for react, angular, ios or flutter",
    "ui kit or core sdk, which should i use",
    "which video call library for my react native or flutter app",
  ],
  "/realtime/realtimekit/ui-kit/": [
    "drop-in video meeting ui for my web app",
    "prebuilt meeting component",
  ],
  "/realtime/realtimekit/webhooks/": [
    "get notified when a meeting starts, ends or a recording is ready",
    "verify realtimekit webhook signatures",
    "participant joined and left webhook payloads",
    "run code when a video call ends",
  ],
  "/realtime/sfu/": [
    "webrtc sfu without running media servers",
    "like mediasoup or janus without running servers",
  ],
  "/realtime/sfu/calls-vs-sfus/": [
    "how cloudflare's sfu differs from janus or mediasoup",
    "no regions or rooms in the realtime sfu",
    "do i need to pick a region for my video calls",
  ],
  "/realtime/sfu/datachannels/": [
    "send low latency data between webrtc clients via the sfu",
    "webrtc datachannels through cloudflare",
    "send game state between players with low latency",
  ],
  "/realtime/sfu/example-architecture/": [
    "how my backend and clients talk to the sfu",
    "reference architecture for a video app",
    "how should my backend and browser talk for a video app",
  ],
  "/realtime/sfu/get-started/": [
    "create a realtime sfu app and get its id and secret",
    "credentials for a video relay for my webrtc app",
  ],
  "/realtime/sfu/https-api/": [
    "create sessions and push or pull tracks over https",
    "sfu api endpoints",
  ],
  "/realtime/sfu/introduction/": [
    "add live video and audio to my app",
    "what the realtime sfu does",
  ],
  "/realtime/sfu/limits/": [
    "supported codecs and timeouts of the sfu",
    "sfu session goes inactive and disconnects",
    "my webrtc call drops after being idle",
  ],
  "/realtime/sfu/media-transport-adapters/websocket-adapter/": [
    "stream call audio to my ai model over websockets",
    "inject audio into a webrtc track from a server",
  ],
  "/realtime/sfu/pricing/": [
    "how much does the sfu and turn cost per gb",
    "realtime egress billing",
    "what does a video call between 10 people cost me",
  ],
  "/realtime/sfu/sessions-tracks/": [
    "sessions and tracks model of the sfu",
    "build rooms and users on top of sessions",
  ],
  "/realtime/sfu/simulcast/": [
    "send several video qualities and let viewers pick",
    "simulcast layers in webrtc",
  ],
  "/realtime/turn/": [
    "managed turn server for webrtc",
    "turn.cloudflare.com ports and protocols",
    "peers behind strict nat cannot connect",
    "video calls fail for users behind corporate firewalls",
  ],
  "/realtime/turn/analytics/": [
    "turn bandwidth and connection usage over time",
    "query turn usage per user",
    "top turn keys by egress",
    "which of my users use the most relay bandwidth",
  ],
  "/realtime/turn/custom-domains/": [
    "use my own hostname for turn",
    "cname to turn.cloudflare.com",
  ],
  "/realtime/turn/faq/": [
    "is turn billed for inbound traffic",
    "turn compliance and regions",
    "how turn usage is calculated for billing",
    "how is my relay server usage billed",
  ],
  "/realtime/turn/generate-credentials/": [
    "generate short lived turn credentials from my backend",
    "turn username and password for ice servers",
    "ice server config for my video calls without leaking a password",
  ],
  "/realtime/turn/replacing-existing/": [
    "switch my existing turn service over to cloudflare",
    "resell turn to my own customers",
    "move off coturn or twilio turn servers",
  ],
  "/realtime/turn/rfc-matrix/": [
    "which turn rfcs and transports are supported",
    "turn over tcp, udp or tls support",
  ],
  "/realtime/realtimekit/best-practices/video-and-simulcast/": [
    "video looks blurry or uses too much bandwidth in large calls",
    "pick video resolution and frame rate for my grid layout",
    "simulcast settings for meetings with many participants",
  ],
  "/realtime/realtimekit/core/remote-participants/pip/": [
    "pop the active speaker's video out into a floating window",
    "picture in picture for a video call",
  ],
  "/realtime/realtimekit/ui-kit/addons/": [
    "add reactions, host controls or virtual backgrounds to the prebuilt ui",
    "add extra buttons to the prebuilt meeting screen",
  ],
  "/realtime/realtimekit/ui-kit/branding/": [
    "replace the icons in the meeting ui with my own",
    "custom icon pack for realtimekit",
  ],
  "/realtime/realtimekit/ui-kit/branding/design-system/": [
    "match the video call ui to my brand colors and fonts",
    "theme the meeting ui with design tokens",
  ],
  "/realtime/realtimekit/ui-kit/breakout-rooms/": [
    "breakout rooms in the prebuilt meeting ui",
    "let the host split people into groups in the ui kit",
  ],
  "/realtime/realtimekit/ui-kit/build-your-own-ui/": [
    "compose my own meeting layout from ui kit components",
    "custom video call screen instead of the default meeting view",
  ],
  "/realtime/realtimekit/ui-kit/custom-controlbar/": [
    "add my own buttons to the meeting control bar",
    "remove or reorder buttons under the video grid",
  ],
  "/realtime/realtimekit/ui-kit/custom-header/": [
    "put my logo and meeting title in the call header",
    "custom header for the video meeting",
  ],
  "/realtime/realtimekit/ui-kit/meeting-locale/": [
    "translate the video call interface into another language",
    "change the button labels in the meeting ui",
  ],
  "/realtime/realtimekit/ui-kit/state-management/": [
    "react to ui kit state changes like the sidebar opening",
    "share state between ui kit components",
  ],
  "/realtime/sfu/media-transport-adapters/": [
    "bridge webrtc audio to a non-webrtc system",
    "send call media to an ai model or recorder",
  ],
  "/randomness-beacon/about/background/": [
    "why public randomness needs to be distributed and verifiable",
    "history of randomness beacons",
  ],
  "/tenant/how-to/get-account-details/": [
    "list the customer accounts under my partner tenant",
    "fetch details of an account i provisioned",
  ],
  "/tenant/how-to/get-tenant-details/": [
    "find my tenant unit tag for provisioning",
    "tenant admin memberships via api",
  ],
  "/web3/ethereum-gateway/concepts/ethereum/": [
    "read a smart contract from my website through the gateway",
    "how ethereum addresses and smart contracts work",
  ],
  "/web3/ethereum-gateway/reference/kill-switches/": [
    "stop a buggy smart contract",
    "kill switch for my contract",
  ],
  "/web3/ethereum-gateway/reference/rinkeby-deprecation/": [
    "rinkeby testnet no longer works on the gateway",
    "move my testing from rinkeby to another testnet",
  ],
  "/web3/how-to/customize-cloudflare-settings/": [
    "caching and security settings for my web3 gateway hostname",
    "apply waf or cache rules to an ipfs gateway",
  ],
  "/web3/how-to/enable-gateways/": [
    "subscribe to the ipfs or ethereum gateway",
    "buy a web3 gateway plan",
  ],
  "/web3/ipfs-gateway/concepts/universal-gateway/": [
    "gateway that serves any ipfs cid",
    "universal path gateway versus dnslink gateway",
  ],
  "/web3/ipfs-gateway/reference/automated-deployment/": [
    "deploy my static site to ipfs on every git push",
    "ci pipeline that publishes to ipfs",
  ],
  "/web3/ipfs-gateway/reference/peering-with-content-providers/": [
    "peer my ipfs node with cloudflare for faster fetches",
    "cloudflare ipfs peering addresses",
  ],
  "/web3/reference/gateway-dns-records/": [
    "dns records created for my web3 gateway",
    "existing record conflicts with my gateway hostname",
  ],
  "/pipelines/sql-reference/scalar-functions/conditional/": [
    "default a missing value with coalesce in a pipeline",
    "nullif and nvl in pipelines sql",
  ],
  "/pipelines/sql-reference/scalar-functions/math/": [
    "round, abs and other math in pipelines sql",
    "compute numeric values while streaming",
  ],
  "/pipelines/sql-reference/scalar-functions/struct/": [
    "build a nested object column in a pipeline",
    "struct function in pipelines sql",
  ],
  "/zaraz/custom-actions/edit-triggers/": [
    "change or delete a zaraz trigger",
    "edit the rules of an existing trigger",
  ],
  "/zaraz/variables/edit-variables/": [
    "change or delete a zaraz variable",
    "update a value reused across tags",
  ],
  "/realtime/realtimekit/custom-plugins/": [
    "shared whiteboard that everyone in my video call can draw on",
    "show my own interactive widget inside a meeting for all participants",
  ],
  "/privacy-proxy/reference/metrics/": [
    "monitor traffic through my proxy without logging user ips",
    "export proxy connection metrics to grafana with opentelemetry",
  ],
};
