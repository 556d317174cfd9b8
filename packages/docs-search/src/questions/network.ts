// Questions people and agents ask that the traffic and domain pages answer (Load Balancing,
// Tunnel, Waiting Room, Registrar, Health Checks, Spectrum), in their own words.
import type { PageQuestions } from "./types.ts";

export const NETWORK_QUESTIONS: PageQuestions = {
  "/load-balancing/": [
    "spread traffic across several servers",
    "fail over to a backup server when mine goes down",
    "load balancer for my origins",
  ],
  "/load-balancing/get-started/": [
    "set up a load balancer",
    "get started with load balancing",
    "what do i need before creating a load balancer",
  ],
  "/load-balancing/get-started/quickstart/": [
    "quickest way to balance traffic between two servers",
    "load balancing quickstart",
    "balance two origins in a few steps",
  ],
  "/load-balancing/load-balancers/create-load-balancer/": [
    "create or edit a load balancer",
    "manage load balancers",
    "load balancer hostname and pools",
  ],
  "/load-balancing/pools/": [
    "group my servers into pools",
    "origin pools",
    "what is a pool in load balancing",
  ],
  "/load-balancing/pools/create-pool/": [
    "add servers to a pool with weights",
    "create an origin pool",
    "remove a server from a pool",
  ],
  "/load-balancing/monitors/": [
    "check if my servers are healthy",
    "health check that takes a server out of rotation",
    "load balancer health monitors",
  ],
  "/load-balancing/monitors/create-monitor/": [
    "create a health monitor for my origin",
    "http health check path and expected code",
    "monitor interval and retries",
  ],
  "/load-balancing/understand-basics/traffic-steering/": [
    "send users to the closest data center",
    "route traffic by region or latency",
    "traffic steering policies",
  ],
  "/load-balancing/understand-basics/traffic-steering/steering-policies/geo-steering/": [
    "send european visitors to my eu servers",
    "route by visitor region",
    "geo steering",
  ],
  "/load-balancing/understand-basics/session-affinity/": [
    "keep a user on the same server",
    "sticky sessions",
    "session affinity cookie",
  ],
  "/load-balancing/understand-basics/health-details/": [
    "why is my pool marked unhealthy",
    "how origins become unhealthy",
    "failover when health checks fail",
  ],
  "/load-balancing/additional-options/planned-maintenance/": [
    "take a server offline for maintenance without downtime",
    "disable an origin during maintenance",
    "drain a server before updates",
  ],
  "/load-balancing/additional-options/load-balancing-rules/": [
    "route by path or header to different pools",
    "custom load balancing rules",
    "send api traffic to a different pool",
  ],
  "/load-balancing/reference/limitations/": [
    "how many pools and origins can a load balancer have",
    "load balancing limits",
    "maximum number of origins per pool",
  ],
  "/load-balancing/troubleshooting/common-error-codes/": [
    "load balancer error codes",
    "no healthy origins error",
    "load balancer returns 530",
  ],
  "/load-balancing/private-network/": [
    "balance traffic to servers in my private network",
    "load balance private ips behind a tunnel",
    "internal load balancer",
  ],
  "/tunnel/": [
    "expose a local server to the internet without opening ports",
    "connect my server to cloudflare without a public ip",
    "secure outbound only connection to my origin",
  ],
  "/tunnel/setup/": [
    "create a tunnel and install cloudflared",
    "publish an app running on my home server",
    "set up cloudflare tunnel",
  ],
  "/tunnel/configuration/": [
    "configure tunnel options",
    "tunnel configuration settings",
    "origin settings for tunnel routes",
  ],
  "/tunnel/routing/": [
    "point a hostname at a service behind my tunnel",
    "route a subdomain to localhost:8080",
    "published application routes",
    "connect a domain to a tunnel",
  ],
  "/tunnel/downloads/": [
    "download cloudflared",
    "install cloudflared on linux, mac or windows",
    "cloudflared packages and docker image",
  ],
  "/tunnel/downloads/update-cloudflared/": [
    "update cloudflared to the latest version",
    "upgrade cloudflared",
    "auto update cloudflared",
  ],
  "/tunnel/advanced/local-management/": [
    "manage a tunnel with a config file instead of the dashboard",
    "locally managed tunnel",
    "cloudflared tunnel create from the cli",
  ],
  "/tunnel/advanced/local-management/configuration-file/": [
    "cloudflared config.yml ingress rules",
    "tunnel config file format",
    "route several hostnames through one tunnel",
  ],
  "/tunnel/advanced/local-management/as-a-service/": [
    "run cloudflared as a service on boot",
    "install cloudflared as a systemd service",
    "keep the tunnel running after reboot",
  ],
  "/tunnel/advanced/run-parameters/": [
    "cloudflared run flags",
    "cloudflared tunnel run options",
    "change the log level or protocol of cloudflared",
  ],
  "/tunnel/advanced/tunnel-tokens/": [
    "get or rotate the tunnel token",
    "tunnel token",
    "token to run a remotely managed tunnel",
  ],
  "/tunnel/deployment-guides/kubernetes/": [
    "run a tunnel in kubernetes",
    "cloudflared in a kubernetes cluster",
    "expose a kubernetes service with a tunnel",
  ],
  "/tunnel/monitoring/": [
    "is my tunnel healthy",
    "monitor tunnel connections",
    "tunnel status and metrics",
  ],
  "/tunnel/troubleshooting/": [
    "my tunnel is down or shows 502",
    "cloudflared cannot connect",
    "troubleshoot cloudflare tunnel",
    "error 1033 argo tunnel error",
  ],
  "/waiting-room/": [
    "queue visitors when my site gets too busy",
    "handle a traffic spike during a ticket sale",
    "virtual waiting room",
  ],
  "/waiting-room/get-started/": ["set up a waiting room", "waiting room setup"],
  "/waiting-room/how-to/create-waiting-room/": [
    "create a waiting room for a page",
    "add a queue in front of my checkout",
    "waiting room for a url path",
  ],
  "/waiting-room/how-to/customize-waiting-room/": [
    "change the look of the queue page",
    "custom html for the waiting room",
    "brand the queue page",
  ],
  "/waiting-room/additional-options/create-events/": [
    "schedule a queue for a product launch",
    "pre-queue visitors before a sale starts",
    "waiting room event",
    "scheduled waiting room",
  ],
  "/waiting-room/reference/configuration-settings/": [
    "how many users are let in per minute",
    "total active users setting",
    "session duration in the waiting room",
  ],
  "/waiting-room/reference/queueing-methods/": [
    "first in first out or random queue",
    "queueing methods",
    "reject all visitors mode",
  ],
  "/waiting-room/plans/": [
    "is the waiting room available on my plan",
    "waiting room pricing",
    "which plans include a waiting room",
  ],
  "/waiting-room/troubleshooting/": [
    "waiting room questions",
    "waiting room faq",
    "waiting room not queueing visitors",
  ],
  "/registrar/": [
    "buy a domain name at cost",
    "domain registration with cloudflare",
    "cloudflare registrar",
  ],
  "/registrar/get-started/register-domain/": [
    "buy a new domain",
    "register a domain name",
    "search for an available domain",
  ],
  "/registrar/get-started/transfer-domain-to-cloudflare/": [
    "move my domain from godaddy or namecheap",
    "transfer a domain registration to cloudflare",
    "domain transfer to cloudflare registrar",
  ],
  "/registrar/account-options/transfer-out-from-cloudflare/": [
    "move my domain to another registrar",
    "get the auth code to transfer out",
    "transfer my domain away from cloudflare",
  ],
  "/registrar/account-options/renew-domains/": [
    "renew my domain",
    "turn on auto renew",
    "domain renewal price",
    "my domain is about to expire",
  ],
  "/registrar/account-options/whois-redaction/": [
    "hide my personal details in whois",
    "whois privacy",
    "personal data in domain records",
  ],
  "/registrar/account-options/domain-contact-updates/": [
    "change the owner contact of my domain",
    "update registrant contact information",
    "change the email on my domain registration",
  ],
  "/registrar/top-level-domains/": [
    "which domain extensions can i buy",
    "supported tlds",
    "can i register a .io or .dev domain",
  ],
  "/registrar/troubleshooting/": [
    "domain transfer failed",
    "troubleshoot a domain transfer",
    "transfer rejected or stuck",
  ],
  "/registrar/faq/": [
    "domain registration questions",
    "registrar faq",
    "how much does a domain cost",
  ],
  "/health-checks/": [
    "monitor if my server is up and get alerted",
    "uptime checks for my origin",
    "standalone health checks",
  ],
  "/health-checks/get-started/": [
    "create a health check",
    "add an http health check",
    "monitor my origin from several regions",
  ],
  "/health-checks/how-to/health-checks-notifications/": [
    "email me when my server goes down",
    "health check alerts",
    "notify me when my origin is unhealthy",
  ],
  "/spectrum/": [
    "protect non http traffic like ssh, game servers or mail",
    "proxy tcp and udp through cloudflare",
  ],
  "/spectrum/get-started/": [
    "set up a spectrum application",
    "proxy a game server through cloudflare",
    "spectrum application setup",
  ],
  "/spectrum/reference/configuration-options/": [
    "which ports and protocols spectrum supports",
    "spectrum settings",
    "proxy protocol and tls options",
  ],
  "/load-balancing/understand-basics/load-balancing-components/": [
    "how load balancers, pools and monitors fit together",
    "load balancing components",
  ],
  "/load-balancing/understand-basics/proxy-modes/": [
    "dns only or proxied load balancer",
    "load balancer proxy status",
  ],
  "/load-balancing/reference/load-balancing-analytics/": [
    "load balancer traffic analytics",
    "which pool served my requests",
  ],
  "/load-balancing/understand-basics/traffic-steering/steering-policies/dynamic-steering/": [
    "send traffic to the fastest pool",
    "dynamic steering by latency",
  ],
  "/load-balancing/understand-basics/adaptive-routing/": [
    "fail over without waiting for health checks",
    "adaptive routing",
  ],
  "/load-balancing/troubleshooting/load-balancing-faq/": [
    "load balancing faq",
    "load balancing questions",
  ],
  "/tunnel/advanced/origin-parameters/": [
    "tunnel origin parameters",
    "disable tls verification to my local service",
  ],
  "/tunnel/downloads/system-requirements/": [
    "system requirements for cloudflared",
    "cloudflared requirements",
  ],
  "/tunnel/deployment-guides/aws/": ["run a tunnel on aws", "tunnel on an ec2 instance"],
  "/tunnel/deployment-guides/terraform/": ["create a tunnel with terraform", "tunnel terraform"],
  "/tunnel/deployment-guides/": [
    "deploy cloudflared in different environments",
    "tunnel deployment guides",
  ],
  "/tunnel/advanced/local-management/tunnel-useful-commands/": [
    "useful cloudflared commands",
    "cloudflared commands",
  ],
  "/waiting-room/about/": ["how a waiting room works", "about waiting rooms"],
  "/waiting-room/how-to/control-waiting-room/": [
    "queue all visitors",
    "turn the waiting room on or off",
  ],
  "/waiting-room/how-to/monitor-waiting-room/": [
    "how many people are in the queue",
    "waiting room status",
  ],
  "/waiting-room/additional-options/waiting-room-rules/bypass-rules/": [
    "let admins skip the queue",
    "bypass the waiting room for some ips",
  ],
  "/waiting-room/reference/best-practices/": [
    "waiting room best practices",
    "waiting room recommendations",
  ],
  "/waiting-room/waiting-room-analytics/": [
    "waiting room analytics",
    "average wait time for visitors",
  ],
  "/registrar/get-started/enable-dnssec/": [
    "dnssec for a domain registered with cloudflare",
    "enable dnssec on a registered domain",
  ],
  "/registrar/account-options/domain-management/": ["lock my domain", "manage registered domains"],
  "/registrar/account-options/inter-account-transfer/": [
    "move a registered domain to another cloudflare account",
    "move a domain registration between accounts",
  ],
  "/registrar/registrar-api/": ["register or manage domains with the api", "registrar api"],
  "/health-checks/health-checks-analytics/": ["health check history", "origin uptime statistics"],
  "/spectrum/reference/settings-by-plan/": [
    "which spectrum protocols are on my plan",
    "spectrum plans",
  ],
  "/spectrum/about/": ["how spectrum works", "ddos protection for tcp services"],
  "/spectrum/reference/limitations/": ["spectrum limitations", "spectrum limits"],
};
