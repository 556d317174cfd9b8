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
};
