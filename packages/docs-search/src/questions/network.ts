// Questions people and agents ask that the traffic, domain and network pages answer (Load
// Balancing, Tunnel, Waiting Room, Registrar, Health Checks, Spectrum, Magic Transit, Cloudflare
// WAN, Network Firewall, BYOIP, Network Interconnect, Network Flow, network settings, Multi-Cloud
// Networking, Privacy Gateway), in their own words.
import type { PageQuestions } from "./types.ts";

export const NETWORK_QUESTIONS: PageQuestions = {
  "/load-balancing/": [
    "spread traffic across several servers",
    "fail over to a backup server when mine goes down",
    "site goes down whenever my only server restarts",
    "like an aws elastic load balancer but across providers",
  ],
  "/load-balancing/get-started/": [
    "set up a load balancer",
    "what do i need before creating a load balancer",
    "put two servers behind one hostname",
  ],
  "/load-balancing/get-started/quickstart/": [
    "quickest way to balance traffic between two servers",
    "balance two origins in a few steps",
    "my site has one server and i want a backup",
  ],
  "/load-balancing/load-balancers/create-load-balancer/": [
    "create or edit a load balancer",
    "load balancer hostname and pools",
    "point my domain at several servers at once",
  ],
  "/load-balancing/pools/": [
    "group my servers into pools",
    "group servers by data center so they fail over together",
  ],
  "/load-balancing/pools/create-pool/": [
    "add servers to a pool with weights",
    "remove a server from a pool",
    "send twice as much traffic to the bigger server",
  ],
  "/load-balancing/monitors/": [
    "check if my servers are healthy",
    "health check that takes a server out of rotation",
  ],
  "/load-balancing/monitors/create-monitor/": [
    "create a health monitor for my origin",
    "http health check path and expected code",
    "monitor interval and retries",
    "ping /health on my app every minute and drop it if it fails",
  ],
  "/load-balancing/understand-basics/traffic-steering/": [
    "send users to the closest data center",
    "route traffic by region or latency",
    "european visitors should hit our frankfurt servers",
  ],
  "/load-balancing/understand-basics/traffic-steering/steering-policies/geo-steering/": [
    "send european visitors to my eu servers",
    "route by visitor region",
    "send visitors from asia to our singapore servers",
  ],
  "/load-balancing/understand-basics/session-affinity/": [
    "keep a user on the same server",
    "sticky sessions",
    "session affinity cookie",
    "users get logged out because requests hit different servers",
  ],
  "/load-balancing/understand-basics/health-details/": [
    "why is my pool marked unhealthy",
    "failover when health checks fail",
    "load balancer keeps sending traffic to a dead server",
  ],
  "/load-balancing/additional-options/planned-maintenance/": [
    "take a server offline for maintenance without downtime",
    "disable an origin during maintenance",
    "drain a server before updates",
    "patch my web servers one by one without visitors noticing",
  ],
  "/load-balancing/additional-options/load-balancing-rules/": [
    "route by path or header to different pools",
    "send api traffic to a different pool",
    "send mobile app users to a separate set of servers",
  ],
  "/load-balancing/reference/limitations/": [
    "how many pools and origins can a load balancer have",
    "maximum number of origins per pool",
    "how much can i put behind one load balancer",
  ],
  "/load-balancing/troubleshooting/common-error-codes/": [
    "no healthy origins error",
    "load balancer returns 530",
    "visitors get an error saying no origins are available",
  ],
  "/load-balancing/private-network/": [
    "balance traffic to servers in my private network",
    "load balance private ips behind a tunnel",
    "internal load balancer for servers on our lan",
  ],
  "/tunnel/": [
    "expose a local server to the internet without opening ports",
    "connect my server to cloudflare without a public ip",
    "secure outbound only connection to my origin",
    "share a site running on my home computer like ngrok but permanent",
  ],
  "/tunnel/setup/": [
    "create a tunnel and install cloudflared",
    "publish an app running on my home server",
    "host a website from home without a static ip",
  ],
  "/tunnel/configuration/": [
    "configure tunnel options",
    "origin settings for tunnel routes",
    "change how cloudflared talks to my local service",
    "uploads to my self-hosted app time out or get cut off",
  ],
  "/tunnel/routing/": [
    "point a hostname at a service behind my tunnel",
    "route a subdomain to localhost:8080",
    "connect a domain to a tunnel",
    "serve two apps on one server under different subdomains",
  ],
  "/tunnel/downloads/": [
    "download cloudflared",
    "install cloudflared on linux, mac or windows",
    "cloudflared packages and docker image",
    "docker image for the cloudflare tunnel daemon",
  ],
  "/tunnel/downloads/update-cloudflared/": [
    "update cloudflared to the latest version",
    "auto update cloudflared",
    "dashboard says my connector version is outdated",
  ],
  "/tunnel/advanced/local-management/": [
    "manage a tunnel with a config file instead of the dashboard",
    "cloudflared tunnel create from the cli",
    "keep my tunnel setup in a yaml file on the server",
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
    "change the log level or protocol of cloudflared",
    "run the connector over http2 because our firewall blocks udp",
  ],
  "/tunnel/advanced/tunnel-tokens/": [
    "get or rotate the tunnel token",
    "token to run a remotely managed tunnel",
    "the token for my connector leaked, replace it",
  ],
  "/tunnel/deployment-guides/kubernetes/": [
    "run a tunnel in kubernetes",
    "expose a kubernetes service with a tunnel",
    "expose an app in my k8s cluster without an ingress load balancer",
  ],
  "/tunnel/monitoring/": [
    "is my tunnel healthy",
    "monitor tunnel connections",
    "tunnel shows inactive or degraded in the dashboard",
    "get alerted when my home server drops off the internet",
  ],
  "/tunnel/troubleshooting/": [
    "my tunnel is down or shows 502",
    "cloudflared cannot connect",
    "error 1033 argo tunnel error",
    "self-hosted site unreachable after my server rebooted",
  ],
  "/waiting-room/": [
    "queue visitors when my site gets too busy",
    "handle a traffic spike during a ticket sale",
    "my store crashes when a product drop goes live",
  ],
  "/waiting-room/get-started/": [
    "set up a waiting room",
    "protect my site from crashing during a launch with a queue",
    "online queue like ticketmaster for my sale",
  ],
  "/waiting-room/how-to/create-waiting-room/": [
    "create a waiting room for a page",
    "add a queue in front of my checkout",
  ],
  "/waiting-room/how-to/customize-waiting-room/": [
    "change the look of the queue page",
    "brand the queue page",
    "show our logo and a countdown while people wait",
  ],
  "/waiting-room/additional-options/create-events/": [
    "schedule a queue for a product launch",
    "pre-queue visitors before a sale starts",
    "open sales at exactly 10am and hold everyone until then",
  ],
  "/waiting-room/reference/configuration-settings/": [
    "how many users are let in per minute",
    "total active users setting",
    "session duration in the waiting room",
    "how long can a shopper stay on the site before losing their spot",
  ],
  "/waiting-room/reference/queueing-methods/": [
    "first in first out or random queue",
    "reject all visitors mode",
    "random lottery for who gets into the sale",
  ],
  "/waiting-room/plans/": [
    "is the waiting room available on my plan",
    "waiting room pricing",
    "how much does queueing visitors cost",
  ],
  "/waiting-room/troubleshooting/": [
    "waiting room not queueing visitors",
    "visitors stuck in the queue page",
    "site still overloaded even though the queue is on",
    "why are people let in before the limit is reached",
  ],
  "/registrar/": [
    "buy a domain name at cost",
    "domain registration with cloudflare",
    "cheapest place to buy a domain without renewal markups",
  ],
  "/registrar/get-started/register-domain/": [
    "buy a new domain",
    "search for an available domain",
    "buy a .com for my new business",
  ],
  "/registrar/get-started/transfer-domain-to-cloudflare/": [
    "move my domain from godaddy or namecheap",
    "transfer a domain registration to cloudflare",
    "pay less for my domain renewals by switching registrar",
  ],
  "/registrar/account-options/transfer-out-from-cloudflare/": [
    "move my domain to another registrar",
    "get the auth code to transfer out",
    "transfer my domain away from cloudflare",
    "my domain is locked and my new registrar cannot take it",
  ],
  "/registrar/account-options/renew-domains/": [
    "renew my domain",
    "turn on auto renew",
    "my domain is about to expire",
    "how much will renewing my domain cost",
  ],
  "/registrar/account-options/whois-redaction/": [
    "hide my personal details in whois",
    "whois privacy",
    "keep my home address off the public domain records",
  ],
  "/registrar/account-options/domain-contact-updates/": [
    "change the owner contact of my domain",
    "change the email on my domain registration",
    "i no longer have access to the email on my domain",
  ],
  "/registrar/top-level-domains/": [
    "which domain extensions can i buy",
    "can i register a .io or .dev domain",
    "i want a country domain like .de or .fr",
  ],
  "/registrar/troubleshooting/": [
    "domain transfer failed",
    "transfer rejected or stuck",
    "transfer says the auth code is invalid",
    "domain still at godaddy days after i started moving it",
  ],
  "/registrar/faq/": [
    "how much does a domain cost",
    "can i use cloudflare registrar without cloudflare dns",
    "can i use other nameservers for a domain bought at cloudflare",
    "does whois privacy cost extra when i buy a domain",
  ],
  "/health-checks/": [
    "monitor if my server is up and get alerted",
    "uptime checks for my origin",
    "get an email when my website goes down like uptimerobot",
  ],
  "/health-checks/get-started/": [
    "monitor my origin from several regions",
    "check my api every minute and tell me when it fails",
  ],
  "/health-checks/how-to/health-checks-notifications/": [
    "email me when my server goes down",
    "notify me when my origin is unhealthy",
    "text or email me when my api stops answering",
  ],
  "/spectrum/": [
    "protect non http traffic like ssh, game servers or mail",
    "proxy tcp and udp through cloudflare",
    "protect my minecraft server from ddos",
    "hide my mail or ssh server ip from attackers",
  ],
  "/spectrum/get-started/": [
    "set up a spectrum application",
    "proxy a game server through cloudflare",
    "hide my game server ip from ddos attackers",
  ],
  "/spectrum/reference/configuration-options/": [
    "which ports and protocols spectrum supports",
    "proxy protocol and tls options",
    "can i proxy a range of ports for my game server",
  ],
  "/load-balancing/understand-basics/load-balancing-components/": [
    "how load balancers, pools and monitors fit together",
    "what are endpoints, pools and monitors in plain words",
  ],
  "/load-balancing/understand-basics/proxy-modes/": [
    "dns only or proxied load balancer",
    "should my load balancer hostname be orange clouded",
    "should my load balanced hostname hide my server ips",
  ],
  "/load-balancing/reference/load-balancing-analytics/": [
    "which pool served my requests",
    "see how many requests each origin received",
    "see when my site failed over to the backup",
  ],
  "/load-balancing/understand-basics/traffic-steering/steering-policies/dynamic-steering/": [
    "send traffic to the fastest pool",
    "dynamic steering by latency",
    "pick the pool with the lowest round trip time",
  ],
  "/load-balancing/understand-basics/adaptive-routing/": [
    "fail over without waiting for health checks",
    "retry a request on another origin when one fails",
    "visitors see errors for a minute before traffic moves to the good server",
  ],
  "/load-balancing/troubleshooting/load-balancing-faq/": [
    "why is traffic not split evenly between my servers",
    "one server gets most of the requests",
    "health checks say down but my server works in the browser",
  ],
  "/tunnel/advanced/origin-parameters/": [
    "disable tls verification to my local service",
    "cloudflared to an https service with a self-signed cert",
    "requests to my local app time out or fail its certificate check",
  ],
  "/tunnel/downloads/system-requirements/": [
    "can cloudflared run on a raspberry pi",
    "how much cpu and memory does the connector need",
  ],
  "/tunnel/deployment-guides/aws/": [
    "tunnel on an ec2 instance",
    "expose an ec2 app without a security group opening",
  ],
  "/tunnel/deployment-guides/terraform/": [
    "create a tunnel with terraform",
    "manage tunnels and routes as code",
    "infrastructure as code for exposing a private app",
  ],
  "/tunnel/deployment-guides/": [
    "deploy cloudflared in different environments",
    "install cloudflared on cloud vms, kubernetes or with terraform",
  ],
  "/tunnel/advanced/local-management/tunnel-useful-commands/": [
    "cloudflared commands",
    "list or delete tunnels from the cli",
    "list, delete or clean up my tunnels from the terminal",
  ],
  "/waiting-room/about/": [
    "how a waiting room works",
    "what visitors see when a site has too much traffic",
    "keep my site up when too many people show up at once",
  ],
  "/waiting-room/how-to/control-waiting-room/": [
    "turn the waiting room on or off",
    "send everyone to the queue during an outage",
    "hold everyone in line while we fix a checkout bug",
  ],
  "/waiting-room/how-to/monitor-waiting-room/": [
    "how many people are in the queue",
    "estimated wait time right now",
    "how many shoppers are waiting right now",
  ],
  "/waiting-room/additional-options/waiting-room-rules/bypass-rules/": [
    "let admins skip the queue",
    "bypass the waiting room for some ips",
    "search engine crawlers and monitoring tools skip the queue",
  ],
  "/waiting-room/reference/best-practices/": [
    "how to size the waiting room limits",
    "avoid letting too many shoppers through at once during a launch",
  ],
  "/waiting-room/waiting-room-analytics/": [
    "average wait time for visitors",
    "how many visitors left the queue",
    "how long did people wait during our launch",
  ],
  "/registrar/get-started/enable-dnssec/": [
    "dnssec for a domain registered with cloudflare",
    "enable dnssec on a registered domain",
    "protect my domain from dns spoofing",
  ],
  "/registrar/account-options/domain-management/": [
    "lock my domain",
    "prevent my domain from being transferred without permission",
    "stop someone stealing my domain",
  ],
  "/registrar/account-options/inter-account-transfer/": [
    "move a registered domain to another cloudflare account",
    "hand a domain over to a client's cloudflare account",
  ],
  "/registrar/registrar-api/": [
    "register or manage domains with the api",
    "check domain availability with the api",
    "automate buying domains from a script",
  ],
  "/health-checks/health-checks-analytics/": [
    "origin uptime statistics",
    "response time of my origin over time",
    "how often was my server down last week",
  ],
  "/spectrum/reference/settings-by-plan/": [
    "which spectrum settings need an enterprise plan",
    "spectrum api fields like origin_dns that need enterprise",
    "does my pro plan let me proxy ssh or minecraft",
    "which plan do i need to protect a tcp app",
  ],
  "/spectrum/about/": [
    "ddos protection for tcp services",
    "how spectrum proxies tcp and udp traffic",
    "how traffic to a game server or ssh port gets filtered before reaching me",
  ],
  "/spectrum/reference/limitations/": [
    "what spectrum does not support",
    "minecraft bedrock players cannot connect through cloudflare",
    "fragmented udp packets get dropped",
  ],
  "/load-balancing/additional-options/": [
    "extra load balancer settings and integrations",
    "extra failover settings for my origins",
  ],
  "/load-balancing/additional-options/additional-dns-records/": [
    "load balance mail servers with mx records",
    "srv record load balancing",
    "fail over my mail server to a backup",
  ],
  "/load-balancing/additional-options/cloudflare-tunnel/": [
    "use a tunnel as a load balancer endpoint",
    "load balancer origin that is a cloudflared tunnel",
    "fail over between two servers that have no public ip",
  ],
  "/load-balancing/additional-options/dns-persistence/": [
    "keep a client on the same server with a dns-only load balancer",
    "stickiness without proxying traffic",
    "users lose their session when dns sends them to another server",
  ],
  "/load-balancing/additional-options/load-balancing-china/": [
    "load balancer for visitors in mainland china",
    "china network prerequisites for load balancing",
  ],
  "/load-balancing/additional-options/load-balancing-rules/actions/": [
    "override the pool or steering policy for some requests",
    "load balancing rule actions",
  ],
  "/load-balancing/additional-options/load-balancing-rules/create-rules/": [
    "send /api traffic to a different pool than the website",
    "route requests by url path to different servers",
  ],
  "/load-balancing/additional-options/load-balancing-rules/expressions/": [
    "write conditions for load balancing rules",
    "expression editor in load balancing custom rules",
  ],
  "/load-balancing/additional-options/load-balancing-rules/reference/": [
    "fields i can match in load balancing rules",
    "which rule fields need the proxy turned on",
    "http.request.uri.path and other load balancing fields",
  ],
  "/load-balancing/additional-options/load-shedding/": [
    "move some traffic away from an overloaded server gradually",
    "shed load from a pool before it fails",
    "send less traffic to a server that is about to fail health checks",
  ],
  "/load-balancing/additional-options/override-http-host-headers/": [
    "set the host header per origin for heroku or s3 backends",
    "origin expects a different hostname than my site",
    "my heroku or s3 backend returns 404 behind the load balancer",
  ],
  "/load-balancing/additional-options/pagerduty-integration/": [
    "page on-call when a load balancer origin goes down",
    "pagerduty alerts from health monitors",
    "wake up the on-call engineer when a server goes down",
  ],
  "/load-balancing/additional-options/spectrum/": [
    "load balance a tcp or udp game server",
    "failover for non-http apps with spectrum and load balancing",
  ],
  "/load-balancing/get-started/enable-load-balancing/": [
    "turn on the load balancing add-on",
    "buy load balancing for my account",
    "add a payment method so i can start balancing traffic",
  ],
  "/load-balancing/load-balancers/": [
    "public vs private load balancer",
    "how a load balancer picks a pool",
    "balance traffic to internal apps that are not on the internet",
  ],
  "/load-balancing/load-balancers/common-configurations/": [
    "active passive failover between two data centers",
    "active active setup across pools",
    "keep a standby data center that only takes traffic if the main one fails",
  ],
  "/load-balancing/load-balancers/dns-records/": [
    "load balancer hostname conflicts with an existing dns record",
    "which wins, the dns record or the load balancer",
    "can't create a load balancer because a dns record already uses that name",
  ],
  "/load-balancing/monitors/monitor-groups/": [
    "combine several health checks to decide if a server is up",
    "monitor groups for endpoint health",
    "only mark a server down when both the page and the api checks fail",
  ],
  "/load-balancing/pools/cloudflare-pages-origin/": [
    "fail over from my server to a static pages site",
    "use cloudflare pages as a backup origin",
    "static fallback site when my app servers fail",
  ],
  "/load-balancing/private-network/cloudflare-wan/": [
    "load balance internal servers reached over magic wan",
    "private ip load balancer with cloudflare wan",
  ],
  "/load-balancing/private-network/public-to-tunnel/": [
    "balance public traffic across private servers behind a tunnel",
    "private network load balancing from the internet to a tunnel",
    "internet visitors reach app servers that have no public ip",
  ],
  "/load-balancing/private-network/warp-to-tunnel/": [
    "load balance internal apps for warp users",
    "private load balancer ip for zero trust clients",
    "hostname for a private load balancer",
    "spread employee traffic across several internal app servers",
  ],
  "/load-balancing/reference/migration-guides/health-monitor-notifications/": [
    "move old health monitor emails to the new notifications",
    "health monitor notification migration steps",
  ],
  "/load-balancing/reference/migration-guides/load-balancing-graphql-nodes/": [
    "deprecated load balancing graphql nodes",
    "update load balancing analytics queries to new graphql nodes",
  ],
  "/load-balancing/reference/region-mapping-api/": [
    "which countries belong to each load balancer region",
    "list of load balancing regions",
    "which countries count as western europe for routing",
  ],
  "/load-balancing/understand-basics/": [
    "load balancing concepts: pools, endpoints, monitors, steering",
    "how failover between my servers works",
  ],
  "/load-balancing/understand-basics/traffic-steering/origin-level-steering/": [
    "weights between servers inside a pool",
    "how a pool chooses which endpoint gets a request",
  ],
  "/load-balancing/understand-basics/traffic-steering/origin-level-steering/hash-origin-steering/":
    ["always send the same client ip to the same server", "hash steering within a pool"],
  "/load-balancing/understand-basics/traffic-steering/origin-level-steering/least-outstanding-requests-pools/":
    [
      "send requests to the least busy server in a pool",
      "least outstanding requests endpoint steering",
    ],
  "/load-balancing/understand-basics/traffic-steering/steering-policies/": [
    "global steering policies compared",
    "edns client subnet and load balancer steering",
  ],
  "/load-balancing/understand-basics/traffic-steering/steering-policies/least-outstanding-requests/":
    [
      "route to the pool with the fewest pending requests",
      "least outstanding requests between pools",
    ],
  "/load-balancing/understand-basics/traffic-steering/steering-policies/proximity-steering/": [
    "send users to the physically closest data center",
    "proximity steering with pool coordinates",
  ],
  "/load-balancing/understand-basics/traffic-steering/steering-policies/standard-options/": [
    "failover order and failback of pools",
    "random steering between pools",
  ],
  "/health-checks/concepts/health-checks-regions/": [
    "from which locations do health checks probe my server",
    "health check regions and data centers",
    "my server gets more monitoring requests than i expected",
  ],
  "/health-checks/how-to/zone-lockdown/": [
    "health checks blocked by my zone lockdown rule",
    "let cloudflare health probes through zone lockdown",
    "uptime checks fail because i locked my site to a few ips",
  ],
  "/registrar/about/": [
    "why move my domains to cloudflare registrar",
    "does cloudflare mark up domain renewal prices",
    "tired of domain renewal prices going up every year",
  ],
  "/registrar/account-options/domain-ownership-certificate/": [
    "proof that i own a domain registered at cloudflare",
    "download a letter certifying my domain registration",
    "a bank or marketplace wants written proof i control my domain",
  ],
  "/registrar/account-options/icloud-domains/": [
    "bought a custom email domain through icloud, manage it at cloudflare",
    "icloud custom email domain billing and renewals",
  ],
  "/registrar/custom-domain-protection/": [
    "lock high value domains against hijacking",
    "enterprise domain registrar with extra protection",
    "our company domain is too important to risk being hijacked",
  ],
  "/registrar/top-level-domains/uk-domains/": [
    "transfer a co.uk domain to cloudflare with an ips tag",
    "move a .uk domain away from cloudflare",
  ],
  "/registrar/top-level-domains/us-domains/": [
    "requirements to register a .us domain",
    "nexus rules for .us domains",
    "can a company outside the usa buy a .us domain",
  ],
  "/registrar/whoisrequests/": [
    "request the real owner details behind a redacted whois",
    "whois disclosure request to cloudflare",
    "find out who owns a domain that copies my brand",
  ],
  "/spectrum/about/byoip/": [
    "use my own ip addresses for a spectrum app",
    "assign a byoip address to a spectrum application",
  ],
  "/spectrum/about/ddos-for-spectrum/": [
    "protect a game server or tcp service from ddos",
    "layer 3 and 4 ddos protection for non-http apps",
    "my game server gets knocked offline by attacks",
  ],
  "/spectrum/about/ftp/": [
    "put an ftp server behind cloudflare",
    "ftp passive data ports through spectrum",
    "my ftp client hangs on listing files behind cloudflare",
  ],
  "/spectrum/about/load-balancer/": [
    "tcp health checks and failover for spectrum",
    "spread tcp traffic across origins with load balancing",
    "my game servers need automatic failover",
  ],
  "/spectrum/about/static-ip/": [
    "fixed ip for my spectrum application",
    "spectrum ip keeps changing",
    "my players' firewall needs an ip that never changes",
  ],
  "/spectrum/how-to/enable-proxy-protocol/": [
    "see the real client ip on my tcp server behind spectrum",
    "proxy protocol v1 or v2 for spectrum",
    "simple proxy protocol for udp game servers",
    "my server logs show cloudflare ips instead of the players' addresses",
  ],
  "/spectrum/reference/analytics/": [
    "connections and bytes per spectrum application",
    "query spectrum analytics with graphql",
  ],
  "/spectrum/reference/error-codes/": [
    "spectrum api validation error codes",
    "error 11041 virtual network requires origin direct",
    "creating a tcp app through the api returns an error code",
  ],
  "/spectrum/reference/layer-7-analytics/": [
    "why my spectrum hostname shows up in http analytics",
    "block http traffic reaching a spectrum app",
  ],
  "/spectrum/reference/logs/": [
    "logpush spectrum connection events",
    "spectrum event log status codes",
    "see every connection to my ssh or game server",
  ],
  "/spectrum/reference/simple-proxy-protocol-header/": [
    "parse the client address header spectrum adds to udp packets",
    "simple proxy protocol udp header layout",
  ],
  "/spectrum/reference/troubleshooting/": [
    "spectrum app not connecting to my origin",
    "debug spectrum with a tunnel or wan origin",
    "my ssh server behind cloudflare refuses connections",
  ],
  "/tunnel/advanced/granular-permissions/": [
    "let a teammate manage one tunnel but not the others",
    "per tunnel permissions for members",
    "give a contractor control of only the connector they run",
  ],
  "/tunnel/advanced/local-management/create-local-tunnel/": [
    "set up a tunnel from the command line with a config.yml",
    "cloudflared tunnel create and route dns",
  ],
  "/tunnel/advanced/local-management/tunnel-permissions/": [
    "cert.pem vs tunnel credentials: who can run my tunnel",
    "revoke cert.pem for a locally managed tunnel",
  ],
  "/tunnel/integrations/": [
    "what else works with cloudflare tunnel",
    "tunnel with access, load balancing, spectrum and workers vpc",
    "combine a login page, failover and private access on a self-hosted app",
  ],
  "/tunnel/tutorials/grafana/": [
    "visualize cloudflared prometheus metrics",
    "dashboard of tunnel requests and errors",
    "graph requests and errors going through my self-hosted connector",
  ],
  "/waiting-room/additional-options/embed-waiting-room-in-iframe/": [
    "waiting room inside an iframe does not work",
    "cookie settings for a waiting room in an iframe",
    "the queue page breaks when my shop is embedded in another site",
  ],
  "/waiting-room/additional-options/ssl-for-saas/": [
    "waiting room on a custom hostname of a saas customer",
    "queue visitors on my customers' own domains",
  ],
  "/waiting-room/additional-options/test-waiting-room/": [
    "load test my waiting room before a ticket sale",
    "simulate traffic to see the queue kick in",
    "make sure the queue holds before our big launch",
  ],
  "/waiting-room/how-to/control-user-session/": [
    "how long a visitor keeps their spot after leaving the queue",
    "kick a user out of the site after checkout",
    "shoppers lose their place if they close the tab",
  ],
  "/waiting-room/how-to/edit-delete-waiting-room/": [
    "change or remove a waiting room",
    "delete a waiting room from the dashboard or api",
    "the sale is over, stop queueing shoppers",
  ],
  "/waiting-room/how-to/json-response/": [
    "queue for my mobile app api instead of an html page",
    "waiting room json for non-browser clients",
    "my ios app breaks when the site puts users in a queue",
  ],
  "/waiting-room/how-to/place-waiting-room/": [
    "queue only the checkout path, not the whole site",
    "one waiting room across several hostnames and paths",
    "only hold back visitors on the product launch page",
  ],
  "/waiting-room/reference/waiting-room-api/": [
    "manage waiting rooms with the api",
    "get the current queue status via api",
  ],
  "/waiting-room/reference/waiting-room-cookie/": [
    "what the __cfwaitingroom cookie does",
    "rename the waiting room cookie",
    "which cookie does my queue page set and when does it expire",
  ],
  "/byoip/": [
    "use my own ip addresses with cloudflare",
    "bring our company's ip block to cloudflare",
    "keep our ip addresses when moving our websites behind cloudflare",
  ],
  "/byoip/address-maps/": [
    "which of my ips answer for which hostnames",
    "map static ips to a zone with address maps",
    "dns should answer with our own ip addresses instead of cloudflare's",
  ],
  "/byoip/address-maps/setup/": [
    "create an address map for my byoip prefix",
    "serve clients without sni on a dedicated ip",
  ],
  "/byoip/concepts/dynamic-advertisement/": [
    "only announce my prefix from cloudflare during an attack",
    "turn bgp advertisement of my ips on and off",
    "keep our ip range on our own isp until we need attack protection",
  ],
  "/byoip/concepts/dynamic-advertisement/best-practices/": [
    "prepare to withdraw or advertise a prefix quickly",
    "find prefix ids to toggle advertisement via api",
  ],
  "/byoip/concepts/irr-entries/": [
    "why cloudflare needs an irr route object for my prefix",
    "irr records required for bring your own ip",
    "onboarding our ip range is blocked by missing route objects",
  ],
  "/byoip/concepts/irr-entries/best-practices/": [
    "create or verify an irr entry for cloudflare's asn",
    "irr check fails during prefix onboarding",
  ],
  "/byoip/concepts/loa/": [
    "letter of authorization so cloudflare can announce my ips",
    "loa template for byoip",
    "cloudflare asked for a signed letter saying we own our ip range",
  ],
  "/byoip/concepts/prefix-delegations/": [
    "let another cloudflare account use part of my prefix",
    "delegate byoip addresses to a customer account",
  ],
  "/byoip/concepts/route-filtering-rpki/": [
    "roa and rpki for my prefix announced by cloudflare",
    "rpki invalid after onboarding ips",
    "some networks drop our routes after we moved them to cloudflare",
  ],
  "/byoip/concepts/static-ips/": [
    "dedicated ips that do not change for my zone",
    "static anycast ips without bringing my own block",
    "our partner needs fixed ips to allowlist our website",
  ],
  "/byoip/get-started/": [
    "onboard a /24 prefix to cloudflare",
    "steps to validate and advertise my ip range",
    "create service bindings and advertise my prefix",
    "customers allowlisted our ips and we cannot change them",
  ],
  "/byoip/route-leak-detection/": [
    "alert me if someone else announces my prefix",
    "detect bgp route leaks for my ips",
    "get warned if another network hijacks our ip range",
  ],
  "/byoip/service-bindings/": [
    "choose whether my ips go to cdn, spectrum or magic transit",
    "send part of our ip range to websites and part to game servers",
  ],
  "/byoip/service-bindings/cdn-and-spectrum/": [
    "use the same byoip prefix for websites and spectrum",
    "service bindings for cdn and spectrum on one prefix",
    "dns records and address maps after binding a prefix to the cdn",
  ],
  "/byoip/service-bindings/magic-transit-with-cdn/": [
    "proxy http on part of a magic transit prefix",
    "magic transit ips served through the cdn",
  ],
  "/byoip/troubleshooting/": [
    "packet loss after byoip because of urpf",
    "byoip onboarding api errors",
    "some visitors cannot reach us after announcing our ips from cloudflare",
  ],
  "/byoip/troubleshooting/prefix-validation/": [
    "my prefix failed validation",
    "fix rpki or irr problems for a prefix",
    "cloudflare says it cannot verify that we own our ip range",
  ],
  "/magic-transit/": [
    "ddos protection for my whole network and ip ranges",
    "protect a data center network with cloudflare",
    "our data center keeps getting knocked offline by ddos attacks",
  ],
  "/magic-transit/about/": [
    "how magic transit routes my traffic through cloudflare",
    "always on vs on demand network ddos protection",
    "how attack traffic gets scrubbed before reaching our routers",
  ],
  "/magic-transit/analytics/": [
    "troubleshoot magic transit with analytics and packet captures",
    "magic transit analytics tools",
    "check whether an attack is being dropped before reaching us",
  ],
  "/magic-transit/analytics/network-analytics/": [
    "traffic dropped and passed for my prefixes",
    "magic transit tunnel traffic charts",
  ],
  "/magic-transit/analytics/query-bandwidth/": [
    "graphql query for magic transit tunnel bandwidth",
    "ingress bandwidth per tunnel over time",
  ],
  "/magic-transit/analytics/query-tunnel-health/": [
    "graphql query for magic transit tunnel health checks",
    "tunnel health results over the api",
  ],
  "/magic-transit/analytics/traceroutes/": [
    "traceroute from cloudflare to my network",
    "hop by hop path between cloudflare and my routers",
  ],
  "/magic-transit/cloudflare-ips/": [
    "magic transit without owning a /24",
    "lease ip addresses from cloudflare for magic transit",
    "need ddos protection for a network but we do not own an ip block",
  ],
  "/magic-transit/ddos/": [
    "which ddos protections apply to magic transit traffic",
    "advanced tcp and dns protection for my network",
    "syn floods and dns floods hitting our data center",
  ],
  "/magic-transit/get-started/": [
    "onboarding checklist for magic transit",
    "router requirements and mss clamping before magic transit",
    "letter of agency and irr before magic transit goes live",
    "what we need before routing our data center ips through cloudflare",
  ],
  "/magic-transit/how-to/advertise-prefixes/": [
    "announce my prefixes through cloudflare with bgp",
    "cloudflare asn or my own asn for advertisement",
    "as path prepending for my prefixes",
    "start sending our ip range through cloudflare",
  ],
  "/magic-transit/how-to/configure-routes/": [
    "static routes for magic transit tunnels",
    "bgp peering with cloudflare over gre or ipsec",
    "route priorities for multiple tunnels in magic transit",
    "tell cloudflare which of our routers to send each subnet to",
  ],
  "/magic-transit/how-to/configure-tunnel-endpoints/": [
    "create gre or ipsec tunnels for magic transit",
    "gre or ipsec, which should i use",
    "where to find my cloudflare anycast tunnel address",
    "set up the gre tunnel on our cisco or juniper router",
  ],
  "/magic-transit/how-to/enable-magic-roles/": [
    "give a teammate edit rights for magic transit only",
    "let our network team edit routes without full account admin",
  ],
  "/magic-transit/how-to/ipv6/": [
    "ipv6 prefixes on magic transit",
    "enable ipv6 over existing magic transit tunnels",
    "protect our ipv6 address space from attacks too",
  ],
  "/magic-transit/how-to/safely-withdraw-byoip-prefix/": [
    "stop sending my prefix through cloudflare without outages",
    "stuck bgp routes when withdrawing a prefix",
    "move our ip range back to our own isp",
  ],
  "/magic-transit/how-to/verify-ddos-protection/": [
    "check that ddos mitigation is active for my prefixes",
    "switch advanced tcp protection from monitor to mitigate",
    "confirm our network is really protected before an attack happens",
  ],
  "/magic-transit/network-flow/": [
    "auto advertise my prefixes when an attack is detected",
    "network flow rules trigger magic transit on demand",
  ],
  "/magic-transit/network-health/": [
    "tunnel health probes used to steer magic transit traffic",
    "how cloudflare knows a link to our data center is unhealthy",
  ],
  "/magic-transit/network-health/check-tunnel-health-dashboard/": [
    "see which magic transit tunnels are unhealthy",
    "tunnel health status per data center",
  ],
  "/magic-transit/network-health/configure-tunnel-health-alerts/": [
    "alert me when magic transit tunnel health drops",
    "tunnel health slo thresholds",
    "email us when the link to our data center degrades",
  ],
  "/magic-transit/network-health/run-endpoint-health-checks/": [
    "probe servers inside my network from cloudflare",
    "endpoint health checks for magic transit",
    "alert when a server behind magic transit stops responding",
    "alert us when a server in our data center stops answering pings",
  ],
  "/magic-transit/network-health/update-tunnel-health-checks-frequency/": [
    "send tunnel health checks less or more often",
    "change tunnel health check rate",
    "health probes add too much traffic on our small link",
  ],
  "/magic-transit/network-interconnect/": [
    "private connection for magic transit instead of the internet",
    "skip the public internet between our routers and the ddos scrubbing",
  ],
  "/magic-transit/on-demand/": [
    "magic transit on demand activation",
    "only send our traffic through cloudflare while we are under attack",
  ],
  "/magic-transit/partners/kentik/": [
    "let kentik trigger magic transit during an attack",
    "kentik integration for on demand ddos protection",
    "our flow monitoring tool should switch on attack protection automatically",
  ],
  "/magic-transit/reference/anti-replay-protection/": [
    "turn off ipsec anti-replay for anycast tunnels",
    "packets dropped as replays on my router",
    "random packet drops on our ipsec link to cloudflare",
  ],
  "/magic-transit/reference/bandwidth-measurement/": [
    "how magic transit bandwidth is billed at the 95th percentile",
    "what counts as clean bandwidth",
    "how much clean traffic will we be billed for",
  ],
  "/magic-transit/reference/egress/": [
    "send outbound traffic from my network through cloudflare",
    "magic transit egress setup considerations",
    "send our servers' outbound traffic out through cloudflare too",
  ],
  "/magic-transit/reference/gre-ipsec-tunnels/": [
    "ikev2 parameters cloudflare supports for ipsec",
    "route based vs policy based vpn with cloudflare",
    "anycast gre tunnels explained",
    "which encryption settings to use on our router for the data center link",
  ],
  "/magic-transit/reference/how-cloudflare-calculates-tunnel-health-alerts/": [
    "why did i get a tunnel health alert",
    "how tunnel health alert percentages are computed",
  ],
  "/magic-transit/reference/mtu-mss/": [
    "mss clamping values for gre and ipsec tunnels",
    "large packets dropped through tunnels",
    "what mtu to set on gre or ipsec tunnel interfaces",
    "some websites hang or downloads stall after moving behind cloudflare tunnels",
  ],
  "/magic-transit/reference/traffic-steering/": [
    "route priorities and ecmp across magic transit tunnels",
    "how cloudflare picks which tunnel carries traffic",
    "traffic uses the wrong tunnel to my data center",
    "prefer one data center link and keep another as backup",
  ],
  "/magic-transit/reference/tunnel-health-checks/": [
    "what the tunnel health check probes look like",
    "health check packets my firewall must allow",
    "our firewall drops the probes and tunnels show unhealthy",
  ],
  "/magic-transit/troubleshooting/connectivity/": [
    "magic transit traffic not reaching my network",
    "is a tunnel alert hurting my magic transit traffic",
    "users cannot reach our servers after we moved our ip range to cloudflare",
  ],
  "/magic-transit/troubleshooting/ipsec-troubleshoot/": [
    "magic transit ipsec tunnel will not establish",
    "ike negotiation failures with magic transit",
    "ipsec from our data center router to cloudflare never finishes phase 1",
  ],
  "/magic-transit/troubleshooting/routing-and-bgp/": [
    "bgp to cloudflare stuck in active or idle for magic transit",
    "magic transit routing looks wrong or slow",
    "our bgp session with cloudflare keeps dropping",
  ],
  "/magic-transit/troubleshooting/tunnel-health/": [
    "magic transit tunnel keeps going degraded",
    "magic transit tunnel down but traffic flows",
    "what degraded tunnel status means for magic transit",
    "alerts say a tunnel is down but our traffic still flows",
  ],
  "/multi-cloud-networking/": [
    "connect aws, azure and gcp vpcs to cloudflare automatically",
    "link our aws vpc and azure vnet without building vpn gateways by hand",
  ],
  "/multi-cloud-networking/cloud-on-ramps/": [
    "create a vpn from my vpc to cloudflare wan automatically",
    "cloud on-ramp for a hub vpc",
    "connect an azure vnet or gcp vpc to our offices automatically",
  ],
  "/multi-cloud-networking/get-started/": [
    "give cloudflare read access to my aws or azure account",
    "iam policy for multi cloud networking",
    "let cloudflare see our aws vpcs to build connections",
  ],
  "/multi-cloud-networking/manage-resources/": [
    "inventory of my cloud vpcs and subnets",
    "download the cloud resource catalog",
    "list all subnets and vpcs across our cloud accounts",
  ],
  "/multi-cloud-networking/reference/": [
    "what cloud resources cloudflare creates for on-ramps",
    "how cloudflare orchestrates vpn connections to clouds",
  ],
  "/network-flow/": [
    "analyze netflow or sflow from my routers",
    "detect ddos attacks from flow data",
    "know when our network is under attack from router stats",
  ],
  "/network-flow/api/": [
    "configure network flow rules via api",
    "network flow api for account settings",
  ],
  "/network-flow/cloud-flow-logs/": [
    "send vpc flow logs to cloudflare",
    "monitor cloud traffic with flow logs",
    "watch traffic in our aws account for anomalies",
  ],
  "/network-flow/faq/": [
    "can i send netflow encrypted to cloudflare",
    "illegal characters error when creating a network flow rule",
    "no traffic shows up after pointing our router's flow export at cloudflare",
  ],
  "/network-flow/get-started/": [
    "register my router to export netflow to cloudflare",
    "set up network flow monitoring",
    "send flow data from our routers to spot attacks",
  ],
  "/network-flow/magic-transit-integration/": [
    "network flow auto-advertisement with magic transit on demand",
    "start magic transit when network flow detects an attack",
  ],
  "/network-flow/network-flow-free/": [
    "free netflow monitoring from cloudflare",
    "limits of the free network flow plan",
    "watch traffic from a few home or office routers for free",
  ],
  "/network-flow/routers/netflow-ipfix-config/": [
    "configure a router to export ipfix to cloudflare",
    "netflow exporter config for network flow",
    "point my router's netflow export at cloudflare",
  ],
  "/network-flow/routers/recommended-sampling-rate/": [
    "what sampling rate to use for netflow",
    "sampling rate for sflow exports",
  ],
  "/network-flow/routers/sflow-config/": [
    "export sflow to cloudflare",
    "sflow agent settings for my switch",
  ],
  "/network-flow/routers/supported-routers/": [
    "which routers can send netflow or sflow",
    "routers that work with network flow",
    "does my small business or home router support flow export",
  ],
  "/network-flow/rules/": [
    "alert when traffic to my prefix spikes",
    "volumetric attack rules for network flow",
    "auto advertise prefixes when a flow rule triggers",
    "get alerted when traffic to our network suddenly spikes",
  ],
  "/network-flow/rules/dynamic-threshold/": [
    "ddos alert threshold that adapts to normal traffic",
    "alert on unusual traffic without guessing a fixed number",
  ],
  "/network-flow/rules/rule-notifications/": [
    "email or pagerduty when a flow rule fires",
    "network flow rule alerts",
    "email our noc when an attack is detected",
  ],
  "/network-flow/rules/s-flow-ddos-attack/": [
    "sflow based ddos attack alerts",
    "tune the sflow ddos alert sensitivity",
  ],
  "/network-flow/rules/static-threshold/": [
    "pick a bits per second threshold for attack alerts",
    "static threshold rule setup",
    "alert when traffic to our ip range goes over 1 gbps",
  ],
  "/network-flow/tutorials/ddos-testing-guide/": [
    "simulate an attack to test network flow alerts",
    "test network flow with fake attack traffic",
    "make sure attack alerts really fire before a real attack",
  ],
  "/network-flow/tutorials/encrypt-network-flow-data/": [
    "send flow data over an encrypted path with warp",
    "encrypt netflow sent to cloudflare",
  ],
  "/network-flow/tutorials/graphql-analytics/": [
    "query flow data with graphql",
    "network flow data from the graphql api",
  ],
  "/network-interconnect/": [
    "direct private connection between my data center and cloudflare",
    "cni physical or virtual interconnect options",
    "high availability design for cni links",
    "private link to cloudflare instead of the public internet like aws direct connect",
  ],
  "/network-interconnect/get-started/": [
    "order a cloudflare network interconnect port",
    "cni locations and partners like equinix or megaport",
    "bandwidth and port speeds for cni",
    "connect our colo cage directly to cloudflare",
  ],
  "/network-interconnect/monitoring-and-alerts/": [
    "alerts for interconnect maintenance or outages",
    "check the status of my interconnects",
    "get notified when our private link to cloudflare goes down",
  ],
  "/network-interconnect/operational-guidance/": [
    "maintenance notice periods for cni links",
    "design cni for redundancy during maintenance",
    "will maintenance on cloudflare's side cut our private link",
  ],
  "/network/": [
    "network settings for my domain like websockets and ipv6",
    "network tab settings for a zone",
    "turn on websockets or http/2 to origin for my website",
  ],
  "/network/grpc-connections/": [
    "proxy grpc traffic through cloudflare",
    "grpc requests fail behind the orange cloud",
    "my grpc api breaks when i put my domain behind cloudflare",
  ],
  "/network/ip-geolocation/": [
    "get the visitor's country at my origin",
    "cloudflare shows the wrong country for an ip",
    "show different content to visitors from each country",
  ],
  "/network/ipv6-compatibility/": [
    "serve my site over ipv6 when my server only has ipv4",
    "turn off ipv6 for my domain",
    "my host only gives me an ipv4 address",
  ],
  "/network/onion-routing/": [
    "tor browser visitors keep seeing captchas",
    "give tor users an .onion address for my site",
  ],
  "/network/pseudo-ipv4/": [
    "my app cannot store ipv6 addresses of visitors",
    "convert visitor ipv6 to a fake ipv4 header",
    "my old app crashes on ipv6 visitor addresses",
  ],
  "/network/true-client-ip-header/": [
    "true-client-ip header with the visitor address",
    "get the real visitor ip like akamai's header",
    "my app logs show cloudflare ips instead of the visitor's",
  ],
  "/network/websockets/": [
    "do websockets work through cloudflare",
    "websocket connection drops when nothing is sent for a while",
    "how many websocket connections can my site hold",
    "my chat app disconnects after a minute behind cloudflare",
  ],
  "/privacy-gateway/": [
    "hide user ip addresses from my api with oblivious http",
    "ohttp relay service",
    "send app telemetry without the server learning users' ip addresses",
  ],
  "/privacy-gateway/get-started/": [
    "set up an ohttp gateway and client with cloudflare relay",
    "privacy gateway server and client setup",
    "hide which user sent a request from my own backend",
  ],
  "/privacy-gateway/reference/legal/": [
    "what data cloudflare sees when relaying ohttp",
    "what privacy gateway logs and stores",
    "does cloudflare keep user ip addresses when relaying our app's requests",
  ],
  "/privacy-gateway/reference/metrics/": [
    "graphql metrics for privacy gateway traffic",
    "privacy gateway request and error metrics",
  ],
  "/cloudflare-network-firewall/": [
    "magic firewall for my network prefixes",
    "cloud firewall in front of my data center ips",
    "block traffic to our data center by port or country before it arrives",
  ],
  "/cloudflare-network-firewall/about/": [
    "blocking by source ip does not work for traffic that also goes through the cdn",
    "can i write firewall rules for fragmented packets",
  ],
  "/cloudflare-network-firewall/about/ids/": [
    "intrusion detection for magic firewall traffic",
    "ids alerts on packets entering my network",
    "alert us when someone scans or exploits servers in our data center",
  ],
  "/cloudflare-network-firewall/about/list-types/": [
    "magic firewall threat intel and geo lists",
    "managed ip lists like botnets or anonymizers in network rules",
    "block traffic from known botnets and anonymizers to our network",
  ],
  "/cloudflare-network-firewall/about/ruleset-logic/": [
    "magic firewall custom vs managed phase",
    "does allowing in magic firewall bypass ddos mitigation",
  ],
  "/cloudflare-network-firewall/best-practices/": [
    "recommended magic firewall setup",
    "default allow behavior of the network firewall",
    "sensible starting firewall rules for a data center network",
  ],
  "/cloudflare-network-firewall/best-practices/extended-ruleset/": [
    "magic firewall rules when i cannot export my old firewall config",
    "per system type rules in magic firewall",
  ],
  "/cloudflare-network-firewall/best-practices/minimal-ruleset/": [
    "minimal magic firewall ruleset against reflection attacks",
    "which udp source ports to block on my prefixes",
    "attackers flood our network with reflected udp traffic",
  ],
  "/cloudflare-network-firewall/how-to/add-policies/": [
    "create a magic firewall policy",
    "maximum number of network firewall policies",
    "block traffic from a country to my network",
    "allow only ssh and https into our data center",
  ],
  "/cloudflare-network-firewall/how-to/create-rate-limiting-policies/": [
    "rate limit packets per data center with magic firewall",
    "packet rate limit policy for my network",
    "cap how many packets per second reach a server from the internet",
  ],
  "/cloudflare-network-firewall/how-to/enable-ids/": [
    "turn on ids in magic firewall",
    "enable intrusion detection signatures",
  ],
  "/cloudflare-network-firewall/how-to/enable-managed-rulesets/": [
    "enable cloudflare managed network firewall rules via api",
    "override a managed magic firewall rule",
    "turn on rules cloudflare maintains for common network attacks",
  ],
  "/cloudflare-network-firewall/how-to/filter-views/": [
    "logpush only dropped magic firewall packets",
    "filter network firewall logs to allowed or blocked",
  ],
  "/cloudflare-network-firewall/how-to/form-expressions/": [
    "magic firewall rule syntax like wireshark",
    "what network firewall expressions can and cannot do",
  ],
  "/cloudflare-network-firewall/how-to/use-logpush-with-ids/": [
    "send ids detections to my siem",
    "logpush job for ids events",
  ],
  "/cloudflare-network-firewall/how-to/use-rules-list/": [
    "use an ip list in a magic firewall rule",
    "reference a list of ips in network firewall policies",
    "block a long list of bad ip addresses at the network edge",
  ],
  "/cloudflare-network-firewall/packet-captures/": [
    "capture packets hitting my magic transit prefixes",
    "full vs sample pcaps",
    "record traffic hitting our network to investigate an attack",
  ],
  "/cloudflare-network-firewall/packet-captures/collect-pcaps/": [
    "request and download a pcap from cloudflare",
    "packet capture size and time limits",
    "best practices for capturing network attacks",
    "get a wireshark file of the attack traffic",
  ],
  "/cloudflare-network-firewall/packet-captures/pcaps-bucket-setup/": [
    "set up a gcs or r2 bucket for full packet captures",
    "validate bucket ownership for packet captures",
  ],
  "/cloudflare-network-firewall/plans/": [
    "standard vs advanced magic firewall features",
    "is the network firewall included with magic transit",
    "which firewall features cost extra for our network",
  ],
  "/cloudflare-network-firewall/reference/network-firewall-fields/": [
    "magic firewall rule fields reference",
    "ip.src.country and tcp.flags in network firewall",
  ],
  "/cloudflare-network-firewall/troubleshooting/diagnose-traffic-decisions/": [
    "my traffic is being dropped, which cloudflare system did it",
    "find out if ddos rules, tcp protection or a firewall policy blocked packets",
    "legitimate packets to our servers disappear somewhere",
  ],
  "/cloudflare-network-firewall/tutorials/graphql-analytics/": [
    "graphql to count packets matched by a magic firewall rule",
    "network firewall analytics api example",
  ],
  "/cloudflare-wan/": [
    "replace our mpls network with cloudflare",
    "connect branch offices and data centers through cloudflare",
  ],
  "/cloudflare-wan/get-started/": [
    "onboard my first site to magic wan",
    "what i need before setting up cloudflare wan",
    "connect our branch office router to cloudflare",
  ],
  "/cloudflare-wan/wan-transformation/": [
    "move from hub and spoke wan to cloud networking",
    "why replace mpls with internet tunnels",
    "our mpls contract is expensive and slow to change",
  ],
  "/cloudflare-wan/on-ramps/": [
    "ways to get branch traffic into cloudflare wan",
    "gre, ipsec, cni or appliance for magic wan",
    "how to connect our offices and data center to cloudflare",
  ],
  "/cloudflare-wan/load-balancing/": [
    "balance traffic over redundant tunnels to a data center",
    "private load balancing over wan tunnels",
    "spread traffic across two links to our data center",
  ],
  "/cloudflare-wan/network-interconnect/": [
    "use a private interconnect instead of internet tunnels for wan",
    "connect our data center to the wan over a cross connect in the same building",
  ],
  "/cloudflare-wan/security/": [
    "apply firewall and gateway policies to site traffic",
    "security filters for magic wan traffic",
    "filter traffic between offices without a firewall at each branch",
  ],
  "/cloudflare-wan/analytics/": [
    "monitor branch site performance in magic wan",
    "analytics and traceroutes for cloudflare wan",
    "see why a branch office feels slow",
  ],
  "/cloudflare-wan/analytics/netflow-analytics/": [
    "export netflow from the cloudflare one appliance",
    "netflow from a magic wan connector to network flow",
  ],
  "/cloudflare-wan/analytics/network-analytics/": [
    "wan tunnel traffic in bytes and packets over time",
    "how much traffic goes over each of our office links",
  ],
  "/cloudflare-wan/analytics/query-bandwidth/": [
    "graphql query for magic wan tunnel bandwidth",
    "ingress bandwidth per wan tunnel via api",
  ],
  "/cloudflare-wan/analytics/query-tunnel-health/": [
    "graphql query for magic wan tunnel health results",
    "wan tunnel health data via api",
  ],
  "/cloudflare-wan/analytics/site-analytics/": [
    "map of all my sites and their health",
    "set thresholds for a site to show as degraded",
    "which of our offices have network problems right now",
  ],
  "/cloudflare-wan/analytics/traceroutes/": [
    "traceroute from cloudflare to a branch site",
    "find latency between cloudflare and my office",
    "where is the latency between our office and the internet",
  ],
  "/cloudflare-wan/configuration/appliance/": [
    "sd-wan box that connects an office to cloudflare automatically",
    "magic wan connector appliance",
    "plug in a box at each office instead of configuring vpn tunnels",
  ],
  "/cloudflare-wan/configuration/appliance/configure-hardware-appliance/": [
    "set up the hardware cloudflare one appliance with wan and lan ports",
    "high availability pair of magic wan connectors",
    "first time setup of a branch appliance",
  ],
  "/cloudflare-wan/configuration/appliance/configure-hardware-appliance/sfp-port-information/": [
    "which sfp+ modules work in the appliance",
    "recover the appliance from an unsupported sfp",
  ],
  "/cloudflare-wan/configuration/appliance/configure-virtual-appliance/": [
    "run the cloudflare one appliance as a vm on vmware or in the cloud",
    "virtual magic wan connector setup",
    "provision a virtual appliance through the api",
  ],
  "/cloudflare-wan/configuration/appliance/device-metrics/": [
    "cpu and memory of my wan appliance",
    "appliance metrics via graphql",
  ],
  "/cloudflare-wan/configuration/appliance/maintenance/": [
    "maintain, register or remove wan appliances",
    "appliance maintenance tasks",
  ],
  "/cloudflare-wan/configuration/appliance/maintenance/activate-appliance/": [
    "activate a new wan appliance at a branch",
    "turn on a magic wan connector",
  ],
  "/cloudflare-wan/configuration/appliance/maintenance/default-password/": [
    "default password of the magic wan connector",
    "log in to the appliance console the first time",
  ],
  "/cloudflare-wan/configuration/appliance/maintenance/heartbeat/": [
    "appliance heartbeat to cloudflare",
    "check when the appliance last checked in",
  ],
  "/cloudflare-wan/configuration/appliance/maintenance/interrupt-service-window/": [
    "when the wan appliance installs updates",
    "schedule appliance maintenance window",
  ],
  "/cloudflare-wan/configuration/appliance/maintenance/register-appliance/": [
    "register a hardware appliance to my account",
    "serial number registration for the connector",
  ],
  "/cloudflare-wan/configuration/appliance/maintenance/remove-appliances/": [
    "decommission or replace a wan appliance",
    "delete an appliance profile",
  ],
  "/cloudflare-wan/configuration/appliance/network-options/application-based-policies/": [
    "route traffic by application on the wan appliance",
    "application aware policies on the connector",
  ],
  "/cloudflare-wan/configuration/appliance/network-options/application-based-policies/breakout-traffic/":
    [
      "send zoom or teams directly to the internet from a branch",
      "local internet breakout for trusted apps",
    ],
  "/cloudflare-wan/configuration/appliance/network-options/application-based-policies/prioritized-traffic/":
    [
      "give voice and video priority on the branch uplink",
      "qos for important apps on the connector",
    ],
  "/cloudflare-wan/configuration/appliance/network-options/dhcp/dhcp-options/": [
    "custom dhcp options on the appliance",
    "send dns or ntp servers via dhcp from the appliance",
  ],
  "/cloudflare-wan/configuration/appliance/network-options/dhcp/dhcp-relay/": [
    "relay dhcp to our central server from a branch",
    "dhcp relay on the cloudflare one appliance",
  ],
  "/cloudflare-wan/configuration/appliance/network-options/dhcp/dhcp-server/": [
    "let the wan appliance hand out ip addresses",
    "dhcp server on the magic wan connector",
  ],
  "/cloudflare-wan/configuration/appliance/network-options/dhcp/dhcp-static-address-reservation/": [
    "reserve a fixed ip for a printer on the appliance",
    "dhcp reservation by mac address",
  ],
  "/cloudflare-wan/configuration/appliance/network-options/link-aggregation/": [
    "bond several lan ports into one on the appliance",
    "lag on the cloudflare one appliance",
  ],
  "/cloudflare-wan/configuration/appliance/network-options/nat-subnet/": [
    "two branches use the same subnet, nat them",
    "overlapping lan ranges across sites",
  ],
  "/cloudflare-wan/configuration/appliance/network-options/network-segmentation/": [
    "allow or block traffic between vlans at a branch",
    "keep guest wi-fi away from the office lan",
  ],
  "/cloudflare-wan/configuration/appliance/network-options/routed-subnets/": [
    "subnets behind a router on the appliance lan",
    "add a routed subnet to a lan",
  ],
  "/cloudflare-wan/configuration/appliance/reference/": [
    "appliance high availability and failover details",
    "vlan and icmp behavior on the wan appliance",
  ],
  "/cloudflare-wan/configuration/appliance/troubleshooting/": [
    "wan appliance will not activate or connect",
    "reach the appliance local troubleshooting page",
    "the box we installed at our office has no internet",
  ],
  "/cloudflare-wan/configuration/common-settings/check-tunnel-health-dashboard/": [
    "status of each wan tunnel per data center",
    "which wan connectors are down",
  ],
  "/cloudflare-wan/configuration/common-settings/configure-tunnel-health-alerts/": [
    "get alerted when a branch tunnel degrades",
    "magic wan tunnel health notifications",
  ],
  "/cloudflare-wan/configuration/common-settings/custom-ike-id-ipsec/": [
    "set my own ike identity for wan ipsec tunnels",
    "custom ike id for velocloud or other sd-wan",
  ],
  "/cloudflare-wan/configuration/common-settings/sites/": [
    "group tunnels and appliances into a site",
    "add an office location in magic wan",
  ],
  "/cloudflare-wan/configuration/common-settings/update-tunnel-health-checks-frequency/": [
    "lower health check rate on a wan tunnel",
    "tunnel health check frequency for wan",
  ],
  "/cloudflare-wan/configuration/how-to/configure-cloudflare-source-ips/": [
    "which source ip cloudflare uses when sending to my private network",
    "change the ip range cloudflare services use toward my lan",
  ],
  "/cloudflare-wan/configuration/how-to/configure-routes/": [
    "add static routes for branch subnets",
    "peer bgp between my routers and magic wan",
    "route weights and priorities in cloudflare wan",
  ],
  "/cloudflare-wan/configuration/how-to/configure-tunnel-endpoints/": [
    "create ipsec tunnels from my firewall to cloudflare wan",
    "cloudflare anycast tunnel endpoint addresses",
    "bidirectional health checks for my wan tunnels",
  ],
  "/cloudflare-wan/configuration/how-to/traceroute/": [
    "traceroute through magic wan tunnels",
    "inherited ttl for wan traceroutes",
  ],
  "/cloudflare-wan/configuration/multi-cloud-networking/": [
    "connect a cloud vpc to magic wan",
    "connect our aws vpc to our offices without managing vpn appliances",
  ],
  "/cloudflare-wan/configuration/third-party/": [
    "router and firewall vendors with magic wan guides",
    "third party device guides for cloudflare wan",
    "configure our fortigate or palo alto to connect to cloudflare",
  ],
  "/cloudflare-wan/configuration/third-party/aws/": [
    "aws transit gateway vpn to cloudflare wan",
    "aws site to site vpn with magic wan",
  ],
  "/cloudflare-wan/configuration/third-party/azure/azure-virtual-wan/": [
    "azure virtual wan hub connected to cloudflare",
    "azure vwan ipsec to cloudflare",
  ],
  "/cloudflare-wan/configuration/third-party/azure/azure-vpn-gateway/": [
    "azure vpn gateway ipsec to magic wan",
    "azure local network gateway for cloudflare",
  ],
  "/cloudflare-wan/configuration/third-party/google/": [
    "gcp cloud vpn to cloudflare wan",
    "google cloud ha vpn with cloudflare wan",
  ],
  "/cloudflare-wan/configuration/third-party/fortinet/": [
    "fortigate ipsec tunnels to cloudflare",
    "fortinet phase 1 and phase 2 settings for cloudflare",
  ],
  "/cloudflare-wan/configuration/third-party/palo-alto/": [
    "palo alto firewall ipsec to magic wan",
    "pan-os ike crypto profile for cloudflare",
  ],
  "/cloudflare-wan/configuration/third-party/pfsense/": [
    "pfsense ipsec to cloudflare wan",
    "pfsense phase 1 settings for magic wan",
  ],
  "/cloudflare-wan/configuration/third-party/cisco-ios-xe/": [
    "cisco router ipsec config for cloudflare wan",
    "ios xe virtual tunnel interface to cloudflare",
  ],
  "/cloudflare-wan/configuration/third-party/cisco-meraki-static/": [
    "meraki mx non-meraki vpn peer to cloudflare",
    "meraki static routes over cloudflare tunnels",
  ],
  "/cloudflare-wan/configuration/third-party/juniper/": [
    "juniper srx ipsec to magic wan",
    "srx st0 interface config for cloudflare",
  ],
  "/cloudflare-wan/configuration/third-party/sonicwall/": [
    "sonicwall vpn tunnel to cloudflare",
    "sonicwall health check rule for magic wan",
  ],
  "/cloudflare-wan/configuration/third-party/sophos-firewall/": [
    "sophos xg ipsec or gre to cloudflare",
    "sophos xfrm interface for magic wan",
  ],
  "/cloudflare-wan/configuration/third-party/strongswan/": [
    "linux strongswan tunnel to magic wan",
    "strongswan ipsec.conf for cloudflare",
  ],
  "/cloudflare-wan/configuration/third-party/ubiquiti/": [
    "unifi gateway site to site vpn to cloudflare",
    "ubiquiti ipsec to magic wan",
  ],
  "/cloudflare-wan/configuration/third-party/vyos/": [
    "vyos ipsec config for magic wan",
    "vyos template for cloudflare ipsec",
  ],
  "/cloudflare-wan/configuration/third-party/velocloud/": [
    "velocloud sd-wan to cloudflare",
    "arista velocloud non sd-wan destination to cloudflare",
  ],
  "/cloudflare-wan/configuration/third-party/viptela/": [
    "cisco viptela sd-wan with cloudflare",
    "cisco sd-wan sig tunnels to cloudflare",
  ],
  "/cloudflare-wan/configuration/third-party/aruba-edgeconnect/": [
    "aruba edgeconnect with magic wan",
    "edgeconnect orchestrator tunnels to cloudflare",
  ],
  "/cloudflare-wan/configuration/third-party/oracle/": [
    "oracle cloud site to site vpn to cloudflare",
    "oci ipsec connection to magic wan",
  ],
  "/cloudflare-wan/configuration/third-party/alibaba-cloud/": [
    "alibaba cloud vpn gateway to cloudflare",
    "alibaba vpc ipsec to magic wan",
  ],
  "/cloudflare-wan/configuration/third-party/yamaha/": [
    "yamaha rtx router to magic wan",
    "yamaha rtx ipsec to cloudflare",
  ],
  "/cloudflare-wan/configuration/third-party/fitelnet/": [
    "fitelnet router ipsec to cloudflare",
    "furukawa fitelnet magic wan",
  ],
  "/cloudflare-wan/reference/anti-replay-protection/": [
    "disable anti-replay on my router for wan ipsec",
    "anti-replay drops with anycast ipsec",
  ],
  "/cloudflare-wan/reference/bandwidth-measurement/": [
    "how magic wan usage is billed",
    "95th percentile bandwidth for cloudflare wan",
    "how much will we pay for traffic between our sites",
  ],
  "/cloudflare-wan/reference/device-compatibility/": [
    "will my router work with magic wan",
    "ipsec requirements for wan devices",
    "does our existing branch router support this",
  ],
  "/cloudflare-wan/reference/gre-ipsec-tunnels/": [
    "supported ike and esp settings for cloudflare wan",
    "gre vs ipsec encapsulation for magic wan",
    "policy based vpn support in magic wan",
    "which encryption settings to pick on our firewall for the site vpn",
  ],
  "/cloudflare-wan/reference/how-cloudflare-calculates-tunnel-health-alerts/": [
    "what triggers a wan tunnel health alert",
    "tunnel health alert math for magic wan",
    "why did we get an alert when nothing seemed down",
  ],
  "/cloudflare-wan/reference/mtu-mss/": [
    "tcp mss clamp for magic wan tunnels",
    "web pages hang over wan tunnels because of mtu",
    "large file transfers between offices stall",
  ],
  "/cloudflare-wan/reference/traffic-steering/": [
    "how the cloudflare wan routing table picks a tunnel",
    "equal cost routing across branch tunnels",
    "route priority and tunnel weights in magic wan",
    "prefer our primary link and only use the backup when it fails",
  ],
  "/cloudflare-wan/reference/tunnel-health-checks/": [
    "bidirectional vs unidirectional health checks",
    "health check probes on magic wan tunnels",
    "allow cloudflare health check icmp through my firewall",
    "our firewall blocks the probes and the link shows down",
  ],
  "/cloudflare-wan/reference/virtual-networks/": [
    "separate routing domains in cloudflare wan",
    "keep guest wi-fi traffic separate from corporate traffic between offices",
  ],
  "/cloudflare-wan/zero-trust/": [
    "use gateway, tunnel and warp together with magic wan",
    "remote workers and branch offices on one private network",
  ],
  "/cloudflare-wan/zero-trust/cloudflare-gateway/": [
    "filter branch office internet traffic with gateway",
    "gateway policies for magic wan sites",
    "block malware sites for everyone at a branch office",
  ],
  "/cloudflare-wan/zero-trust/cloudflare-one-client/": [
    "remote warp users reach sites on magic wan",
    "warp to magic wan routing",
    "laptops at home need to reach printers and servers in our offices",
  ],
  "/cloudflare-wan/zero-trust/cloudflare-tunnel/": [
    "mix cloudflared tunnels and magic wan sites",
    "cloudflared and magic wan in one network",
    "some sites use an agent on a server and others a router, can they talk to each other",
  ],
  "/cloudflare-wan/zero-trust/security-services/": [
    "secure site to site and internet traffic without branch firewalls",
    "network firewall and gateway for wan traffic",
  ],
  "/cloudflare-wan/troubleshooting/connectivity/": [
    "branch users report outages after a magic wan tunnel alert",
    "which cloudflare colo my branch traffic lands in",
    "one branch office cannot reach the others",
  ],
  "/cloudflare-wan/troubleshooting/ipsec-troubleshoot/": [
    "magic wan ipsec tunnel stuck negotiating",
    "phase 1 up but magic wan health checks fail",
    "vpn from our branch firewall to cloudflare will not come up",
  ],
  "/cloudflare-wan/troubleshooting/routing-and-bgp/": [
    "magic wan bgp peer not coming up",
    "branch traffic routed through a distant data center",
    "routes between our offices are missing or wrong",
  ],
  "/cloudflare-wan/troubleshooting/tunnel-health/": [
    "magic wan tunnel flapping between healthy and degraded",
    "why magic wan did not fail over to my backup tunnel",
    "branch link keeps flapping and users drop calls",
  ],
  "/tunnel/advanced/local-management/as-a-service/linux/": [
    "cloudflared service install on linux with a config file",
    "systemd unit for a locally managed tunnel",
  ],
  "/tunnel/advanced/local-management/as-a-service/macos/": [
    "run cloudflared at boot or login on macos",
    "launchd service for cloudflared",
  ],
  "/tunnel/advanced/local-management/as-a-service/windows/": [
    "install cloudflared as a windows service",
    "cloudflared windows service cannot find config.yml",
  ],
  "/tunnel/advanced/local-management/local-tunnel-terms/": [
    "credentials file, cert.pem and ingress rule explained",
    "where cloudflared stores tunnel files",
  ],
  "/tunnel/deployment-guides/ansible/": [
    "ansible playbook to install cloudflared",
    "provision a tunnel on many servers with ansible",
    "automate installing the connector on a fleet of linux servers",
  ],
  "/tunnel/deployment-guides/azure/": [
    "cloudflare tunnel on microsoft azure",
    "reach an azure vm app without giving it a public ip address",
    "publish a web app on an azure vm without opening inbound ports",
  ],
  "/tunnel/deployment-guides/google-cloud-platform/": [
    "publish a web app on a google cloud vm through a tunnel",
    "cloudflare tunnel on gcp compute engine",
    "reach a gce vm app without opening any firewall rule",
  ],
  "/privacy-gateway/reference/limitations/": [
    "can a site still identify users behind privacy gateway",
    "will the app behind the relay still see users' names or emails they send",
  ],
  "/privacy-gateway/reference/product-compatibility/": [
    "which cloudflare products work with privacy gateway",
    "caching, waf and api shield do not work with oblivious http",
    "can i cache or firewall requests that come through the privacy relay",
  ],
  "/cloudflare-network-firewall/about/traffic-types/": [
    "block by protocol, port or packet size in magic firewall",
    "packet characteristics the network firewall can match",
  ],
  "/cloudflare-network-firewall/about/protocol-validation-rules/": [
    "sip protocol validation in magic firewall",
    "block invalid voip signalling at cloudflare",
  ],
  "/cloudflare-network-firewall/best-practices/magic-transit-egress/": [
    "magic firewall rules for return traffic with magic transit egress",
    "allow replies to outbound connections through magic transit",
  ],
  "/cloudflare-network-firewall/how-to/enable-roles/": [
    "read only vs edit access to magic firewall",
    "assign magic network monitoring and firewall roles",
    "give a teammate view only rights on our network rules",
  ],
  "/cloudflare-wan/configuration/common-settings/enable-roles/": [
    "who can edit magic wan configuration",
    "magic wan admin and read-only roles",
  ],
  "/cloudflare-wan/configuration/appliance/maintenance/edit-traffic-steering-settings/": [
    "change breakout or prioritized apps on an appliance",
    "edit application steering on the wan connector",
  ],
  "/cloudflare-wan/configuration/appliance/maintenance/deactivate-appliance/": [
    "deactivate a wan appliance temporarily",
    "stop an appliance from passing traffic",
  ],
  "/cloudflare-wan/configuration/appliance/maintenance/edit-network-settings/": [
    "change wan or lan settings of an appliance",
    "edit appliance interfaces after setup",
  ],
};
