// Questions people and agents ask that the pages of the remaining widely used products answer
// (Cloudflare for Platforms and SaaS, Containers, Sandbox, Pipelines, Realtime, Zaraz, 1.1.1.1,
// WARP, Terraform), in their own words.
import type { PageQuestions } from "./types.ts";

export const PLATFORM_QUESTIONS: PageQuestions = {
  "/cloudflare-for-platforms/": [
    "build a platform where my customers bring their own domains or code",
    "multi tenant saas on cloudflare",
    "cloudflare for platforms overview",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/": [
    "let my customers use their own domain names with my saas app",
    "custom domains for customers with automatic ssl",
    "vanity domains for tenants",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/start/getting-started/": [
    "set up custom hostnames for my saas",
    "fallback origin for customer domains",
    "configure cloudflare for saas",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/domain-support/": [
    "custom hostnames for customer domains",
    "custom hostname support",
    "customer domains on my saas",
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
    "saas certificate management",
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
    "apex proxying",
    "customers using the root of their domain",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/start/advanced-settings/worker-as-origin/": [
    "serve customer domains from a worker",
    "worker as the origin for custom hostnames",
    "run a worker for every customer domain",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/saas-customers/": [
    "my provider uses cloudflare for saas, what does it mean for me",
    "saas customers",
    "i use a provider that runs on cloudflare",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/plans/": [
    "how many custom hostnames are included and what do more cost",
    "cloudflare for saas pricing",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/reference/troubleshooting/": [
    "custom hostname errors",
    "custom hostname troubleshooting",
    "custom hostname not working",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/": [
    "run my customers' code on my platform",
    "deploy thousands of user workers",
    "let users upload their own scripts",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/get-started/": [
    "set up a dispatch namespace",
    "get started with workers for platforms",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/configuration/dynamic-dispatch/": [
    "route requests to a customer's worker",
    "dynamic dispatch worker",
    "dispatch requests by hostname or path",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/configuration/custom-limits/": [
    "cap cpu time for customer scripts",
    "custom limits for user workers",
    "limit subrequests of tenant code",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/configuration/outbound-workers/": [
    "control outgoing requests from customer code",
    "outbound worker",
    "intercept fetch calls from user code",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/reference/limits/": [
    "how many user workers can i deploy",
    "workers for platforms limits",
    "scripts per namespace",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/reference/pricing/": [
    "what does workers for platforms cost",
    "workers for platforms pricing",
    "price per user script",
  ],
  "/containers/": [
    "run a docker container on cloudflare",
    "run code that needs a full linux environment",
    "serverless containers next to workers",
  ],
  "/containers/get-started/": [
    "deploy my first container",
    "container getting started",
    "build and deploy a docker image",
  ],
  "/containers/platform-details/limits/": [
    "how much memory and cpu can a container have",
    "container instance types and disk size",
    "container limits",
  ],
  "/containers/pricing/": [
    "what do containers cost",
    "container pricing",
    "billed per second of runtime",
  ],
  "/containers/platform-details/scaling-and-routing/": [
    "run several container instances",
    "container scaling and routing",
    "autoscale containers",
  ],
  "/containers/faq/": ["container questions", "containers faq"],
  "/sandbox/": [
    "run untrusted code or ai generated code safely",
    "sandbox to execute python for my agent",
    "sandbox sdk",
  ],
  "/sandbox/api/commands/": [
    "run shell commands in a sandbox",
    "exec a command in a sandbox",
    "run npm install in a sandbox",
  ],
  "/sandbox/api/files/": [
    "read and write files in a sandbox",
    "upload files to a sandbox",
    "sandbox file api",
  ],
  "/pipelines/": [
    "ingest streaming events and write them to storage",
    "stream data into r2 as iceberg or parquet",
    "cloudflare pipelines",
  ],
  "/pipelines/getting-started/": [
    "create a pipeline",
    "create a pipeline with a stream and a sink",
    "first data pipeline",
  ],
  "/pipelines/platform/limits/": [
    "how much data per second can a pipeline ingest",
    "pipelines limits",
    "maximum event size",
  ],
  "/realtime/": [
    "build video calls or live audio into my app",
    "webrtc infrastructure",
    "cloudflare realtime",
  ],
  "/realtime/realtimekit/": [
    "add video meetings to my app with an sdk",
    "video conferencing sdk",
    "realtimekit",
  ],
  "/realtime/realtimekit/quickstart/": [
    "start a video call in my web app",
    "realtimekit quickstart",
    "build a video conferencing app",
  ],
  "/realtime/realtimekit/pricing/": [
    "what do video calls cost per minute",
    "realtimekit pricing",
    "price of audio and video participants",
  ],
  "/realtime/realtimekit/recording-guide/": [
    "record a video meeting",
    "meeting recording",
    "save recordings of calls",
  ],
  "/realtime/turn/what-is-turn/": [
    "turn server for webrtc behind firewalls",
    "what is a turn server",
  ],
  "/zaraz/": [
    "load google analytics and other third party tags faster",
    "tag manager that runs on the server side",
  ],
  "/zaraz/get-started/": [
    "add tracking tools to my site without slowing it",
    "set up zaraz",
    "add google analytics with zaraz",
  ],
  "/zaraz/consent-management/": [
    "cookie consent banner",
    "consent management",
    "gdpr consent for tracking tools",
  ],
  "/zaraz/pricing-info/": ["zaraz pricing", "how much does zaraz cost", "zaraz free events"],
  "/1.1.1.1/": [
    "use cloudflare's fast public dns on my computer",
    "change my dns server to 1.1.1.1",
    "1.1.1.1 public dns resolver",
  ],
  "/1.1.1.1/setup/": ["set up 1.1.1.1 on my router, phone or computer", "set up 1.1.1.1"],
  "/1.1.1.1/setup/router/": ["set dns on my home router", "use 1.1.1.1 for my whole home network"],
  "/1.1.1.1/setup/windows/": [
    "change dns settings on windows",
    "1.1.1.1 on windows",
    "windows dns settings",
  ],
  "/1.1.1.1/encryption/dns-over-https/": [
    "encrypted dns over https",
    "doh with 1.1.1.1",
    "dns over https endpoint",
  ],
  "/1.1.1.1/ip-addresses/": [
    "block malware or adult content with family dns",
    "1.1.1.2 and 1.1.1.3 addresses",
  ],
  "/1.1.1.1/check/": [
    "check whether i'm using 1.1.1.1",
    "verify 1.1.1.1 is working",
    "test my dns resolver",
  ],
  "/warp-client/": ["free vpn app from cloudflare", "1.1.1.1 app with warp", "warp"],
  "/warp-client/get-started/": ["install warp on my phone or computer", "get the warp app"],
  "/terraform/": ["manage my cloudflare configuration as code", "terraform provider", "terraform"],
  "/terraform/installing/": [
    "set up terraform with my account",
    "install the cloudflare terraform provider",
    "terraform api token setup",
  ],
  "/terraform/advanced-topics/import-cloudflare-resources/": [
    "import existing dns records and settings into terraform",
    "cf-terraforming",
    "generate terraform from my existing setup",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/start/advanced-settings/custom-origin/": [
    "different origin per customer hostname",
    "custom origin server",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/domain-support/remove-custom-hostnames/": [
    "remove a customer's custom hostname",
    "delete custom hostnames",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/waf-for-saas/": [
    "waf for customer domains",
    "waf for saas",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/reference/status-codes/custom-hostnames/": [
    "custom hostname status values",
    "custom hostname status codes",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/how-workers-for-platforms-works/": [
    "how workers for platforms works",
    "dispatch namespaces explained",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/configuration/bindings/": [
    "give customer workers bindings",
    "bindings for user workers",
  ],
  "/cloudflare-for-platforms/workers-for-platforms/reference/worker-isolation/": [
    "isolate customer scripts from each other",
    "user worker isolation",
  ],
  "/containers/container-class/": [
    "container class in a worker",
    "start and talk to a container from code",
  ],
  "/containers/platform-details/image-management/": [
    "push a container image",
    "which registries are supported",
  ],
  "/containers/local-dev/": ["run containers locally", "containers local development"],
  "/containers/platform-details/environment-variables/": [
    "pass environment variables to a container",
    "container environment variables",
  ],
  "/containers/platform-details/architecture/": [
    "container lifecycle",
    "when does a container stop",
  ],
  "/sandbox/api/interpreter/": [
    "run python or javascript code interpreter",
    "code interpreter in a sandbox",
  ],
  "/sandbox/api/ports/": [
    "expose a port from a sandbox with a preview url",
    "sandbox preview urls",
  ],
  "/sandbox/concepts/security/": ["is the sandbox isolated", "sandbox security model"],
  "/pipelines/platform/pricing/": ["pipelines pricing", "pipelines cost"],
  "/pipelines/streams/writing-to-streams/": [
    "send events to a pipeline from a worker or http",
    "write to a pipeline stream",
  ],
  "/pipelines/sinks/available-sinks/r2/": ["write pipeline output to r2", "r2 sink"],
  "/pipelines/sql-reference/": ["transform events with sql in a pipeline", "pipelines sql"],
  "/realtime/realtimekit/faq/": ["realtimekit faq", "video call sdk questions"],
  "/realtime/realtimekit/audio-calls/": ["audio only calls", "voice calls in my app"],
  "/realtime/realtimekit/core/": [
    "build a custom video call ui with the core sdk",
    "realtimekit core sdk",
  ],
  "/realtime/realtimekit/concepts/meeting/": [
    "meetings and sessions in realtimekit",
    "realtimekit meetings",
  ],
  "/zaraz/reference/supported-tools/": [
    "third party tools supported by zaraz",
    "facebook pixel or google ads with zaraz",
  ],
  "/zaraz/web-api/track/": ["track a custom event with zaraz", "zaraz track"],
  "/1.1.1.1/setup/macos/": ["1.1.1.1 on mac", "change dns on macos"],
  "/1.1.1.1/setup/ios/": ["1.1.1.1 on iphone", "change dns on ios"],
  "/1.1.1.1/setup/android/": ["1.1.1.1 on android", "private dns on android"],
  "/1.1.1.1/encryption/dns-over-tls/": ["dns over tls with 1.1.1.1", "dot with 1.1.1.1"],
  "/1.1.1.1/privacy/public-dns-resolver/": [
    "does 1.1.1.1 log my queries",
    "1.1.1.1 privacy policy",
  ],
  "/1.1.1.1/faq/": ["1.1.1.1 faq", "1.1.1.1 questions"],
  "/warp-client/warp-modes/": ["warp modes", "1.1.1.1 only vs warp mode"],
  "/warp-client/known-issues-and-faq/": ["warp faq", "warp not connecting"],
  "/terraform/advanced-topics/best-practices/": [
    "terraform best practices",
    "organize terraform for cloudflare",
  ],
  "/terraform/advanced-topics/remote-backend/": [
    "store terraform state in r2",
    "terraform remote state",
  ],
  "/terraform/troubleshooting/": ["terraform provider errors", "terraform troubleshooting"],
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
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/saas-customers/how-it-works/": [
    "my domain is on cloudflare and my saas provider also uses cloudflare",
    "orange to orange (o2o) traffic through two zones",
    "detect whether o2o is active for my domain",
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/saas-customers/product-compatibility/": [
    "which of my zone settings apply when my provider uses cloudflare for saas",
    "do my waf and page rules run on o2o traffic",
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
    ["validate customer certificates with an http token", "http dcv for custom hostnames"],
  "/cloudflare-for-platforms/cloudflare-for-saas/security/certificate-management/issue-and-validate/validate-certificates/troubleshooting/":
    [
      "custom hostname certificate stuck pending validation",
      "caa record blocks certificate issuance for a customer domain",
      "domain flagged high risk by the certificate authority",
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
  ],
  "/cloudflare-for-platforms/cloudflare-for-saas/start/common-api-calls/": [
    "api calls to create and check custom hostnames",
    "set the fallback origin with the api",
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
  ],
  "/containers/examples/r2-fuse-mount/": [
    "mount an r2 bucket as a folder inside my container",
    "read s3 objects like local files from a container with fuse",
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
    "what a pipelines stream is",
  ],
  "/pipelines/streams/logpush/": [
    "feed cloudflare logs into a pipeline",
    "use logpush as the source of a pipeline",
  ],
  "/pipelines/streams/manage-streams/": [
    "create a stream with a schema and http ingest endpoint",
    "require a token for sending events to my stream",
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
  ],
  "/sandbox/api/lifecycle/": [
    "create, keep alive or destroy a sandbox",
    "getSandbox options and destroy",
  ],
  "/sandbox/api/sessions/": [
    "separate shell sessions with their own env and working dir",
    "createSession in the sandbox sdk",
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
  ],
  "/sandbox/bridge/": [
    "use sandboxes from python or any language over http",
    "deploy the sandbox bridge worker",
  ],
  "/sandbox/bridge/http-api/": [
    "http routes to run commands and write files in a sandbox",
    "sandbox bridge api authentication",
  ],
  "/sandbox/concepts/architecture/": [
    "how sandbox sdk uses durable objects and containers",
    "what runs where when i execute code in a sandbox",
  ],
  "/sandbox/concepts/containers/": [
    "what is preinstalled in a sandbox and can i apt install",
    "filesystem and network inside a sandbox container",
  ],
  "/sandbox/concepts/preview-urls/": [
    "public url for a dev server running in my sandbox",
    "why does my sandbox preview url not work",
  ],
  "/sandbox/concepts/sandboxes/": [
    "when does a sandbox go idle or get destroyed",
    "one sandbox per user or per task",
    "do files survive after a sandbox sleeps",
  ],
  "/sandbox/concepts/sessions/": [
    "what is shared between sessions in one sandbox",
    "run commands in parallel shells",
  ],
  "/sandbox/concepts/terminal/": [
    "interactive shell versus exec commands in a sandbox",
    "terminal reconnects and output buffering",
  ],
  "/sandbox/configuration/dockerfile/": [
    "add my own packages to the sandbox image",
    "custom dockerfile based on the sandbox base image",
  ],
  "/sandbox/configuration/environment-variables/": [
    "set environment variables for a sandbox or one command",
    "COMMAND_TIMEOUT_MS and other sandbox sdk settings",
  ],
  "/sandbox/configuration/sandbox-options/": [
    "keep a sandbox alive longer or sleep it sooner",
    "sleepAfter and keepAlive options",
  ],
  "/sandbox/configuration/transport/": [
    "hit subrequest limits when calling the sandbox many times",
    "switch sandbox transport to websocket or rpc",
  ],
  "/sandbox/configuration/wrangler/": [
    "wrangler config needed for the sandbox sdk",
    "sandbox binding not found or missing migrations",
  ],
  "/sandbox/get-started/": [
    "run python code from a worker in an isolated sandbox",
    "first sandbox sdk project with docker running locally",
  ],
  "/sandbox/guides/2026-deprecation/": [
    "migrate off sandbox sdk features removed in 2026",
    "exposePort and default sessions deprecated",
  ],
  "/sandbox/guides/background-processes/": [
    "start a long running server in a sandbox and wait until ready",
    "run and monitor background processes in a sandbox",
  ],
  "/sandbox/guides/backup-restore/": [
    "checkpoint a workspace and roll back after an agent breaks it",
    "store sandbox backups in r2 with a ttl",
  ],
  "/sandbox/guides/browser-terminals/": [
    "web terminal to a sandbox with xterm.js",
    "let users type into a remote shell from the browser",
  ],
  "/sandbox/guides/code-execution/": [
    "run ai generated python and get charts back",
    "keep variables between code runs like a notebook",
  ],
  "/sandbox/guides/docker-in-docker/": [
    "build docker images inside a sandbox",
    "run docker in docker on cloudflare",
  ],
  "/sandbox/guides/execute-commands/": [
    "run shell commands in a sandbox and read stdout and exit code",
    "command timeout in a sandbox",
  ],
  "/sandbox/guides/expose-services/": [
    "expose a port from my sandbox with a public preview link",
    "stable preview urls with custom tokens",
  ],
  "/sandbox/guides/file-watching/": [
    "auto rerun tests when files change in a sandbox",
    "hot reload style watching inside a sandbox",
  ],
  "/sandbox/guides/git-workflows/": [
    "clone a private github repo into a sandbox",
    "commit and push changes from a sandbox",
  ],
  "/sandbox/guides/manage-files/": [
    "write and read files in a sandbox",
    "upload binary files into a sandbox",
  ],
  "/sandbox/guides/mount-buckets/": [
    "keep sandbox data after it is destroyed using r2",
    "mount an r2 bucket read-only in a sandbox",
  ],
  "/sandbox/guides/outbound-traffic/": [
    "stop untrusted code in a sandbox from reaching the internet",
    "add credentials to sandbox requests without giving it the secret",
  ],
  "/sandbox/guides/production-deployment/": [
    "preview urls need a custom domain with wildcard dns",
    "deploy sandbox preview urls to production",
  ],
  "/sandbox/guides/proxy-requests/": [
    "let sandboxed code call openai or github without seeing my api key",
    "credential proxy worker for sandboxes",
  ],
  "/sandbox/guides/streaming-output/": [
    "stream command output live from a sandbox to the client",
    "show build logs as they happen",
  ],
  "/sandbox/guides/websocket-connections/": [
    "connect to a websocket server running in a sandbox",
    "websocket upgrade failed to a sandbox",
  ],
  "/sandbox/guides/workers-connections/": [
    "use kv or d1 from code inside a sandbox",
    "sandbox access to worker bindings",
  ],
  "/sandbox/platform/limits/": [
    "how much cpu, memory and disk a sandbox gets",
    "sandbox subrequest limits per request",
  ],
  "/sandbox/platform/pricing/": [
    "how much sandboxes cost",
    "sandbox sdk billing based on container usage",
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
  ],
  "/sandbox/tutorials/workers-ai-code-interpreter/": [
    "code interpreter tool for a workers ai model",
    "let gpt-oss run python",
  ],
};
