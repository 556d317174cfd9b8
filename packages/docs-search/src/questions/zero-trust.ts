// Questions people and agents ask that the Zero Trust (Cloudflare One) pages answer: Access,
// Gateway, the device client, tunnels for private networks, DLP, CASB, browser isolation, Email
// security (and its Area 1 pages) and DMARC management.
import type { PageQuestions } from "./types.ts";

export const ZERO_TRUST_QUESTIONS: PageQuestions = {
  "/cloudflare-one/": [
    "zero trust security for my company",
    "replace our vpn and secure employee internet access",
    "sase platform",
    "remote workers need secure access to office apps and the internet",
    "company laptops need the same protection at home as in the office",
  ],
  "/cloudflare-one/setup/": [
    "set up zero trust for my organization",
    "create a zero trust team and first policies",
    "where do i begin securing my company's laptops and internal apps",
  ],
  "/cloudflare-one/setup/replace-vpn/": [
    "replace our corporate vpn",
    "let employees reach internal apps without a vpn",
    "our openvpn server is slow and painful to maintain",
  ],
  "/cloudflare-one/setup/secure-private-apps/private-web-app/": [
    "put a login in front of an internal web app",
    "secure an intranet site",
    "private web app behind access and a tunnel",
  ],
  "/cloudflare-one/setup/secure-private-apps/clientless-ssh/": [
    "ssh into a server from the browser",
    "browser based ssh terminal",
    "ssh without installing a client",
  ],
  "/cloudflare-one/account-limits/": [
    "how many access applications or gateway rules can i create",
    "maximum number of tunnels, policies or users",
    "we hit a cap on how many rules or apps we can create",
  ],
  "/cloudflare-one/access-controls/": [
    "control who can reach my internal apps",
    "identity aware access to applications",
    "put a login screen in front of an internal tool",
    "only my team should be able to open our admin panel",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/": [
    "require login before anyone can see my website",
    "protect a staging site with google or github sign in",
    "add authentication in front of a self hosted app",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/self-hosted-public-app/": [
    "protect an admin panel with sso",
    "self hosted application behind access",
    "require login for a subdomain",
    "anyone on the internet can open our staging site",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/": [
    "single sign on for saas tools through cloudflare",
    "saml sso for slack, github or salesforce",
    "use access as an identity provider for saas",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/authorization-cookie/validating-json/": [
    "verify the access jwt at my origin",
    "check the cf-access-jwt-assertion header",
    "validate access tokens in my backend",
    "make sure nobody skips the login by hitting my server directly",
  ],
  "/cloudflare-one/access-controls/applications/non-http/": [
    "protect ssh, rdp or tcp services",
    "access for non web applications",
    "ssh with access",
  ],
  "/cloudflare-one/access-controls/policies/": [
    "allow only people with our company email",
    "access policy rules: allow, block, bypass",
    "who is allowed into an application",
    "contractors should get into one internal app and nothing else",
    "require membership of an okta group to open an internal site",
  ],
  "/cloudflare-one/access-controls/policies/common-policies/": [
    "example access policies",
    "allow a specific email domain",
    "common access policy examples",
  ],
  "/cloudflare-one/access-controls/policies/mfa-requirements/": [
    "require multi factor login for an app",
    "require a security key",
    "make people use two factor before opening an internal app",
  ],
  "/cloudflare-one/access-controls/policies/groups/": [
    "reusable groups of users for policies",
    "reuse a list of allowed people",
    "reuse the same list of people across many app rules",
  ],
  "/cloudflare-one/access-controls/access-settings/session-management/": [
    "how long before users must log in again",
    "session duration for protected apps",
    "force users to log in again",
    "users complain they have to sign in again every day",
  ],
  "/cloudflare-one/access-controls/service-credentials/service-tokens/": [
    "let a script or server call an app behind access",
    "machine to machine authentication without login",
    "client id and client secret headers",
    "my cron job gets a login page when calling our internal api",
  ],
  "/cloudflare-one/access-controls/service-credentials/mutual-tls-authentication/": [
    "require a client certificate for an access app",
    "mtls access policy",
    "device certificate for access",
    "only devices holding our company certificate should open the app",
  ],
  "/cloudflare-one/access-controls/troubleshooting/": [
    "access login loop or 403 on my protected app",
    "users can't log in through access",
    "access application keeps redirecting back to the login page",
    "teammates get stuck in a redirect loop when signing in to our internal site",
  ],
  "/cloudflare-one/access-controls/ai-controls/secure-mcp-servers/": [
    "protect an mcp server with sso",
    "access policies for mcp servers",
    "authenticate users of my mcp server",
  ],
  "/cloudflare-one/integrations/identity-providers/": [
    "connect our identity provider",
    "log in with okta, azure ad or google",
    "let staff sign in with their microsoft work account",
    "use github or google login for our internal tools",
  ],
  "/cloudflare-one/integrations/identity-providers/one-time-pin/": [
    "let people log in with a code sent by email",
    "email code login without an identity provider",
    "let outside partners log in with just an email code",
  ],
  "/cloudflare-one/integrations/identity-providers/entra-id/": [
    "sign in with microsoft entra id or azure ad",
    "azure ad sso with cloudflare",
    "entra id groups in policies",
    "users from our azure tenant cannot sign in to access",
  ],
  "/cloudflare-one/integrations/identity-providers/okta/": [
    "sign in with okta",
    "okta groups in access policies",
    "staff should log in to internal tools with their okta account",
  ],
  "/cloudflare-one/integrations/identity-providers/google-workspace/": [
    "sign in with google workspace accounts",
    "google workspace sso",
    "login with company google accounts",
  ],
  "/cloudflare-one/integrations/identity-providers/github/": [
    "sign in with github",
    "github login for access",
    "allow members of a github organization",
  ],
  "/cloudflare-one/integrations/identity-providers/generic-saml/": [
    "connect any saml identity provider",
    "saml 2.0 identity provider",
    "add a custom saml idp",
  ],
  "/cloudflare-one/integrations/identity-providers/generic-oidc/": [
    "connect any oidc identity provider",
    "openid connect identity provider",
    "add a custom oidc idp",
  ],
  "/cloudflare-one/traffic-policies/": [
    "filter my employees' internet traffic",
    "secure web gateway policies",
    "block malware and unwanted sites for every employee",
    "web filter for company laptops like zscaler",
  ],
  "/cloudflare-one/traffic-policies/get-started/": [
    "start filtering dns, http and network traffic",
    "begin filtering what employees can browse",
  ],
  "/cloudflare-one/traffic-policies/dns-policies/": [
    "block malware and phishing domains for my office",
    "block social media sites with dns filtering",
    "dns policy selectors and actions like block, allow and override",
    "redirect a domain to another ip with a dns override",
    "block malicious websites for everyone on the office wi-fi like opendns",
  ],
  "/cloudflare-one/traffic-policies/dns-policies/common-policies/": [
    "block gambling or adult sites",
    "common dns filtering policies",
    "block newly registered domains",
  ],
  "/cloudflare-one/traffic-policies/http-policies/": [
    "block file uploads to personal cloud storage",
    "inspect and filter web traffic",
    "block a website for employees",
    "block youtube for everyone except marketing",
  ],
  "/cloudflare-one/traffic-policies/http-policies/tls-decryption/": [
    "inspect https traffic of employees",
    "tls inspection",
    "decrypt https in gateway",
    "websites break after turning on https inspection",
  ],
  "/cloudflare-one/traffic-policies/network-policies/": [
    "block ports or ip ranges for users",
    "block ssh or rdp for employees",
    "only let developers reach the database port",
  ],
  "/cloudflare-one/traffic-policies/egress-policies/dedicated-egress-ips/": [
    "give my team a fixed outgoing ip address",
    "static egress ip to allowlist at partners",
    "dedicated egress ip for my organization",
  ],
  "/cloudflare-one/traffic-policies/domain-categories/": [
    "which content categories can i block",
    "block content categories",
    "stop staff visiting adult or gambling websites",
  ],
  "/cloudflare-one/traffic-policies/troubleshoot-gateway/": [
    "site blocked by gateway by mistake",
    "why was this website blocked for my users",
    "our web filter keeps blocking a site we need",
  ],
  "/cloudflare-one/reusable-components/custom-pages/gateway-block-page/": [
    "customize the page users see when a site is blocked",
    "custom block page message",
    "show employees why a website was blocked and who to contact",
  ],
  "/cloudflare-one/reusable-components/posture-checks/": [
    "only allow company laptops with disk encryption",
    "require the device to be managed",
    "posture checks in access policies",
    "personal laptops should not be able to open company apps",
  ],
  "/cloudflare-one/reusable-components/lists/": [
    "lists of domains, ips or emails for policies",
    "upload a csv of domains to block",
    "block a long list of websites at once",
  ],
  "/cloudflare-one/team-and-resources/devices/": [
    "manage enrolled employee devices",
    "revoke a device",
    "an employee left, cut off their laptop",
    "see which laptops have the company vpn app installed",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/": [
    "warp client for employees",
    "install the cloudflare one agent on laptops",
    "app employees install so their laptops and phones are protected anywhere",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/download/": [
    "warp client download for windows, mac or linux",
    "latest client version",
    "where do employees get the company vpn app for mac, windows or phones",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/": [
    "roll out the client to all company devices",
    "deploy warp to employees",
    "enroll devices in zero trust",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/": [
    "deploy the client with intune or jamf",
    "silent install of the client",
    "push the vpn app to every company laptop with intune or jamf",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/manual-deployment/":
    [
      "install the client by hand on one device",
      "enroll a device in my team",
      "set up the company vpn app on my own laptop",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/configure/route-traffic/split-tunnels/":
    [
      "exclude some traffic from the vpn client",
      "send only internal traffic through the tunnel",
      "bypass warp for zoom or local networks",
      "printer and devices on my home network unreachable with the company vpn on",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/configure/modes/": [
    "difference between warp client modes",
    "gateway with warp vs doh only mode",
    "proxy mode for the client",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/configure/device-profiles/": [
    "different client settings for different teams",
    "device settings profiles",
    "client settings per group",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/troubleshooting/": [
    "warp client won't connect",
    "vpn app on my laptop says disconnected",
    "the 1.1.1.1 app will not turn on at work",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/troubleshooting/client-errors/":
    [
      "what does this client error code mean",
      "warp error codes",
      "warp shows a cf_ error code when connecting",
      "company vpn app shows an error code and will not connect",
    ],
  "/cloudflare-one/team-and-resources/devices/user-side-certificates/": [
    "install the root certificate on devices for inspection",
    "cloudflare root ca on devices",
    "certificate for https inspection",
  ],
  "/cloudflare-one/team-and-resources/users/seat-management/": [
    "free up seats for users who left",
    "remove a user and their seat",
    "remove users to save seats",
  ],
  "/cloudflare-one/team-and-resources/users/scim/": [
    "sync users and groups from our identity provider",
    "deprovision users automatically",
    "remove access automatically when someone is disabled in our directory",
  ],
  "/cloudflare-one/networks/": [
    "connect private networks to zero trust",
    "let remote staff reach servers on our office lan",
    "reach private servers in aws from a laptop without a vpn concentrator",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/": [
    "connect a private network without opening inbound ports",
    "tunnels for private networks",
    "expose a home server to the internet without port forwarding",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/get-started/create-remote-tunnel/": [
    "create a tunnel from the dashboard",
    "install a connector on my server",
    "expose my nas or home server to the internet safely",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/get-started/": [
    "create my first tunnel",
    "make a service on my machine reachable from the internet without port forwarding",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/routing-to-tunnel/": [
    "publish an internal app on a public hostname",
    "expose a local service with a tunnel",
    "point app.example.com at a service running on my server",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/private-net/": [
    "reach private ip addresses through a tunnel",
    "give remote users access to my lan",
    "reach my home nas by its 192.168 address while travelling",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/private-net/cloudflared/connect-cidr/": [
    "route a private subnet through cloudflared",
    "add a cidr route to a tunnel",
    "connect an ip range to zero trust",
    "let remote staff reach a whole office subnet",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/do-more-with-tunnels/trycloudflare/": [
    "quick public url for localhost without an account",
    "temporary tunnel for testing",
    "temporary public url for a local dev server without an account",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/troubleshoot-tunnels/common-errors/": [
    "tunnel errors explained",
    "tunnel 502 bad gateway",
    "my tunnel hostname shows a cloudflare error page",
    "website on my raspberry pi shows a cloudflare error instead of my page",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/use-cases/ssh/": [
    "ssh to a server through a tunnel",
    "remote ssh access without open ports",
    "close port 22 on my server but keep ssh working",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/use-cases/rdp/": [
    "remote desktop through a tunnel",
    "windows remote desktop without vpn",
    "work from home on my office windows pc",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/configure-tunnels/tunnel-availability/": [
    "run several replicas of cloudflared for redundancy",
    "tunnel high availability",
    "replicas of a tunnel",
    "my site goes down whenever the server running the connector restarts",
  ],
  "/cloudflare-one/networks/resolvers-and-proxies/dns/locations/": [
    "filter dns for my office network without installing anything",
    "dns locations for office networks",
    "point my router at gateway dns",
  ],
  "/cloudflare-one/data-loss-prevention/": [
    "stop employees from leaking credit card numbers",
    "data loss prevention policies",
    "detect sensitive data in uploads",
    "make sure customer data never leaves through the browser",
    "an employee pasted customer records into chatgpt",
  ],
  "/cloudflare-one/data-loss-prevention/dlp-profiles/": [
    "what sensitive data patterns can be detected",
    "detect social security numbers or api keys",
    "spot passport numbers or source code in what people upload",
  ],
  "/cloudflare-one/remote-browser-isolation/": [
    "open risky websites in an isolated remote browser",
    "isolate untrusted websites",
    "let staff open suspicious links without risking their laptop",
  ],
  "/cloudflare-one/cloud-and-saas-findings/": [
    "find misconfigurations in our saas apps",
    "scan google workspace or microsoft 365 for risks",
    "files in our google drive are shared with anyone with the link",
    "which of our cloud apps are set up insecurely",
  ],
  "/cloudflare-one/insights/logs/": [
    "who accessed what in zero trust",
    "audit what employees did through zero trust",
    "find out which employee visited a blocked site",
  ],
  "/cloudflare-one/insights/logs/dashboard-logs/gateway-logs/": [
    "see which sites my users visited",
    "dns query logs of my users",
    "see which sites an employee visited and what was blocked",
  ],
  "/cloudflare-one/insights/logs/dashboard-logs/access-authentication-logs/": [
    "see who logged in to my protected apps",
    "access login logs",
    "failed logins to access applications",
  ],
  "/cloudflare-one/insights/dex/": [
    "monitor employees' network experience",
    "test connectivity of employee devices",
    "employees complain zoom or saas apps are slow",
    "find out whether the wi-fi or the app is slow for a remote employee",
  ],
  "/cloudflare-one/email-security/": [
    "protect company email from phishing",
    "email security for microsoft 365 or gmail",
    "stop phishing emails",
    "our staff keep getting fake invoice emails",
  ],
  "/cloudflare-one/roles-permissions/": [
    "admin roles for zero trust",
    "who can change zero trust settings",
    "give our helpdesk read only access to the security settings",
  ],
  "/cloudflare-one/faq/": [
    "common questions about gateway, access and the warp client",
    "common problems admins hit when rolling out a vpn replacement and web filter",
  ],
  "/cloudflare-one/access-controls/applications/": [
    "add an application to access",
    "types of access applications",
    "which kind of app to add for a website, saas tool or ssh server",
    "add single sign-on to a self-hosted app that has no login of its own",
  ],
  "/cloudflare-one/access-controls/policies/policy-management/": [
    "reusable access policies",
    "reuse one access policy across many apps",
    "test who would be let in before saving a rule",
  ],
  "/cloudflare-one/access-controls/access-settings/app-launcher/": [
    "app launcher portal for employees",
    "one page listing every app an employee can open",
    "one page where employees find all the internal apps they can open",
  ],
  "/cloudflare-one/reusable-components/custom-pages/access-login-page/": [
    "customize the access login page",
    "add our logo and colors to the access sign in page",
    "put our logo and colors on the sign in page employees see",
  ],
  "/cloudflare-one/faq/cloudflare-tunnels-faq/": [
    "how many tunnels can i run and do they need open ports",
    "do i need to open firewall ports to publish my home server",
    "can two servers run the same tunnel for redundancy",
  ],
  "/cloudflare-one/traffic-policies/order-of-enforcement/": [
    "which gateway policy applies first",
    "my allow rule is ignored because another gateway rule matches first",
    "a site i allowed is still blocked by another rule",
  ],
  "/cloudflare-one/networks/virtual-networks/": [
    "overlapping private ip ranges with virtual networks",
    "two sites use the same private subnet",
    "two offices both use 192.168.1.0/24 and remote users need both",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/monitor-tunnels/": [
    "tunnel monitoring",
    "know when a tunnel connector goes down",
    "know when my connector goes offline",
  ],
  "/cloudflare-one/troubleshooting/": [
    "something in zero trust is broken, where do i start",
    "collect diagnostics before opening a zero trust ticket",
    "something broke after we rolled out the company vpn and web filter",
  ],
  "/cloudflare-one/troubleshooting/access/": [
    "access login keeps looping back to the identity provider",
    "fetch calls to my protected app fail with a cors error",
    "one time pin email never arrives",
    "invalid session error after logging in through access",
    "our staff get an error instead of the login page for an internal app",
  ],
  "/cloudflare-one/troubleshooting/browser-isolation/": [
    "isolated page shows a blank screen or broken images",
    "maximum sessions reached in remote browser",
    "sandboxed browser says no browsers are available",
  ],
  "/cloudflare-one/troubleshooting/casb/": [
    "saas scan finished but no findings show up",
    "casb reports a false positive finding",
    "scanning our google drive shows nothing even though files are shared publicly",
  ],
  "/cloudflare-one/troubleshooting/contact-support/": [
    "what logs should i attach to a zero trust support case",
    "gather warp and tunnel diagnostics for cloudflare support",
    "what to include in a ticket so support can help with my vpn replacement",
  ],
  "/cloudflare-one/troubleshooting/dex/": [
    "dex shows no data for some users",
    "remote packet capture will not start on a device",
    "fleet status not updating in digital experience",
    "cannot see network performance for some remote employees",
  ],
  "/cloudflare-one/troubleshooting/dlp/": [
    "dlp policy is not blocking uploads of credit card numbers",
    "data loss prevention flags harmless sites",
    "cannot create a custom dlp profile",
    "our data leak rules block normal websites by mistake",
  ],
  "/cloudflare-one/troubleshooting/email-security/": [
    "a phishing email got through to inboxes",
    "legitimate mail was quarantined as malicious",
    "emails delayed or not arriving after switching mx to cloudflare",
    "customers say our replies never arrive since we changed the spam filter",
  ],
  "/cloudflare-one/troubleshooting/gateway/": [
    "gateway blocks a website it should not",
    "error 526 invalid ssl certificate behind gateway",
    "users see untrusted certificate warnings with https inspection",
    "traffic is not leaving from my dedicated egress ip",
    "websites show certificate errors on company laptops",
  ],
  "/cloudflare-one/troubleshooting/tunnel/": [
    "cloudflared service is already installed error",
    "error 1033 when visiting my tunnel hostname",
    "502 bad gateway from my app behind cloudflared",
    "x509 certificate signed by unknown authority in cloudflared",
    "my home server is online but the site shows a cloudflare error",
  ],
  "/cloudflare-one/troubleshooting/wan/": [
    "magic wan site lost connectivity",
    "fix site to site tunnel problems in cloudflare wan",
    "a branch office lost its connection to headquarters",
  ],
  "/cloudflare-one/troubleshooting/wan/connectivity/": [
    "tunnel health alert fired but is my traffic actually affected",
    "find which cloudflare data center my wan traffic enters",
    "information to give support for a wan outage",
    "users at one office report outages, is it our link or cloudflare",
  ],
  "/cloudflare-one/troubleshooting/wan/ipsec/": [
    "ipsec tunnel never comes up, ike negotiation fails",
    "pre-shared key or crypto proposal mismatch on my router",
    "ipsec tunnel is up but health checks keep failing",
    "site to site vpn with cloudflare will not come up on our firewall",
  ],
  "/cloudflare-one/troubleshooting/wan/routing-bgp/": [
    "bgp session with cloudflare will not establish",
    "wan traffic takes a strange path with high latency",
    "cni link failure and traffic loss",
    "traffic between our offices takes a slow detour",
  ],
  "/cloudflare-one/troubleshooting/wan/tunnel-health/": [
    "gre tunnel shows down but traffic still flows",
    "what does degraded tunnel status mean",
    "why is traffic not failing over to my healthy tunnel",
    "alerts say our branch link is down but users seem fine",
  ],
  "/cloudflare-one/troubleshooting/warp-client/": [
    "warp client will not connect on my laptop",
    "collect warp diagnostic logs with warp-diag",
    "check which version of the device client a user runs",
    "laptop has no internet whenever the company vpn app is connected",
  ],
  "/cloudflare-one/faq/authentication-faq/": [
    "how do users log out of an app protected by access",
    "my identity provider is not in the list",
    "offer both okta and google login on one internal app",
  ],
  "/cloudflare-one/faq/devices-faq/": [
    "windows shows ethernet instead of wi-fi when warp is on",
    "warp connects to a faraway data center",
    "downloads got slower with the zero trust client",
    "cannot join hotel or public wi-fi with warp enabled",
    "my laptop is slower on the company vpn app than without it",
  ],
  "/cloudflare-one/faq/general-faq/": [
    "difference between gateway and the 1.1.1.1 resolver",
    "which browsers does zero trust support",
    "does the company web filter work in firefox and safari",
  ],
  "/cloudflare-one/faq/getting-started-faq/": [
    "how are zero trust seats counted",
    "change my zero trust team name or move it to another account",
    "remove a user so they stop using a seat",
    "check whether my network is protected by zero trust",
    "we still pay for people who left the company",
  ],
  "/cloudflare-one/faq/policies-faq/": [
    "in what order are gateway and access policies applied",
    "still reaching a domain my dns policy blocks",
    "when does access show forbidden instead of a login page",
    "protect an app on a nonstandard port with access",
    "i blocked a site but employees can still open it",
  ],
  "/cloudflare-one/access-controls/access-settings/independent-mfa/": [
    "require a security key or authenticator app in access without my idp",
    "enforce mfa at cloudflare even if okta does not",
    "allow only approved yubikeys by aaguid",
  ],
  "/cloudflare-one/access-controls/access-settings/require-access-protection/": [
    "block any hostname that has no access application",
    "make sure no new subdomain is exposed without a login",
  ],
  "/cloudflare-one/access-controls/ai-controls/linked-apps/": [
    "let my mcp server call internal apps as the signed in user",
    "forward user identity from an mcp server to a protected backend",
  ],
  "/cloudflare-one/access-controls/ai-controls/mcp-portals/": [
    "one endpoint that exposes all our mcp servers to employees",
    "put several mcp servers behind single sign on",
    "control which mcp tools each team can use",
  ],
  "/cloudflare-one/access-controls/applications/bookmarks/": [
    "show a link to an app in the app launcher without protecting it",
    "add external apps to the employee portal",
  ],
  "/cloudflare-one/access-controls/applications/choose-application-type/": [
    "self-hosted, saas or private app: which access type should i pick",
    "protect a public site vs an internal ip with access",
    "protect a worker or a cli tool with access",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/authorization-cookie/": [
    "what is the cf_authorization cookie",
    "samesite and httponly settings for the access cookie",
    "cookies access sets after a user logs in",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/authorization-cookie/application-token/":
    [
      "read the logged in user's email from the access jwt at my origin",
      "claims inside the cf-access-jwt-assertion header",
      "pass custom saml attributes to my backend",
    ],
  "/cloudflare-one/access-controls/applications/http-apps/authorization-cookie/cors/": [
    "preflight options request blocked by access",
    "call an access protected api from javascript on another domain",
    "bypass options requests to my origin",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/managed-oauth/": [
    "cli or script gets a 302 redirect from an access protected app",
    "let ai agents log in to my protected app with oauth",
    "managed oauth or service token for non-browser clients",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/generic-oidc-saas/": [
    "use cloudflare access as the oidc provider for any saas app",
    "client id and secret for sso into a third party app",
    "add custom claims to the oidc token access issues",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/generic-saml-saas/": [
    "use access as the saml identity provider for a saas tool",
    "sso url, entity id and certificate for a saml app",
    "send extra saml attributes or transform the nameid",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/aws-sso-saas/": [
    "sign in to the aws console through cloudflare access",
    "aws iam identity center saml with access",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/github-saas/": [
    "saml single sign on for our github enterprise",
    "make employees log in to github through cloudflare",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/google-workspace-saas/": [
    "put access in front of gmail and google workspace login",
    "google workspace third party sso with cloudflare",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/slack-saas/": [
    "slack saml sso through cloudflare access",
    "require device posture before opening slack",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/zoom-saas/": [
    "zoom single sign on with access",
    "log into zoom with our company identity through cloudflare",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/salesforce-saas-saml/": [
    "salesforce saml login via cloudflare access",
    "sso for salesforce with my zero trust policies",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/atlassian-saas/": [
    "jira and confluence cloud sso through access",
    "atlassian saml identity provider setup with cloudflare",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/workday-saas/": [
    "workday saml sign in with cloudflare access",
    "protect the hr system login with zero trust",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/zendesk-sso-saas/": [
    "zendesk agents sign in through cloudflare access",
    "zendesk saml sso setup",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/dropbox-saas/": [
    "dropbox business sso with access",
    "require company login for dropbox",
  ],
  "/cloudflare-one/access-controls/applications/linked-app-token/": [
    "let one protected app call another protected app",
    "accept a token issued for a different access application",
  ],
  "/cloudflare-one/access-controls/applications/non-http/browser-rendering/": [
    "open ssh, vnc or rdp in a browser tab without software",
    "web based terminal for my servers",
  ],
  "/cloudflare-one/access-controls/applications/non-http/cloudflared-authentication/": [
    "connect to a non-web app through a public hostname without warp",
    "users run cloudflared on their machine to reach a tcp service",
  ],
  "/cloudflare-one/access-controls/applications/non-http/cloudflared-authentication/arbitrary-tcp/":
    [
      "reach a database port through access without a vpn",
      "cloudflared access tcp to forward a local port",
    ],
  "/cloudflare-one/access-controls/applications/non-http/cloudflared-authentication/automatic-cloudflared-authentication/":
    [
      "skip the allow prompt when logging in with cloudflared",
      "stop the browser page asking to approve cloudflared access",
    ],
  "/cloudflare-one/access-controls/applications/non-http/infrastructure-apps/": [
    "give engineers ssh access to servers by target and username",
    "access for infrastructure targets and policies",
    "revoke a user's ssh session right away",
  ],
  "/cloudflare-one/access-controls/applications/non-http/self-hosted-private-app/": [
    "protect a private ip or internal hostname with an access login",
    "require sso before reaching 10.0.0.5 over warp",
    "access policy vs gateway policy for private apps",
  ],
  "/cloudflare-one/access-controls/applications/non-http/short-lived-certificates-legacy/": [
    "ssh with short lived certificates instead of keys",
    "configure sshd to trust the access ssh ca",
  ],
  "/cloudflare-one/access-controls/authenticate-agents/": [
    "claude code cannot fetch a page behind access",
    "let a coding agent call an api protected by access",
    "cloudflared access curl with a token for scripts",
    "my ai coding assistant gets a login page instead of our internal docs",
  ],
  "/cloudflare-one/access-controls/event-subscriptions/": [
    "get notified when an access application is created or deleted",
    "send access events to a queue",
    "alert our security team when someone changes who can log in to an app",
  ],
  "/cloudflare-one/access-controls/policies/app-paths/": [
    "protect only /admin of my site with access",
    "wildcard subdomains and paths in an access application",
    "different policies for different paths of one site",
  ],
  "/cloudflare-one/access-controls/policies/external-evaluation/": [
    "call my own api to decide whether a user gets in",
    "custom allow or deny logic for access in a worker",
    "external evaluation worker returns an error",
  ],
  "/cloudflare-one/access-controls/policies/isolate-application/": [
    "force an internal app to open in a remote browser",
    "stop users copying or downloading from a sensitive app",
  ],
  "/cloudflare-one/access-controls/policies/require-purpose-justification/": [
    "ask users why they need to open an app before letting them in",
    "record the reason for reaching a sensitive tool",
  ],
  "/cloudflare-one/access-controls/policies/temporary-auth/": [
    "admin must approve before a user can open an app",
    "time limited access that a manager grants by email",
  ],
  "/cloudflare-one/traffic-policies/application-app-types/": [
    "block all of microsoft teams without listing every hostname",
    "gateway application and app type selectors",
    "which apps are marked do not inspect",
    "block tiktok and all its domains for company laptops",
  ],
  "/cloudflare-one/traffic-policies/dns-policies/test-dns-filtering/": [
    "check that my gateway dns block policy actually works",
    "test domains for security and content categories",
    "dig a domain through gateway to see if it is blocked",
  ],
  "/cloudflare-one/traffic-policies/dns-policies/timed-policies/": [
    "block social media only during work hours",
    "dns policy that turns itself off after an hour",
    "schedule a gateway rule by the user's time zone",
  ],
  "/cloudflare-one/traffic-policies/egress-policies/": [
    "partner api only allows our ip, give zero trust users a fixed egress ip",
    "dedicated egress ips for gateway traffic",
    "choose which ip users exit from by group or destination",
    "our customer wants a fixed ip to allowlist our employees",
  ],
  "/cloudflare-one/traffic-policies/egress-policies/egress-cloudflared/": [
    "send traffic for some public sites out through my own network",
    "route a public hostname through a tunnel so it sees my office ip",
    "sites that only allow our office ip for remote workers",
  ],
  "/cloudflare-one/traffic-policies/egress-policies/host-selectors/": [
    "match egress policies on hostname instead of ip",
    "host selector known issues with chrome and iframes",
  ],
  "/cloudflare-one/traffic-policies/enable-ids/": [
    "intrusion detection on my network traffic",
    "turn on ids signatures for magic transit or wan",
    "alert us when someone on our network tries a known exploit",
  ],
  "/cloudflare-one/traffic-policies/expression-syntax/": [
    "syntax for writing gateway policy expressions",
    "match several categories or a user group in one gateway rule",
    "operators like in, matches and any in gateway filters",
    "combine several conditions in one rule for my web filter",
  ],
  "/cloudflare-one/traffic-policies/get-started/dns/": [
    "block malware and adult sites for all company devices by dns",
    "create my first gateway dns policy",
    "connect an office router or devices to gateway dns",
    "parental control style web blocking for company devices",
  ],
  "/cloudflare-one/traffic-policies/get-started/http/": [
    "block a specific url path, not the whole domain",
    "start filtering web traffic with gateway http policies",
    "check that https inspection is working for a test device",
    "inspect https traffic from company laptops like a proxy",
  ],
  "/cloudflare-one/traffic-policies/get-started/network/": [
    "block ports or non-web apps for employees",
    "first gateway network policy on ip and port",
    "block non-web traffic to private networks for unmanaged users",
    "stop staff using bittorrent or remote desktop to outside hosts",
  ],
  "/cloudflare-one/traffic-policies/global-policies/": [
    "built in gateway rules that keep cloudflare services reachable",
    "why is traffic to the zero trust dashboard never blocked",
    "default gateway rules i cannot delete",
    "why can users still reach some cloudflare sites we never allowed",
  ],
  "/cloudflare-one/traffic-policies/http-policies/antivirus-scanning/": [
    "scan downloaded files for viruses",
    "block malware in file uploads and downloads",
    "which file types gateway cannot scan",
  ],
  "/cloudflare-one/traffic-policies/http-policies/common-policies/": [
    "example http policies to block sites, apps and categories",
    "isolate risky sites in a remote browser",
    "require an up to date os before browsing",
  ],
  "/cloudflare-one/traffic-policies/http-policies/file-sandboxing/": [
    "detonate unknown downloads in a sandbox before users open them",
    "hold a file until a sandbox scan finishes",
  ],
  "/cloudflare-one/traffic-policies/http-policies/granular-controls/": [
    "allow chatgpt but block uploads to it",
    "let users read but not post in a saas app",
    "block sharing or downloads inside google drive or microsoft apps",
  ],
  "/cloudflare-one/traffic-policies/http-policies/http3/": [
    "quic traffic skips my http policies",
    "inspect http/3 with the udp proxy",
  ],
  "/cloudflare-one/traffic-policies/http-policies/tenant-control/": [
    "allow the company microsoft 365 but block personal accounts",
    "block personal gmail while allowing our workspace",
    "tenant restriction headers for saas apps",
  ],
  "/cloudflare-one/traffic-policies/identity-selectors/": [
    "apply a web filter only to the finance group",
    "gateway policies based on user email or idp group",
    "group changes not reflected in gateway policies",
    "different browsing rules for interns and engineers",
  ],
  "/cloudflare-one/traffic-policies/network-policies/common-policies/": [
    "allow only web traffic and block everything else",
    "require device posture for private network access",
    "example gateway network policies",
  ],
  "/cloudflare-one/traffic-policies/network-policies/protocol-detection/": [
    "detect ssh or other protocols running on odd ports",
    "inspect https on all ports, not only 443",
  ],
  "/cloudflare-one/traffic-policies/network-policies/ssh-logging/": [
    "record the commands users run over ssh",
    "audit ssh sessions through gateway proxy",
  ],
  "/cloudflare-one/traffic-policies/packet-filtering/add-policies/": [
    "block a country at the network firewall",
    "add a magic firewall rule from the dashboard or api",
    "allow traffic from an ip list through the network firewall",
  ],
  "/cloudflare-one/traffic-policies/packet-filtering/best-practices/": [
    "recommended network firewall rules for my ip ranges",
    "reduce attack surface on my on-prem network",
  ],
  "/cloudflare-one/traffic-policies/packet-filtering/best-practices/extended-ruleset/": [
    "firewall rules per server type: web, routers, endpoints",
    "lock down my web servers so only cloudflare proxied traffic gets in",
  ],
  "/cloudflare-one/traffic-policies/packet-filtering/best-practices/minimal-ruleset/": [
    "block common udp reflection ports like ntp and memcached",
    "starter firewall ruleset for magic transit prefixes",
  ],
  "/cloudflare-one/traffic-policies/packet-filtering/best-practices/magic-transit-egress/": [
    "allow return traffic for connections my servers start",
    "firewall rules when magic transit carries egress",
  ],
  "/cloudflare-one/traffic-policies/packet-filtering/create-rate-limiting-policies/": [
    "cap packets per second to my network at the edge",
    "rate limit incoming traffic to an ip prefix",
  ],
  "/cloudflare-one/traffic-policies/packet-filtering/enable-managed-rulesets/": [
    "turn on cloudflare maintained network firewall rules",
    "managed rulesets for packet filtering via api",
  ],
  "/cloudflare-one/traffic-policies/packet-filtering/form-expressions/": [
    "wireshark style expressions in network firewall rules",
    "which fields can a packet filter rule match",
  ],
  "/cloudflare-one/traffic-policies/packet-filtering/network-firewall-overview/": [
    "firewall as a service for my offices and data centers",
    "replace a hardware firewall with cloudflare",
  ],
  "/cloudflare-one/traffic-policies/packet-filtering/protocol-validation-rules/": [
    "validate sip voip traffic at the firewall",
    "drop malformed sip packets",
  ],
  "/cloudflare-one/traffic-policies/packet-filtering/ruleset-logic/": [
    "do network firewall rules run before or after ddos protection",
    "order of custom and managed packet filter phases",
  ],
  "/cloudflare-one/traffic-policies/packet-filtering/traffic-types/": [
    "filter packets by port, protocol or tcp flags",
    "what packet attributes the network firewall can filter on",
  ],
  "/cloudflare-one/traffic-policies/proxy/": [
    "turn on the gateway proxy for tcp, udp and icmp",
    "ping hosts behind cloudflared",
    "udp traffic not filtered by gateway",
    "ping to internal servers does not work over the vpn",
  ],
  "/cloudflare-one/traffic-policies/resolver-policies/": [
    "send queries for our internal domain to our own dns server",
    "custom upstream resolver for corp.example.com",
    "resolve private hostnames through a tunnel",
    "internal hostnames do not resolve for remote staff",
  ],
  "/cloudflare-one/traffic-policies/tiered-policies/": [
    "share gateway policies across several accounts",
    "central security rules for subsidiaries",
    "one set of web filtering rules for all our subsidiaries",
  ],
  "/cloudflare-one/traffic-policies/tiered-policies/organizations/": [
    "push a gateway policy from the parent account to child accounts",
    "share one block page across accounts in an organization",
  ],
  "/cloudflare-one/traffic-policies/tiered-policies/tenant-api/": [
    "partner managing gateway policies for many customer accounts",
    "tiered vs siloed tenant accounts",
  ],
  "/cloudflare-one/traffic-policies/troubleshooting/": [
    "users egress from a far away country",
    "egress ip failover uses the wrong address",
    "gateway analytics page is empty",
    "websites think our staff are in the wrong country",
  ],
  "/cloudflare-one/team-and-resources/app-library/": [
    "see every saas app my company uses and its policies",
    "risk score or confidence rating for a saas application",
    "how cloudflare scores saas app security",
    "find shadow it apps employees signed up for",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/business-continuity/": [
    "what happens to employee laptops if cloudflare has an outage",
    "fail open or fail closed plan for the zero trust client",
    "keep employees working if the zero trust client fails",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/configure/": [
    "settings admins can change for the warp client",
    "customize the device agent for different groups of users",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/configure/client-sessions/": [
    "make users log in again every 8 hours on warp",
    "require reauthentication for private network access",
    "force users to reauthenticate with the identity provider",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/configure/device-ips/": [
    "give each device a fixed ip from my own subnet",
    "assign client ip ranges by user group",
    "stable device ip so servers can identify the user",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/configure/managed-networks/": [
    "use a different profile when a laptop is in the office",
    "detect the corporate network with a tls endpoint fingerprint",
    "turn off warp automatically on the office lan",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/configure/modes/device-information-only/":
    [
      "collect device posture without routing any traffic",
      "posture only mode with a client certificate",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/configure/route-traffic/": [
    "how warp decides where dns queries go",
    "add a dns search suffix for warp users",
    "which traffic and dns go through warp by default",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/configure/route-traffic/client-architecture/":
    [
      "how the zero trust client changes my routing table and firewall",
      "virtual network interface warp creates",
      "how warp handles dns and ip traffic on windows and mac",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/configure/route-traffic/local-domains/":
    [
      "internal .local or corp domains do not resolve with warp on",
      "send some domains to our office dns server instead of gateway",
      "internal names like printer.local stop resolving with the vpn app on",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/configure/settings/": [
    "let users turn warp off with an admin override code",
    "stop users from disconnecting or quitting the client",
    "install the cloudflare root certificate through the client",
    "auto connect again after a user switches warp off",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/configure/settings/captive-portals/":
    [
      "airport or hotel wi-fi login page will not load with warp",
      "how long warp pauses for a captive portal",
      "captive portal logs for users who cannot get online",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/configure/settings/emergency-disconnect/":
    [
      "disconnect every warp client at once during an incident",
      "kill switch for the device client from an external url",
      "turn warp off for everyone if our own network has problems",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/device-enrollment/":
    [
      "who is allowed to enroll a device in our zero trust org",
      "only let company emails register the warp client",
      "enroll servers or kiosks with a service token instead of a login",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/firewall/": [
    "ips and ports to allow in our firewall for warp",
    "corporate firewall blocks the zero trust client",
    "warp wireguard and masque ports",
    "the company vpn app cannot connect from our office network",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/hardware-backed-registration/":
    [
      "bind a warp registration to the device tpm",
      "stop someone copying a device identity to another machine",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/parameters/":
    [
      "mdm.xml keys for a managed warp deployment",
      "organization, auto_connect and service token parameters for warp",
      "preconfigure the team name for silent install",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/partners/":
    [
      "mdm tools with guides for deploying warp",
      "deploy warp with our existing device management tool",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/partners/intune/":
    [
      "deploy warp to windows and macs with microsoft intune",
      "push the cloudflare certificate and client via intune",
      "intune system extension and mobileconfig for warp on mac",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/partners/jamf/":
    [
      "install the zero trust client on macs with jamf",
      "jamf configuration profile for warp",
      "per-app vpn for warp on ios with jamf",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/partners/kandji/":
    ["kandji custom app for the cloudflare client", "roll out warp to a mac fleet with kandji"],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/partners/jumpcloud/":
    [
      "deploy the cloudflare device client from jumpcloud",
      "jumpcloud software management package for warp",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/partners/fleet/":
    ["install warp with fleetdm", "fleet mdm profile for the cloudflare one client"],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/partners/hexnode/":
    [
      "hexnode script to install the zero trust client",
      "deploy warp on phones and laptops with hexnode",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/path-mtu-discovery/":
    [
      "video calls break or large packets drop over warp",
      "mtu settings for the warp tunnel",
      "enable pmtud on the device client",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/protocol-handler/":
    [
      "fewer clicks for users registering the device client",
      "skip warp onboarding screens on managed laptops",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/switch-organizations/":
    [
      "let contractors switch warp between two companies",
      "configure several zero trust orgs in one mdm file",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/windows-multiuser/":
    [
      "shared windows pc where each user logs in to warp separately",
      "fast user switching with the device client",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/windows-no-auth-no-internet/":
    [
      "no internet on a laptop until the user signs in to zero trust",
      "lock down windows devices before warp registration",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/windows-prelogin/":
    [
      "reach the domain controller before windows sign in",
      "connect warp at the windows login screen with a service token",
      "windows login scripts and group policy need the network before sign in",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/vpn/": [
    "run warp next to cisco anyconnect or another vpn",
    "split tunnel settings so warp and my old vpn coexist",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/download/beta-releases/": [
    "get the beta build of the warp client",
    "try upcoming warp features before the stable release",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/download/cloudflare-one-agent-migration/":
    [
      "move users from the 1.1.1.1 app to the cloudflare one agent on phones",
      "what to do with the old warp app after migrating",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/download/lts-releases/": [
    "long term support version of warp for stable fleets",
    "how long lts client releases get security fixes",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/download/support-lifecycle/": [
    "which windows, macos and linux versions does warp support",
    "how long is a warp client version supported",
    "is my old warp version still supported",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/download/update/": [
    "keep the zero trust client up to date across the company",
    "test a new warp version before rolling it out",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/set-up/": [
    "first time rollout of warp to employee devices",
    "steps to enroll the first laptop in zero trust",
    "choose a login method before rolling out warp",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/troubleshooting/common-issues/":
    [
      "warp stuck on disconnected or keeps flapping",
      "registration error authentication expired",
      "your connection is not private after turning on warp",
      "no internet on my laptop after installing the company vpn app",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/troubleshooting/connectivity-status/":
    [
      "what each warp status message means while connecting",
      "warp stuck on connecting at a certain step",
      "unable to connect message in warp and what it means",
      "vpn app on my laptop sits on connecting forever",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/troubleshooting/diagnostic-logs/":
    [
      "run warp-diag and send the zip to support",
      "pull client logs remotely from the dashboard",
      "where are warp logs stored on mac, windows and linux",
      "get logs from the warp app on ios or android",
      "support asked for logs from the vpn app on my laptop",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/troubleshooting/known-limitations/":
    [
      "software known to conflict with the warp client",
      "warp and docker bridge networking on linux",
      "windows server and arm support for warp",
      "our antivirus or another vpn breaks the zero trust client",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/troubleshooting/troubleshooting-guide/":
    [
      "step by step debugging of the device client on desktop",
      "read warp logs to find why a site fails",
      "some websites fail only when warp is connected",
      "internal sites and some websites stop loading once the company vpn app is on",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/uninstall/": [
    "remove warp from a mac, windows or linux machine",
    "uninstall the zero trust client and its certificate",
    "get rid of the company vpn app after leaving a job",
  ],
  "/cloudflare-one/team-and-resources/devices/device-registration/": [
    "revoke a lost laptop's access",
    "delete a device registration to free a seat",
    "see which devices a user has enrolled",
  ],
  "/cloudflare-one/team-and-resources/devices/user-side-certificates/automated-deployment/": [
    "have warp install the root certificate for tls inspection",
    "trust the gateway certificate on managed devices automatically",
    "uninstall the certificate warp added",
  ],
  "/cloudflare-one/team-and-resources/devices/user-side-certificates/custom-certificate/": [
    "use our own root ca for https inspection",
    "python ssl errors with a custom gateway certificate",
    "error 526 after switching to our own inspection certificate",
  ],
  "/cloudflare-one/team-and-resources/devices/user-side-certificates/manual-deployment/": [
    "add the cloudflare root certificate to macos, windows or linux",
    "trust the inspection certificate in firefox, java, python or git",
    "certificate errors in curl and node after enabling tls decryption",
  ],
  "/cloudflare-one/team-and-resources/users/risk-score/": [
    "flag risky users based on their behavior",
    "block users with a high risk score in access",
    "send user risk to okta",
  ],
  "/cloudflare-one/team-and-resources/users/users/": [
    "see a user's devices and login history",
    "which identity was used for a user's policies",
  ],
  "/cloudflare-one/reusable-components/custom-pages/access-block-page/": [
    "custom page when someone fails an access login",
    "show a support contact on the access denied page",
  ],
  "/cloudflare-one/reusable-components/custom-pages/app-launcher-customization/": [
    "brand the app launcher with our logo and links",
    "custom welcome message on the employee app portal",
  ],
  "/cloudflare-one/reusable-components/packet-filtering-fields/": [
    "fields available in network firewall rules like ip.src.country",
    "match tcp flags or packet length in a firewall rule",
  ],
  "/cloudflare-one/reusable-components/posture-checks/access-integrations/": [
    "posture checks that work without the device client",
    "check the os of a browser-only user in an access policy",
  ],
  "/cloudflare-one/reusable-components/posture-checks/client-checks/": [
    "which posture checks work on which operating system",
    "block laptops that are missing os updates or a firewall",
  ],
  "/cloudflare-one/reusable-components/posture-checks/client-checks/antivirus/": [
    "only allow devices with antivirus turned on",
    "windows security center antivirus status as a posture check",
  ],
  "/cloudflare-one/reusable-components/posture-checks/client-checks/application-check/": [
    "require a specific process to be running on the laptop",
    "check an app is installed by its signing thumbprint",
  ],
  "/cloudflare-one/reusable-components/posture-checks/client-checks/client-certificate/": [
    "only allow devices that have our client certificate",
    "device certificate signed by our ca as a posture check",
    "client certificate posture check fails on a valid cert",
  ],
  "/cloudflare-one/reusable-components/posture-checks/client-checks/corp-device/": [
    "allow only company owned laptops by serial number",
    "list of serial numbers for posture",
  ],
  "/cloudflare-one/reusable-components/posture-checks/client-checks/device-uuid/": [
    "identify corporate devices by a uuid pushed from mdm",
    "device uuid posture check for managed devices",
  ],
  "/cloudflare-one/reusable-components/posture-checks/client-checks/disk-encryption/": [
    "require bitlocker or filevault before access",
    "block devices without full disk encryption",
  ],
  "/cloudflare-one/reusable-components/posture-checks/client-checks/domain-joined/": [
    "require windows machines joined to our active directory domain",
    "block personal windows pcs that are not domain joined",
  ],
  "/cloudflare-one/reusable-components/posture-checks/client-checks/file-check/": [
    "check that a certain file exists on the device",
    "posture check on a file path and its hash",
  ],
  "/cloudflare-one/reusable-components/posture-checks/client-checks/firewall/": [
    "require the os firewall to be enabled",
    "block laptops with the firewall turned off",
  ],
  "/cloudflare-one/reusable-components/posture-checks/client-checks/os-version/": [
    "block devices on an outdated operating system version",
    "minimum macos or windows version for app access",
  ],
  "/cloudflare-one/reusable-components/posture-checks/client-checks/require-gateway/": [
    "only allow devices enrolled in our zero trust org",
    "require gateway on the device before an app opens",
  ],
  "/cloudflare-one/reusable-components/posture-checks/client-checks/require-warp/": [
    "block visitors that are not running warp",
    "only let people using the warp client open my app",
  ],
  "/cloudflare-one/reusable-components/posture-checks/client-checks/sentinel-one/": [
    "require sentinelone agent running on the device",
    "sentinelone posture check on the device",
  ],
  "/cloudflare-one/reusable-components/posture-checks/client-checks/carbon-black/": [
    "require carbon black running before access",
    "check for the carbon black sensor on laptops",
  ],
  "/cloudflare-one/reusable-components/tags/": [
    "group apps in the app launcher with tags",
    "let users filter apps in the launcher by category",
  ],
  "/cloudflare-one/reusable-components/use-rules-list/": [
    "reuse an ip list across network firewall rules",
    "block known bad ips with managed threat lists",
    "block thousands of malicious ips without writing a rule for each",
  ],
  "/cloudflare-one/networks/connectivity-options/": [
    "which way to connect my offices, servers and laptops to zero trust",
    "compare tunnel, warp, mesh, gre and ipsec on-ramps",
    "how do users and networks get their traffic onto cloudflare one",
    "site to site vpn or agent on each laptop, which fits us",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-mesh/": [
    "private network between my laptops and servers like tailscale",
    "mesh vpn with private ips for every device",
    "cloudflare mesh vs cloudflare tunnel",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-mesh/client-devices/": [
    "join a phone or laptop to my mesh network",
    "split tunnel settings for mesh devices",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-mesh/get-started/": [
    "let my devices reach each other by private ip in minutes",
    "set up cloudflare mesh with the wizard",
    "mesh setup troubleshooting and logs",
    "connect my home lab machines to each other like tailscale",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-mesh/high-availability/": [
    "failover replica for a mesh node",
    "active passive mesh nodes for production",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-mesh/routes/": [
    "reach the whole subnet behind a mesh node",
    "site to site routing with mesh and return traffic",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-mesh/tips/": [
    "run a mesh node on aws, gcp or azure vms",
    "mesh alongside another vpn or cloudflared",
    "make ip forwarding survive a reboot",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/configure-tunnels/": [
    "harden and tune a cloudflared tunnel for production",
    "common cloudflared configuration changes",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/configure-tunnels/cipher-suites/": [
    "which tls ciphers does cloudflared use",
    "tunnel cipher suites for compliance review",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/configure-tunnels/origin-parameters/": [
    "tunnel to an https origin with a self-signed certificate",
    "notlsverify and originservername in cloudflared",
    "change the host header cloudflared sends to my app",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/configure-tunnels/remote-tunnel-permissions/":
    [
      "get or rotate the token of my tunnel",
      "someone leaked our tunnel token, what now",
      "who can run or edit a remotely managed tunnel",
    ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/configure-tunnels/run-parameters/": [
    "flags for cloudflared tunnel run like loglevel and protocol",
    "turn off cloudflared autoupdate",
    "expose cloudflared metrics on a fixed port",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/configure-tunnels/tunnel-availability/deploy-replicas/":
    [
      "run the same tunnel on two servers for redundancy",
      "cloudflared replicas for high availability",
    ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/configure-tunnels/tunnel-availability/system-requirements/":
    [
      "how much cpu and memory does cloudflared need",
      "how many users can one tunnel handle",
      "ulimit and port sizing for a busy cloudflared",
    ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/configure-tunnels/tunnel-with-firewall/": [
    "outbound ports and hosts cloudflared needs through my firewall",
    "block all inbound traffic and still serve my site through a tunnel",
    "region1.v2.argotunnel.com port 7844",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/deployment-guides/": [
    "guides for running cloudflared in the cloud or kubernetes",
    "deploy a tunnel on aws, azure, gcp or with terraform",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/deployment-guides/ansible/": [
    "automate cloudflared installs with ansible",
    "terraform plus ansible to deploy a tunnel on a vm",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/deployment-guides/aws/": [
    "expose an ec2 instance without a public ip",
    "cloudflared on aws to reach a private vpc",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/deployment-guides/azure/": [
    "connect an azure vm to cloudflare without opening ports",
    "cloudflared on azure",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/deployment-guides/google-cloud-platform/":
    ["publish an app on a gcp compute engine vm through a tunnel", "cloudflared on google cloud"],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/deployment-guides/kubernetes/": [
    "run cloudflared as a deployment in my k8s cluster",
    "expose a kubernetes service without an ingress load balancer",
    "store the tunnel token as a kubernetes secret",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/deployment-guides/terraform/": [
    "create a tunnel and dns record with terraform",
    "infrastructure as code for cloudflare tunnel",
    "terraform example for a tunnel on a google cloud vm",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/do-more-with-tunnels/": [
    "locally managed vs remotely managed tunnel",
    "quick tunnels and other tunnel types",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/do-more-with-tunnels/local-management/": [
    "manage a tunnel from a config file instead of the dashboard",
    "when to use a cli managed tunnel",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/do-more-with-tunnels/local-management/as-a-service/linux/":
    [
      "start cloudflared on boot with systemd",
      "install a locally managed tunnel as a linux service",
    ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/do-more-with-tunnels/local-management/as-a-service/macos/":
    ["keep cloudflared running on a mac after reboot", "cloudflared launch agent on macos"],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/do-more-with-tunnels/local-management/as-a-service/windows/":
    [
      "run cloudflared as a windows service with a config file",
      "windows service for a locally managed tunnel",
    ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/do-more-with-tunnels/local-management/configuration-file/":
    [
      "config.yml ingress rules for several hostnames on one tunnel",
      "route paths of a hostname to different local services",
      "validate cloudflared ingress rules",
    ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/do-more-with-tunnels/local-management/create-local-tunnel/":
    [
      "cloudflared tunnel login, create and route dns from the terminal",
      "create a tunnel with the cli step by step",
    ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/do-more-with-tunnels/local-management/local-tunnel-terms/":
    [
      "what are cert.pem and the credentials json file",
      "where cloudflared keeps its config by default",
    ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/do-more-with-tunnels/local-management/tunnel-permissions/":
    ["revoke the account certificate used by cloudflared", "who owns a locally managed tunnel"],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/do-more-with-tunnels/local-management/tunnel-useful-commands/":
    ["list, delete and clean up tunnels from the cli", "cloudflared commands cheat sheet"],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/downloads/": [
    "download cloudflared for linux, mac, windows or docker",
    "install cloudflared with apt, brew or the docker image",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/downloads/update-cloudflared/": [
    "upgrade cloudflared without downtime",
    "cloudflared update command and restarts",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/get-started/create-remote-tunnel-api/": [
    "create a tunnel and publish a hostname with the api",
    "script tunnel creation with curl",
    "api token permissions to create tunnels",
    "automate exposing a new internal service from our deploy pipeline",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/get-started/tunnel-useful-terms/": [
    "what is a connector, replica or quick tunnel",
    "tunnel uuid and tunnel name meaning",
    "what is the difference between a tunnel and the program running it",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/monitor-tunnels/logs/": [
    "watch live cloudflared logs from the dashboard",
    "stream logs from a tunnel replica",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/monitor-tunnels/metrics/": [
    "prometheus metrics from cloudflared",
    "tunnel throughput and request counts for grafana",
    "change the metrics port of cloudflared",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/monitor-tunnels/notifications/": [
    "email me when my tunnel goes down",
    "alerts for tunnel health changes",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/private-net/cloudflared/": [
    "expose a private subnet to warp users with cloudflared",
    "cloudflared as a connector for an internal network",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/private-net/cloudflared/connect-private-hostname/":
    [
      "reach internal apps by hostname instead of ip over warp",
      "private hostname routes like wiki.internal",
      "internal hostname resolves but does not load over zero trust",
    ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/private-net/cloudflared/private-dns/": [
    "resolve internal dns names for remote users through a tunnel",
    "use our internal dns server for warp clients",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/private-net/cloudflared/tunnel-virtual-networks/":
    [
      "two offices both use 10.0.0.0/8, how do i route to each",
      "overlapping private ip ranges across tunnels",
      "switch between staging and production networks in warp",
    ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/routing-to-tunnel/dns/": [
    "cname my hostname to the cfargotunnel.com address",
    "dns record for a tunnel hostname",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/routing-to-tunnel/protocols/": [
    "which protocols can a tunnel publish: http, ssh, rdp, tcp",
    "point a tunnel at an ipv6 local service",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/routing-to-tunnel/public-load-balancers/":
    [
      "load balance between two tunnels in different regions",
      "use tunnels as origins of a load balancer",
      "health monitors for tunnel origins in a load balancer",
    ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/troubleshoot-tunnels/": [
    "where to start when my tunnel is not working",
    "tunnel troubleshooting guides for dns, ports and private networks",
    "my self-hosted app stopped loading from outside the house",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/troubleshoot-tunnels/connectivity-prechecks/":
    [
      "cloudflared cannot reach cloudflare, check dns and port 7844",
      "test udp and tcp connectivity before installing a tunnel",
      "cloudflared fails with a quic or timeout error on startup",
      "our corporate firewall may be blocking the outbound connection to cloudflare",
    ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/troubleshoot-tunnels/diag-logs/": [
    "cloudflared tunnel diag report for support",
    "collect tunnel diagnostics from docker or kubernetes",
    "what files are in a cloudflared diagnostic report",
    "support asked me for logs from the connector on my server",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/troubleshoot-tunnels/private-networks/": [
    "warp users cannot reach a private ip behind the tunnel",
    "private app times out over zero trust, what to check",
    "check split tunnels and gateway rules when a private app is unreachable",
    "remote staff cannot open an internal server by its 10.x address",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/use-cases/": [
    "what can i expose through a tunnel besides websites",
    "tunnel examples for ssh, rdp, smb and grpc",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/use-cases/grpc/": [
    "reach a private grpc server through cloudflare",
    "grpc over a tunnel for warp users",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/use-cases/rdp/rdp-browser/": [
    "remote desktop into windows from a browser",
    "rdp without a vpn or rdp client",
    "control clipboard copy and paste in browser rdp",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/use-cases/rdp/rdp-cloudflared-authentication/":
    [
      "rdp through cloudflared access rdp on the user's pc",
      "remote desktop to a tunnel hostname without warp",
    ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/use-cases/rdp/rdp-device-client/": [
    "use microsoft remote desktop over warp to a private ip",
    "rdp to a cloud vm through the zero trust client",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/use-cases/smb/": [
    "reach a windows file share remotely without opening port 445",
    "mount an smb share over warp",
    "map a network drive through a tunnel on mac or windows",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/use-cases/ssh/ssh-browser-rendering/": [
    "ssh into my server from chrome",
    "browser ssh without managing keys",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/use-cases/ssh/ssh-cloudflared-authentication/":
    ["ssh proxycommand with cloudflared access ssh", "ssh to a tunnel hostname from my terminal"],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/use-cases/ssh/ssh-device-client/": [
    "ssh with my own keys to a private server over warp",
    "close port 22 and still ssh in",
    "ssh to a private ip through a tunnel with warp",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/use-cases/ssh/ssh-infrastructure-access/":
    [
      "ssh access by identity with short lived certificates and logs",
      "let engineers ssh as specific unix users only",
      "replace ssh keys with identity based access to servers",
    ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/use-cases/vnc-browser-rendering/": [
    "vnc desktop in a browser tab",
    "remote into a linux desktop without a vnc client",
  ],
  "/cloudflare-one/data-loss-prevention/data-classification/": [
    "label documents by sensitivity across dlp",
    "data classes vs dlp profiles",
    "tag files as confidential or public so rules treat them differently",
  ],
  "/cloudflare-one/data-loss-prevention/data-classification/build-a-data-class/": [
    "reusable rule that marks content as confidential",
    "create a data class from detection entries",
  ],
  "/cloudflare-one/data-loss-prevention/data-classification/configure-labels-and-templates/": [
    "sensitivity levels like public, internal, restricted in dlp",
    "data tags and classification templates",
  ],
  "/cloudflare-one/data-loss-prevention/detection-entries/": [
    "building blocks dlp uses to spot sensitive data",
    "dlp detection entry types",
    "match our own customer id format or a list of exact values in uploads",
  ],
  "/cloudflare-one/data-loss-prevention/detection-entries/configure-detection-entries/": [
    "regex to detect our internal project codes in uploads",
    "upload a list of customer records for exact data match",
    "custom word list for dlp",
  ],
  "/cloudflare-one/data-loss-prevention/detection-entries/predefined-detection-entries/": [
    "built in detections for credit cards, ssn, iban and api keys",
    "which sensitive data types dlp detects out of the box",
    "list of dlp detections for passports, tax ids and health data",
  ],
  "/cloudflare-one/data-loss-prevention/dlp-policies/": [
    "stop employees uploading customer data to websites",
    "block files with social security numbers leaving the company",
    "create a gateway dlp policy",
    "employees upload confidential files to personal dropbox accounts",
  ],
  "/cloudflare-one/data-loss-prevention/dlp-policies/common-policies/": [
    "block uploads of certain file types",
    "log every file upload and download",
    "dlp exceptions for specific sites or android apps",
  ],
  "/cloudflare-one/data-loss-prevention/dlp-policies/logging-options/": [
    "keep an encrypted copy of the data that triggered dlp",
    "log what users type into ai chatbots",
    "dlp payload logging and forensic evidence",
  ],
  "/cloudflare-one/data-loss-prevention/dlp-profiles/advanced-settings/": [
    "only trigger dlp after several matches",
    "scan text inside images with ocr",
    "dlp confidence threshold and ai context analysis",
  ],
  "/cloudflare-one/data-loss-prevention/dlp-profiles/integration-profiles/": [
    "use microsoft purview sensitivity labels in dlp",
    "block files labelled confidential in office",
  ],
  "/cloudflare-one/data-loss-prevention/dlp-profiles/predefined-profiles/": [
    "ready made dlp profiles for financial, health and pii data",
    "detect source code or secrets in uploads",
    "block har files or credentials from being uploaded",
  ],
  "/cloudflare-one/data-loss-prevention/dlp-settings/": [
    "account wide dlp settings like ocr and payload encryption",
    "mask matched data in dlp logs",
    "scan text inside screenshots and scanned pdfs for sensitive data",
  ],
  "/cloudflare-one/data-loss-prevention/troubleshoot-dlp/": [
    "pii record profile never matches",
    "dlp options greyed out in the dashboard",
    "uploads with credit card numbers are not being blocked",
  ],
  "/cloudflare-one/cloud-and-saas-findings/casb-dlp/": [
    "find files with sensitive data in google drive or onedrive",
    "scan saas storage for credit card numbers",
    "someone stored a spreadsheet of customer card numbers in a shared drive",
  ],
  "/cloudflare-one/cloud-and-saas-findings/manage-findings/": [
    "publicly shared files found in our saas apps",
    "remediate or ignore a casb finding",
    "change the severity of a posture finding",
    "clean up risky sharing settings found in our workspace",
  ],
  "/cloudflare-one/cloud-and-saas-findings/troubleshoot-casb/": [
    "casb integration fails to connect",
    "findings still show after i fixed the issue",
    "force a rescan of a saas integration",
    "our google workspace scan shows an error and no results",
  ],
  "/cloudflare-one/remote-browser-isolation/accessibility/": [
    "screen reader support in isolated browsing",
    "change the language of the remote browser",
  ],
  "/cloudflare-one/remote-browser-isolation/canvas-remoting/": [
    "web apps with heavy canvas are slow in the remote browser",
    "turn off canvas remoting for a session",
  ],
  "/cloudflare-one/remote-browser-isolation/extensions/": [
    "install a chrome extension inside the isolated browser",
    "change the user agent of the remote browser",
    "our password manager extension is missing in the sandboxed browser",
  ],
  "/cloudflare-one/remote-browser-isolation/isolation-policies/": [
    "isolate risky or new domains in a remote browser",
    "disable copy, paste, printing or downloads on isolated pages",
    "which sites to isolate and which to skip",
    "stop people downloading files from sites we do not trust",
  ],
  "/cloudflare-one/remote-browser-isolation/known-limitations/": [
    "sites that do not work in browser isolation",
    "largest file i can download through the remote browser",
    "does browser isolation work with brave or in a vm",
    "a site breaks or looks wrong only in the sandboxed browser",
  ],
  "/cloudflare-one/remote-browser-isolation/network-dependencies/": [
    "firewall rules so isolated browsing works",
    "domains to allow for the remote browser client",
    "sandboxed browsing fails behind our office firewall",
  ],
  "/cloudflare-one/remote-browser-isolation/setup/": [
    "turn on browser isolation for my users",
    "tell whether a page is being isolated",
    "open links from email in a sandboxed browser",
  ],
  "/cloudflare-one/remote-browser-isolation/setup/clientless-browser-isolation/": [
    "let contractors browse through a remote browser without installing anything",
    "open a link in the isolated browser by prefixing the url",
    "reach private web apps from an unmanaged device through isolation",
  ],
  "/cloudflare-one/remote-browser-isolation/setup/non-identity/": [
    "isolate browsing for office networks without user login",
    "browser isolation with a pac file or dns location",
  ],
  "/cloudflare-one/remote-browser-isolation/troubleshooting/": [
    "webgl rendering error in the remote browser",
    "css or images broken when a site is isolated",
    "pages look blank or broken when opened through isolation",
  ],
  "/cloudflare-one/insights/": [
    "which zero trust dashboards and logs to check for a problem",
    "monitor zero trust during rollout and daily",
    "find out why an employee could not reach a site yesterday",
  ],
  "/cloudflare-one/insights/analytics-overview/": [
    "summary of what zero trust blocked this week",
    "zero trust overview numbers for access and gateway",
    "how many threats were stopped for our staff this week",
  ],
  "/cloudflare-one/insights/analytics/": [
    "saved zero trust analytics views",
    "prebuilt reports in cloudflare one",
    "report for management on what our web filter blocked",
  ],
  "/cloudflare-one/insights/analytics/access/": [
    "who logged in to which app and from where",
    "failed login attempts to access applications",
  ],
  "/cloudflare-one/insights/analytics/ai-security/": [
    "which ai tools are employees using",
    "how much data is uploaded to chatgpt and other ai apps",
  ],
  "/cloudflare-one/insights/analytics/application-access/": [
    "report of access decisions and admin changes",
    "top applications by login events",
  ],
  "/cloudflare-one/insights/analytics/data-analytics/": [
    "dashboard of dlp matches and saas findings",
    "sensitive data exposure over time",
  ],
  "/cloudflare-one/insights/analytics/gateway/": [
    "top blocked domains and categories",
    "charts of dns queries and http requests through gateway",
    "graphql for gateway dns and http analytics",
  ],
  "/cloudflare-one/insights/analytics/network-sessions/": [
    "bandwidth and sessions by location in zero trust",
    "which destinations use the most traffic",
  ],
  "/cloudflare-one/insights/analytics/shadow-it-discovery/": [
    "find unapproved saas apps employees use",
    "mark apps approved or unapproved and block the rest",
    "count users of each unsanctioned app",
  ],
  "/cloudflare-one/insights/dex/dex-mcp-server/": [
    "ask an ai assistant about device connectivity data",
    "connect claude to digital experience monitoring",
  ],
  "/cloudflare-one/insights/dex/diagnostics/": [
    "remote tools to debug a user's connection",
    "remote capture and speed test for employee devices",
  ],
  "/cloudflare-one/insights/dex/diagnostics/client-packet-capture/": [
    "capture packets on an employee laptop remotely",
    "download a pcap and warp-diag from a user's device",
    "diagnostics analyzer for captured device logs",
  ],
  "/cloudflare-one/insights/dex/diagnostics/speed-test/": [
    "run a speed test on a remote user's device",
    "user says the internet is slow, measure it from their laptop",
  ],
  "/cloudflare-one/insights/dex/ip-visibility/": [
    "see a device's local, isp and public ip",
    "history of ip addresses a laptop used",
  ],
  "/cloudflare-one/insights/dex/monitoring/": [
    "cpu, memory and wi-fi health of user devices",
    "how many devices are connected right now",
    "export device state logs from dex",
  ],
  "/cloudflare-one/insights/dex/notifications/": [
    "alert when many users lose connectivity",
    "notification when an app test degrades",
  ],
  "/cloudflare-one/insights/dex/rules/": [
    "run dex tests only for some users or devices",
    "target digital experience tests at a user group",
  ],
  "/cloudflare-one/insights/dex/tests/": [
    "synthetic checks from employee devices to an app",
    "monitor whether users can reach our internal tools",
  ],
  "/cloudflare-one/insights/dex/tests/http/": [
    "measure page load time to a saas app from every laptop",
    "http availability test in dex",
  ],
  "/cloudflare-one/insights/dex/tests/traceroute/": [
    "trace the network path from user devices to an app",
    "find which hop adds latency for remote workers",
  ],
  "/cloudflare-one/insights/dex/tests/view-results/": [
    "results of a dex test for one device",
    "see availability and latency of an app over time in dex",
  ],
  "/cloudflare-one/insights/logs/dashboard-logs/": [
    "where to find zero trust logs in the dashboard",
    "list of log types in cloudflare one",
  ],
  "/cloudflare-one/insights/logs/dashboard-logs/admin-activity-logs/": [
    "who changed a zero trust policy",
    "audit configuration changes by admins",
  ],
  "/cloudflare-one/insights/logs/dashboard-logs/gateway-logs/manage-pii/": [
    "hide user emails and ips from gateway logs",
    "privacy settings for employee activity logs",
  ],
  "/cloudflare-one/insights/logs/dashboard-logs/posture-logs/": [
    "why did a device fail its posture check",
    "device posture results per user",
  ],
  "/cloudflare-one/insights/logs/dashboard-logs/scim-logs/": [
    "audit users and groups pushed from okta or entra",
    "scim sync errors",
  ],
  "/cloudflare-one/insights/logs/dashboard-logs/ssh-command-logs/": [
    "see which commands someone ran on a server",
    "export ssh session logs",
  ],
  "/cloudflare-one/insights/logs/dashboard-logs/tunnel-audit-logs/": [
    "who created or deleted a tunnel",
    "history of tunnel configuration changes",
  ],
  "/cloudflare-one/insights/logs/logpush/": [
    "send gateway and access logs to splunk or s3",
    "which zero trust log datasets can i export",
    "parse gateway dns logs after export",
  ],
  "/cloudflare-one/insights/logs/logpush/email-security-logs/": [
    "export email threat detections to my siem",
    "logpush for email security user actions",
  ],
  "/cloudflare-one/insights/logs/logpush/ids-logs/": [
    "export intrusion detection alerts",
    "logpush job for ids detections",
  ],
  "/cloudflare-one/insights/logs/logpush/network-firewall-log-filters/": [
    "export only blocked packets from the network firewall",
    "filter firewall logs by rule before pushing",
  ],
  "/cloudflare-one/insights/network-visibility/diagnostics/": [
    "record raw packets crossing cloudflare for my network",
    "sample vs full packet captures",
  ],
  "/cloudflare-one/insights/network-visibility/diagnostics/buckets/": [
    "storage bucket for full packet captures",
    "write packet captures to r2 or gcs",
  ],
  "/cloudflare-one/insights/network-visibility/diagnostics/packet-captures/": [
    "start a packet capture on magic transit traffic",
    "how long and how big a packet capture can be",
  ],
  "/cloudflare-one/networks/resolvers-and-proxies/dns/": [
    "dns filtering endpoints for networks and browsers",
    "doh, dot and resolver ips for gateway",
  ],
  "/cloudflare-one/networks/resolvers-and-proxies/dns/dns-over-https/": [
    "point firefox or chrome doh at our gateway",
    "filter encrypted dns by user with a service token",
    "doh endpoint url for my gateway location",
  ],
  "/cloudflare-one/networks/resolvers-and-proxies/dns/dns-over-tls/": [
    "encrypted dns from my router to gateway over tls",
    "android private dns hostname for gateway",
  ],
  "/cloudflare-one/networks/resolvers-and-proxies/dns/locations/dns-resolver-ips/": [
    "ip addresses to set as dns servers on my office router",
    "dedicated or bring your own resolver ip for gateway",
    "how gateway matches a dns query to my location",
  ],
  "/cloudflare-one/networks/resolvers-and-proxies/proxy-endpoints/": [
    "filter browser traffic with a pac file instead of an agent",
    "explicit web proxy for devices that cannot run warp",
    "hosted pac file for gateway",
  ],
  "/cloudflare-one/networks/resolvers-and-proxies/proxy-endpoints/best-practices/": [
    "pac file template that skips the identity provider",
    "speed up pac file evaluation",
  ],
  "/cloudflare-one/networks/resolvers-and-proxies/proxy-endpoints/configure-pac-file-on-device/": [
    "push a proxy auto config url through gpo, intune or jamf",
    "set the system proxy on windows and mac",
    "firefox ignores the system proxy setting",
  ],
  "/cloudflare-one/networks/routes/": [
    "map private ips and hostnames to connectors",
    "cidr, hostname and wan routes in zero trust",
    "tell the vpn which internal ip ranges live behind which server",
  ],
  "/cloudflare-one/networks/routes/add-routes/": [
    "add a cidr route so warp users reach 10.0.0.0/16",
    "route an internal hostname to a tunnel",
    "add a wan route to a private network",
  ],
  "/cloudflare-one/networks/routes/reserved-ips/": [
    "ip ranges cloudflare uses internally that i must not overlap",
    "100.96.0.0/12 and other zero trust reserved ranges",
  ],
  "/cloudflare-one/setup/replace-vpn/device-to-device/": [
    "connect two laptops directly without a vpn server",
    "let devices reach each other by private ip",
  ],
  "/cloudflare-one/setup/replace-vpn/device-to-network/": [
    "remote employees reach the office network without a vpn",
    "laptop to private network over a tunnel",
    "set the ip range a tunnel serves to remote laptops",
  ],
  "/cloudflare-one/setup/replace-vpn/network-to-network/": [
    "link two office networks through cloudflare",
    "site to site connection with mesh nodes",
  ],
  "/cloudflare-one/setup/secure-private-apps/": [
    "let people reach internal apps from a browser only",
    "secure internal apps without a vpn client",
    "intranet site only reachable in the office but staff work from home",
  ],
  "/cloudflare-one/setup/secure-private-apps/in-browser-rdp/": [
    "give staff windows desktops through the browser",
    "browser rdp quick setup",
  ],
  "/cloudflare-one/api-terraform/": [
    "manage zero trust config with terraform or the api",
    "make the zero trust dashboard read only",
    "keep our vpn and web filter settings in git as code",
  ],
  "/cloudflare-one/implementation-guides/": [
    "step by step zero trust deployment playbooks",
    "implementation guide for securing web traffic or replacing a vpn",
    "rollout plan for securing a small company's staff and apps",
  ],
  "/cloudflare-one/tutorials/access-workers/": [
    "add custom headers to requests going to an access protected origin",
    "worker that injects headers behind access",
    "add a secret header so my backend only accepts requests that passed sso",
  ],
  "/cloudflare-one/tutorials/ai-wrapper-tenant-control/": [
    "internal chatgpt style app for employees behind sso",
    "secure an ai chat wrapper with ai gateway and access",
  ],
  "/cloudflare-one/tutorials/cli/": [
    "call an access protected api from the command line",
    "cloudflared access login and token for scripts",
    "call an internal api behind sso from a bash script",
  ],
  "/cloudflare-one/tutorials/clientless-access-private-dns/": [
    "open an internal app by its private hostname without installing warp",
    "private dns names through clientless browser isolation",
    "open intranet.corp links from any browser without installing anything",
  ],
  "/cloudflare-one/tutorials/deploy-client-headless-linux/": [
    "install warp on a linux server without a gui",
    "enroll headless machines with a service token",
    "warp-cli registration on a linux vm",
    "put a linux build server on the company vpn without a desktop",
  ],
  "/cloudflare-one/tutorials/detect-mcp-traffic-gateway-logs/": [
    "find employees connecting to remote mcp servers",
    "spot json-rpc mcp calls in gateway http logs",
    "which employees use ai agent tools that talk to outside servers",
  ],
  "/cloudflare-one/tutorials/entra-id-conditional-access/": [
    "reuse entra id conditional access in cloudflare policies",
    "azure ad conditional access with access applications",
    "apply the sign-in rules we already set in microsoft to our internal apps",
  ],
  "/cloudflare-one/tutorials/entra-id-risky-users/": [
    "send risky azure ad users to an isolated browser",
    "sync entra risky user groups to gateway",
  ],
  "/cloudflare-one/tutorials/extend-sso-with-workers/": [
    "pass idp groups and attributes to my backend as headers",
    "forward the user's identity from access to an origin",
    "my backend needs to know which user is logged in and their groups",
  ],
  "/cloudflare-one/tutorials/fastapi/": [
    "verify the access jwt in a python api",
    "check cf-access-jwt-assertion in fastapi",
    "make sure requests to my python backend really came through sso",
  ],
  "/cloudflare-one/tutorials/gitlab/": [
    "self-hosted gitlab behind zero trust with git over ssh",
    "protect gitlab web and ssh with access and a tunnel",
    "git clone over ssh through cloudflare",
    "self-hosted git server reachable for remote developers without exposing it",
  ],
  "/cloudflare-one/tutorials/grafana/": [
    "grafana dashboard for cloudflared metrics",
    "scrape tunnel metrics with prometheus",
  ],
  "/cloudflare-one/tutorials/graphql-analytics/": [
    "query network firewall rule hits with graphql",
    "graphql example for magic firewall analytics",
  ],
  "/cloudflare-one/tutorials/integrate-microsoft-mcas-teams/": [
    "block apps that microsoft defender for cloud apps marked unsanctioned",
    "import mcas banned app list into a gateway policy",
  ],
  "/cloudflare-one/tutorials/kubectl/": [
    "kubectl to a private cluster through access",
    "reach the kubernetes api without exposing it",
    "reach a private kubernetes api from a laptop without a bastion host",
  ],
  "/cloudflare-one/tutorials/m365-dedicated-egress-ips/": [
    "only allow microsoft 365 logins from our egress ip",
    "entra named location with gateway egress ips",
    "block microsoft 365 logins from personal devices and home networks",
  ],
  "/cloudflare-one/tutorials/mongodb-tunnel/": [
    "connect to mongodb securely through a tunnel",
    "zero trust rules for a mongo database in kubernetes",
    "reach a database in kubernetes from a laptop without exposing it",
  ],
  "/cloudflare-one/tutorials/mysql-network-policy/": [
    "let developers reach a private mysql database over warp",
    "gateway network policy for database access",
    "developers need the company database from home without a bastion",
  ],
  "/cloudflare-one/tutorials/okta-u2f/": [
    "require a hardware security key from okta for one app",
    "access policy that demands u2f or webauthn",
    "require a yubikey to open our most sensitive app",
  ],
  "/cloudflare-one/tutorials/r2-logs/": [
    "store zero trust logs in r2",
    "logpush gateway logs into an r2 bucket",
    "keep security logs in cheap s3 compatible storage",
  ],
  "/cloudflare-one/tutorials/regional-private-dns-resolver-policies/": [
    "send internal dns queries to the nearest regional dns server",
    "resolver policies per region with a fallback",
    "internal names should resolve to the nearest office's server",
  ],
  "/cloudflare-one/tutorials/s3-buckets/": [
    "only let employees on zero trust download from an s3 bucket",
    "lock an s3 bucket to our egress ip or vpc endpoint",
    "stop anyone outside the company downloading from our aws bucket",
  ],
  "/cloudflare-one/tutorials/tunnel-kubectl/": [
    "kubectl credential plugin through a cloudflare tunnel",
    "client-go exec auth with cloudflared",
  ],
  "/cloudflare-one/tutorials/user-selectable-egress-ips/": [
    "let users pick which country or ip they browse from",
    "switch egress ip by choosing a virtual network in warp",
    "let testers browse as if they were in another country",
  ],
  "/cloudflare-one/integrations/": [
    "identity providers, saas and edr integrations for zero trust",
    "third party tools cloudflare one connects to",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/": [
    "scan our saas apps for misconfigurations",
    "casb api integrations with google workspace, microsoft 365 and others",
    "connect microsoft 365, slack or github so risky settings get flagged",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/anthropic/": [
    "audit our claude organization with casb",
    "security findings for anthropic workspaces",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/atlassian-confluence/": [
    "find publicly shared confluence pages",
    "connect confluence cloud to casb",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/atlassian-jira/": [
    "misconfigurations and exposed jira projects",
    "jira casb integration",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/aws-s3/": [
    "find public s3 buckets and risky aws settings",
    "connect an aws account to casb",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/bitbucket-cloud/": [
    "public repos and risky settings in bitbucket",
    "scan bitbucket workspaces with casb",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/box/": [
    "files shared publicly from box",
    "box casb integration",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/dropbox/": [
    "dropbox files shared with anyone with the link",
    "connect dropbox to cloudflare casb",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/findings/": [
    "list of issues casb found across saas apps",
    "send casb findings to a webhook",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/gcp-cloud-storage/": [
    "public google cloud storage buckets",
    "scan gcs buckets for sensitive data",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/github/": [
    "github org security findings like public repos and missing 2fa",
    "connect github to casb",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/google-workspace/": [
    "users without 2fa or files shared externally in google workspace",
    "google workspace casb permissions",
    "connect google workspace to casb with a service account",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/google-workspace/gemini/": [
    "risky gemini settings in google workspace",
    "gemini findings from casb",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/google-workspace/gmail/": [
    "gmail forwarding rules to outside addresses",
    "gmail casb findings",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/google-workspace/google-admin/": [
    "google admin misconfigurations like super admins without mfa",
    "google admin console findings",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/google-workspace/google-drive/": [
    "google drive files shared publicly or with personal accounts",
    "find sensitive files in google drive",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/microsoft-365/": [
    "microsoft 365 security findings with casb",
    "connect entra and m365 to cloudflare casb",
    "find risky sharing and admin settings in m365",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/microsoft-365/onedrive/": [
    "onedrive files shared with anyone",
    "onedrive casb findings and sensitive files",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/microsoft-365/sharepoint/": [
    "sharepoint sites and files exposed externally",
    "sharepoint casb integration",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/microsoft-365/outlook/": [
    "outlook mailbox forwarding and delegation risks",
    "outlook casb findings",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/microsoft-365/admin-center/": [
    "m365 admin accounts without mfa",
    "microsoft 365 admin center misconfigurations",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/microsoft-365/m365-copilot/": [
    "copilot settings that may overshare data",
    "microsoft copilot casb integration",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/openai/": [
    "audit our chatgpt enterprise workspace",
    "openai organization findings in casb",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/salesforce/": [
    "salesforce security misconfigurations with casb",
    "connect salesforce to cloudflare casb",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/servicenow/": [
    "servicenow instance posture findings",
    "connect servicenow to casb",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/slack/": [
    "slack channels shared externally or risky apps",
    "connect slack to casb",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/troubleshooting/casb/": [
    "casb integration shows an error after setup",
    "casb permissions or oauth errors",
    "connecting our microsoft 365 tenant for scanning fails with a permissions error",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/troubleshooting/troubleshoot-compute-accounts/": [
    "aws or gcp account integration fails in casb",
    "missing permissions for cloud compute scans",
    "scanning our aws account for misconfigurations fails",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/troubleshooting/troubleshoot-integrations/": [
    "reconnect a broken saas integration",
    "saas integration stopped scanning",
    "our google workspace connection broke after an admin left",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/webhooks/": [
    "post casb findings to slack or my own endpoint",
    "webhook payload for saas findings",
  ],
  "/cloudflare-one/integrations/identity-providers/adfs/": [
    "use active directory federation services to log in to access",
    "adfs relying party trust for cloudflare",
  ],
  "/cloudflare-one/integrations/identity-providers/aws-saml/": [
    "aws iam identity center as the login for access",
    "aws saml identity provider for zero trust",
  ],
  "/cloudflare-one/integrations/identity-providers/awscognito-oidc/": [
    "amazon cognito user pool as an access identity provider",
    "log in with cognito to protected apps",
  ],
  "/cloudflare-one/integrations/identity-providers/centrify/": [
    "centrify login for zero trust",
    "centrify oidc or saml with cloudflare",
  ],
  "/cloudflare-one/integrations/identity-providers/citrixadc-saml/": [
    "citrix adc netscaler as saml idp for access",
    "citrix gateway login for zero trust",
  ],
  "/cloudflare-one/integrations/identity-providers/cloudflare/": [
    "log in to access with cloudflare dashboard accounts",
    "no identity provider, use cloudflare accounts for login",
  ],
  "/cloudflare-one/integrations/identity-providers/facebook-login/": [
    "let people log in with facebook to my protected app",
    "facebook identity provider for access",
  ],
  "/cloudflare-one/integrations/identity-providers/google/": [
    "let any gmail user log in to access",
    "consumer google login for an access app",
  ],
  "/cloudflare-one/integrations/identity-providers/idp-federation/": [
    "chain two identity providers for access logins",
    "federate a partner idp behind our main one",
  ],
  "/cloudflare-one/integrations/identity-providers/jumpcloud-saml/": [
    "jumpcloud sso for cloudflare access",
    "jumpcloud groups in zero trust policies",
  ],
  "/cloudflare-one/integrations/identity-providers/keycloak/": [
    "self-hosted keycloak as the login for access",
    "keycloak saml client for cloudflare",
  ],
  "/cloudflare-one/integrations/identity-providers/linkedin/": [
    "sign in with linkedin to an access application",
    "linkedin identity provider",
  ],
  "/cloudflare-one/integrations/identity-providers/okta-saml/": [
    "okta saml app for cloudflare access",
    "send okta group attributes in the saml assertion",
  ],
  "/cloudflare-one/integrations/identity-providers/onelogin-oidc/": [
    "onelogin oidc connector for zero trust",
    "log in with onelogin to access apps",
  ],
  "/cloudflare-one/integrations/identity-providers/onelogin-saml/": [
    "onelogin saml login for access",
    "onelogin groups in access policies",
  ],
  "/cloudflare-one/integrations/identity-providers/pingfederate-saml/": [
    "pingfederate saml setup for cloudflare",
    "pingfederate login for access apps",
  ],
  "/cloudflare-one/integrations/identity-providers/pingone-oidc/": [
    "pingone oidc as identity provider",
    "log in with pingone oidc",
  ],
  "/cloudflare-one/integrations/identity-providers/pingone-saml/": [
    "pingone saml app for access",
    "pingone saml groups in zero trust",
  ],
  "/cloudflare-one/integrations/identity-providers/signed_authn/": [
    "sign saml authentication requests sent to my idp",
    "idp requires signed authn requests",
  ],
  "/cloudflare-one/integrations/identity-providers/yandex/": [
    "yandex login for access apps",
    "yandex id provider setup",
  ],
  "/cloudflare-one/integrations/service-providers/": [
    "use edr or mdm signals in access policies",
    "third party device posture providers",
    "only let laptops that run crowdstrike or intune open company apps",
  ],
  "/cloudflare-one/integrations/service-providers/crowdstrike/": [
    "require a good crowdstrike zta score",
    "crowdstrike falcon posture integration",
  ],
  "/cloudflare-one/integrations/service-providers/custom/": [
    "feed device posture from my own service",
    "custom posture provider api",
  ],
  "/cloudflare-one/integrations/service-providers/kolide/": [
    "kolide device checks in access policies",
    "block devices failing kolide checks",
  ],
  "/cloudflare-one/integrations/service-providers/microsoft/": [
    "only allow intune compliant devices",
    "microsoft endpoint manager compliance as posture",
  ],
  "/cloudflare-one/integrations/service-providers/sentinelone/": [
    "sentinelone infection status in access decisions",
    "sentinelone service to service posture",
  ],
  "/cloudflare-one/integrations/service-providers/taniums2s/": [
    "tanium risk score as a device posture signal",
    "tanium service to service integration",
  ],
  "/cloudflare-one/integrations/service-providers/uptycs/": [
    "uptycs posture integration",
    "require uptycs on the device",
  ],
  "/cloudflare-one/integrations/service-providers/workspace-one/": [
    "vmware workspace one compliance for access",
    "workspace one device compliance posture",
  ],
  "/cloudflare-one/email-security/directories/": [
    "add a user directory to email security",
    "where email security keeps the list of our users",
    "new employees are missing from the email filter's user list",
  ],
  "/cloudflare-one/email-security/directories/manage-es-directories/": [
    "add or remove users in the email security directory",
    "edit a registered user in email security",
  ],
  "/cloudflare-one/email-security/directories/manage-integrated-directories/manage-groups-directory/":
    [
      "protect a whole group like the finance team from impersonation",
      "add directory groups to the impersonation registry",
    ],
  "/cloudflare-one/email-security/directories/manage-integrated-directories/manage-users-directory/":
    [
      "mark executives as likely impersonation targets",
      "add synced directory users to the impersonation registry",
    ],
  "/cloudflare-one/email-security/investigation/search-email/": [
    "find every copy of a phishing email across mailboxes",
    "search messages by sender, subject or disposition",
    "move or release emails in bulk after an investigation",
  ],
  "/cloudflare-one/email-security/monitoring/": [
    "how many malicious or spam emails did we get",
    "email threat dashboard with dispositions and impersonations",
    "how much phishing did our company receive this month",
  ],
  "/cloudflare-one/email-security/monitoring/download-report/": [
    "export an email security report for management",
    "download a disposition or retro scan report",
  ],
  "/cloudflare-one/email-security/outbound-dlp/": [
    "stop employees emailing sensitive data outside the company",
    "outbound email dlp with microsoft 365",
    "someone emailed a customer list to their personal gmail",
  ],
  "/cloudflare-one/email-security/phishguard/": [
    "managed analysts who watch our email for threats",
    "email threat hunting service from cloudflare",
    "we have no security team to review suspicious emails",
  ],
  "/cloudflare-one/email-security/reference/dispositions-and-attributes/": [
    "what malicious, suspicious, spoof, spam and bulk mean",
    "email security verdict header names and values",
  ],
  "/cloudflare-one/email-security/reference/how-es-detects-phish/": [
    "how cloudflare decides an email is phishing",
    "detection of password protected malicious attachments",
  ],
  "/cloudflare-one/email-security/reference/regional-processing/": [
    "keep email processing in the eu",
    "choose the region where our emails are scanned",
  ],
  "/cloudflare-one/email-security/retro-scan/": [
    "check what our current email filter missed in the last two weeks",
    "scan past microsoft 365 mail for threats",
    "find phishing that already slipped into our outlook inboxes",
  ],
  "/cloudflare-one/email-security/settings/auto-moves/": [
    "automatically move malicious emails out of inboxes",
    "send spam to junk and phishing to quarantine automatically",
  ],
  "/cloudflare-one/email-security/settings/detection-settings/": [
    "tune how email security classifies mail",
    "detection settings for allow, block and impersonation",
  ],
  "/cloudflare-one/email-security/settings/detection-settings/additional-detections/": [
    "flag emails from newly registered domains",
    "detect blank emails or html attachments",
    "catch bank detail change requests from free email accounts",
  ],
  "/cloudflare-one/email-security/settings/detection-settings/allow-policies/": [
    "stop a trusted sender's emails being flagged",
    "allow list for a phishing simulation vendor",
    "exempt a sender or ip from email scanning",
  ],
  "/cloudflare-one/email-security/settings/detection-settings/best-practices/": [
    "recommended detection settings to avoid false positives",
    "balance impersonation protection and delivery",
  ],
  "/cloudflare-one/email-security/settings/detection-settings/blocked-senders/": [
    "always mark mail from a sender as malicious",
    "block an email address or domain",
  ],
  "/cloudflare-one/email-security/settings/detection-settings/configure-link-actions/": [
    "open links in emails through browser isolation",
    "rewrite or isolate suspicious links in email",
  ],
  "/cloudflare-one/email-security/settings/detection-settings/configure-text-add-ons/": [
    "add an external or caution tag to the email subject",
    "banner warning in the body of suspicious emails",
  ],
  "/cloudflare-one/email-security/settings/detection-settings/impersonation-registry/": [
    "protect our ceo from display name spoofing",
    "upload a csv of executives to watch for impersonation",
  ],
  "/cloudflare-one/email-security/settings/detection-settings/trusted-domains/": [
    "reduce false positives from partner domains",
    "skip lookalike checks for our own other domains",
  ],
  "/cloudflare-one/email-security/settings/domain-management/domain/": [
    "fields shown for a domain in email security",
    "check the deployment status of a protected email domain",
  ],
  "/cloudflare-one/email-security/settings/phish-submissions/": [
    "report a missed phishing email to cloudflare",
    "reclassify a message as phish",
  ],
  "/cloudflare-one/email-security/settings/phish-submissions/phishnet-365/": [
    "report phish button in outlook",
    "phishnet add-in for microsoft 365",
  ],
  "/cloudflare-one/email-security/settings/phish-submissions/phishnet-google-workspace/": [
    "report phishing button in gmail",
    "install phishnet for google workspace",
  ],
  "/cloudflare-one/email-security/settings/phish-submissions/submission-addresses/": [
    "email address to forward phish reports to",
    "where user phish reports are sent",
  ],
  "/cloudflare-one/email-security/setup/": [
    "choose between inline mx and api deployment for email security",
    "plan an email security rollout",
    "who can reclassify messages and submit phish",
    "what to prepare before putting a spam filter in front of our exchange online",
  ],
  "/cloudflare-one/email-security/setup/manage-domains/": [
    "add another domain to email security",
    "stop scanning one of our domains",
  ],
  "/cloudflare-one/email-security/setup/post-delivery-deployment/api/": [
    "scan mail after delivery without changing mx records",
    "pros and cons of api email security deployment",
  ],
  "/cloudflare-one/email-security/setup/post-delivery-deployment/api/m365-api/": [
    "connect microsoft 365 to email security through the api",
    "graph api integration for outlook mailboxes",
  ],
  "/cloudflare-one/email-security/setup/post-delivery-deployment/bcc-journaling/": [
    "send a copy of each email to cloudflare for scanning",
    "bcc or journaling deployment",
  ],
  "/cloudflare-one/email-security/setup/post-delivery-deployment/bcc-journaling/bcc-setup/bcc-microsoft-exchange/":
    [
      "exchange transport rule to bcc mail to email security",
      "on premises exchange bcc setup for scanning",
    ],
  "/cloudflare-one/email-security/setup/post-delivery-deployment/bcc-journaling/bcc-setup/gmail-bcc-setup/add-bcc-rules/":
    [
      "google admin compliance rule to bcc mail to cloudflare",
      "bcc every gmail message to email security",
    ],
  "/cloudflare-one/email-security/setup/post-delivery-deployment/bcc-journaling/bcc-setup/gmail-bcc-setup/enable-gmail-integration/":
    [
      "gcp service account and domain wide delegation for gmail scanning",
      "connect google workspace to email security",
    ],
  "/cloudflare-one/email-security/setup/post-delivery-deployment/bcc-journaling/bcc-setup/gmail-bcc-setup/gmail-bcc-setup/":
    ["protect gmail with email security via bcc", "gmail bcc deployment steps"],
  "/cloudflare-one/email-security/setup/post-delivery-deployment/bcc-journaling/journaling-setup/m365-journaling/":
    ["microsoft 365 journal rule to cloudflare", "scan outlook mail with journaling"],
  "/cloudflare-one/email-security/setup/post-delivery-deployment/bcc-journaling/journaling-setup/manual-add/":
    [
      "add a domain for bcc scanning when my mail provider is not listed",
      "bcc deployment for other email providers",
    ],
  "/cloudflare-one/email-security/setup/pre-delivery-deployment/egress-ips/": [
    "ip addresses email security delivers mail from",
    "allow cloudflare email relay ips in exchange online",
  ],
  "/cloudflare-one/email-security/setup/pre-delivery-deployment/mx-inline-deployment-setup/": [
    "point our mx records at cloudflare email security",
    "set up inline email filtering",
  ],
  "/cloudflare-one/email-security/setup/pre-delivery-deployment/mx-inline-deployment/": [
    "filter phishing before it reaches the inbox",
    "how inline mx deployment works",
  ],
  "/cloudflare-one/email-security/setup/pre-delivery-deployment/partner-domain-tls/": [
    "require tls for mail from a partner domain",
    "enforce encrypted delivery from a business partner",
  ],
  "/cloudflare-one/email-security/setup/pre-delivery-deployment/prerequisites/cisco-email-security-mx/":
    ["cisco secure email behind cloudflare as mx", "cisco esa with email security as mx record"],
  "/cloudflare-one/email-security/setup/pre-delivery-deployment/prerequisites/cisco-mx/": [
    "keep cisco ironport as mx and route through cloudflare",
    "cisco content filters to send mail through email security",
  ],
  "/cloudflare-one/email-security/setup/pre-delivery-deployment/prerequisites/gsuite-email-security-mx/":
    [
      "google workspace inbound gateway settings for cloudflare mx",
      "stop attackers bypassing our mx and mailing gmail directly",
    ],
  "/cloudflare-one/email-security/setup/pre-delivery-deployment/prerequisites/m365-email-security-mx/":
    [
      "exchange online connector and enhanced filtering for cloudflare mx",
      "lock microsoft 365 so mail must come through cloudflare",
      "transport rules and anti-spam policy for cloudflare in front of exchange online",
    ],
  "/cloudflare-one/email-security/setup/pre-delivery-deployment/prerequisites/m365-email-security-mx/use-cases/":
    [
      "where should spam and malicious mail go in microsoft 365",
      "quarantine options with microsoft 365 and email security",
    ],
  "/cloudflare-one/email-security/setup/pre-delivery-deployment/prerequisites/m365-email-security-mx/use-cases/one-junk-admin-quarantine/":
    [
      "spam to junk folder and malicious to admin quarantine",
      "microsoft 365 transport rules for junk and admin quarantine",
    ],
  "/cloudflare-one/email-security/submissions/": [
    "tell cloudflare an email verdict was wrong",
    "upload an eml file for review",
    "a user reported a phishing email that was not caught",
  ],
  "/cloudflare-one/email-security/submissions/invalid-submissions/": [
    "my phish submission was rejected as invalid",
    "eml file missing or wrong extension in submission",
  ],
  "/cloudflare-one/email-security/submissions/team-submissions/": [
    "see emails my security team reported",
    "status of security team phish submissions",
  ],
  "/cloudflare-one/email-security/submissions/user-submissions/": [
    "review emails employees reported as phishing",
    "escalate a user report for human review",
  ],
  "/cloudflare-one/email-security/troubleshooting/": [
    "why was this email flagged as spoof",
    "dmarc failures after moving mail to cloudflare",
    "mail delayed after enabling email security",
    "a real customer email ended up in quarantine",
  ],
  "/dmarc-management/": [
    "see who sends email using my domain",
    "dmarc reports without a third party tool",
    "someone is sending spam pretending to be my domain",
  ],
  "/dmarc-management/dns-lookup-limits/": [
    "spf too many dns lookups error",
    "spf permerror over 10 lookups",
    "mail from my domain fails checks after adding another sending service",
  ],
  "/dmarc-management/enable/": [
    "turn on dmarc management for my domain",
    "add the rua address to receive dmarc reports",
    "get daily reports about email sent from my domain",
  ],
  "/dmarc-management/security-records/": [
    "check my spf, dkim and dmarc records",
    "create a dmarc record so my mail is not spoofed",
    "emails from my domain land in spam at gmail",
  ],
  "/dmarc-management/statistics/": [
    "which services pass or fail dmarc for my domain",
    "approve a legitimate sender in dmarc reports",
    "which services send email pretending to be us",
  ],
  "/email-security/": [
    "area 1 email security docs",
    "what happened to area 1 after cloudflare bought it",
    "our old phishing filter portal moved, where are its docs now",
  ],
  "/email-security/migrate-to-email-security/": [
    "move from the area 1 dashboard to cloudflare one email security",
    "where area 1 features live in the zero trust dashboard",
    "old phishing filter dashboard is going away, where do we log in now",
  ],
  "/email-security/account-setup/manage-account-members/": [
    "add users to the area 1 portal",
    "reset two factor for an area 1 user",
    "a coworker lost their authenticator app and cannot log in",
  ],
  "/email-security/account-setup/permissions/": [
    "area 1 parent and child account roles",
    "user permission levels in the legacy email security portal",
  ],
  "/email-security/account-setup/manage-parent-permissions/": [
    "let our msp see or manage our email filter settings",
    "stop our reseller from accessing our email security account",
  ],
  "/email-security/account-setup/sso/": [
    "single sign on for the area 1 dashboard",
    "saml login to the legacy email security portal",
    "log in to the email filter portal with okta",
  ],
  "/email-security/account-setup/sso/azure/": [
    "azure ad enterprise app for area 1 sso",
    "entra sso into area 1",
  ],
  "/email-security/account-setup/sso/okta/": [
    "okta app for the area 1 portal",
    "log in to area 1 with okta",
  ],
  "/email-security/api/service-accounts/": [
    "api credentials for area 1 without a personal login",
    "rotate the private key of an area 1 service account",
  ],
  "/email-security/deployment/api/setup/office365-graph-api/": [
    "authorize area 1 in azure for graph api scanning",
    "office 365 graph api setup for legacy email security",
  ],
  "/email-security/deployment/api/setup/office365-journaling/": [
    "office 365 journal rule to area 1",
    "journaling connector for legacy email security",
  ],
  "/email-security/deployment/api/setup/email-retro-scan/": [
    "area 1 retro scan of old office 365 mail",
    "check two weeks of old inbox mail for missed phish",
  ],
  "/email-security/deployment/inline/": [
    "area 1 inline deployment pros and cons",
    "put area 1 in front of our mail server",
    "scan incoming mail before it reaches our exchange server",
  ],
  "/email-security/deployment/api/": [
    "scan mail after it lands in inboxes instead of changing our mx records",
    "downsides of connecting the phishing filter through the microsoft 365 or gmail api",
    "why can't api mode quarantine or modify messages",
  ],
  "/email-security/deployment/inline/reference/egress-ips/": [
    "area 1 outbound ips by region to allow on our mail server",
    "ips legacy email security delivers from in us, eu, india, australia",
  ],
  "/email-security/deployment/inline/setup/office-365-area1-mx/": [
    "office 365 with area 1 as the mx record",
    "enhanced filtering connector for area 1",
  ],
  "/email-security/deployment/inline/setup/gsuite-area1-mx/": [
    "gmail with area 1 as mx and a quarantine",
    "google workspace inbound gateway for area 1",
  ],
  "/email-security/deployment/api/setup/exchange-bcc-setup/": [
    "on-prem exchange bcc rule to area 1",
    "bcc incoming mail to legacy email security",
  ],
  "/email-security/email-configuration/admin-quarantine/": [
    "release an email from quarantine",
    "quarantine messages by disposition in area 1",
    "a real invoice email was held back and the customer is waiting",
  ],
  "/email-security/email-configuration/domains-and-routing/alert-webhooks/": [
    "send area 1 detections to slack or a siem by webhook",
    "alert webhook for phishing detections",
  ],
  "/email-security/email-configuration/domains-and-routing/domains/": [
    "add a domain for area 1 to route and scan",
    "configure mail routing for a domain in area 1",
  ],
  "/email-security/email-configuration/email-policies/link-actions/": [
    "defang or isolate links in suspicious emails",
    "email link isolation in area 1",
  ],
  "/email-security/email-configuration/email-policies/text-addons/": [
    "prefix the subject of suspicious mail in area 1",
    "warning text added to flagged emails",
  ],
  "/email-security/email-configuration/enhanced-detections/business-email-compromise/": [
    "stop fake ceo emails asking for wire transfers",
    "business email compromise protection list",
  ],
  "/email-security/email-configuration/enhanced-detections/business-email-compromise/o365-directory-guide/":
    [
      "sync office 365 users for impersonation detection",
      "area 1 directory integration with microsoft",
    ],
  "/email-security/email-configuration/enhanced-detections/business-email-compromise/gworkspaces-directory-guide/":
    ["sync google workspace users for bec detection", "area 1 directory integration with google"],
  "/email-security/email-configuration/lists/allowed-patterns/": [
    "allowed patterns in area 1 to skip detections",
    "whitelist a sender in the legacy email portal",
  ],
  "/email-security/email-configuration/lists/block-list/": [
    "block a sender in area 1",
    "mark every message from an address as malicious",
  ],
  "/email-security/email-configuration/lists/trusted-domains/": [
    "trusted domains in area 1",
    "exempt our partner's domain from lookalike detection",
  ],
  "/email-security/email-configuration/phish-submissions/": [
    "what happens after i report a phishing email",
    "report a false positive or false negative to area 1",
    "employees forward suspicious emails, where do they go",
  ],
  "/email-security/email-configuration/phish-submissions/knowbe4/": [
    "knowbe4 phish alert button with cloudflare email security",
    "forward knowbe4 reports to area 1",
  ],
  "/email-security/email-configuration/phish-submissions/microsoft-report-message/": [
    "microsoft report message button does not reach area 1",
    "why outlook report phishing is not compatible",
  ],
  "/email-security/email-configuration/retract-settings/": [
    "pull a malicious email back out of inboxes after delivery",
    "auto retraction options",
    "a phishing email already reached inboxes, remove it everywhere",
  ],
  "/email-security/email-configuration/retract-settings/office365-retraction/": [
    "retract phishing from office 365 mailboxes automatically",
    "authorize area 1 to delete delivered threats",
  ],
  "/email-security/partners/": [
    "msp managing email security for many customers",
    "create child accounts for customers as a partner",
    "we are an it provider reselling email protection to clients",
  ],
  "/email-security/reference/dispositions-and-attributes/": [
    "area 1 disposition values and x-headers",
    "what the malicious or suspicious verdict means in area 1",
    "what do the spam and bulk labels in our email headers mean",
  ],
  "/email-security/reference/how-we-detect-phish/": [
    "activesensors and sparse phishing detection",
    "how area 1 uses ip reputation and patterns",
    "how does the filter decide an email is phishing",
  ],
  "/email-security/reference/office365-gcc/": [
    "email security with microsoft 365 government cloud",
    "area 1 for office 365 gcc tenants",
  ],
  "/email-security/reporting/search/": [
    "search detections by message id or sender in area 1",
    "find an email in the area 1 portal",
    "a user says an email never arrived, find out what happened to it",
  ],
  "/email-security/reporting/search/available-parameters/": [
    "how long area 1 keeps searchable message data",
    "search fields for area 1 detections",
  ],
  "/email-security/reporting/siem-integration/": [
    "send email detections to our siem",
    "webhook to a siem for phishing alerts",
    "send phishing alerts to splunk",
  ],
  "/email-security/reporting/siem-integration/splunk-integration-guide/": [
    "email security detections into splunk",
    "splunk http event collector for area 1",
  ],
  "/email-security/reporting/siem-integration/sumo-logic-integration-guide/": [
    "send phishing detections to sumo logic",
    "sumo logic integration for area 1",
  ],
  "/email-security/reporting/audit-logs/": [
    "who changed settings in the area 1 portal",
    "area 1 account audit log",
    "find out who changed our spam filter settings",
  ],
  "/email-security/reporting/statistics-overview/": [
    "area 1 detection statistics dashboard",
    "how many threats area 1 stopped",
    "how much phishing and spam did our company get this quarter",
  ],
  "/email-security/reporting/types-malicious-detections/": [
    "kinds of malicious email area 1 detects",
    "categories of phishing and malware detections",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/adobe-sign-saas/": [
    "adobe acrobat sign sso through access",
    "saml login for adobe sign",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/asana-saas/": [
    "asana saml sso with cloudflare access",
    "require company login for asana",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/braintree-saas/": [
    "braintree sso through access",
    "saml login for the braintree control panel",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/coupa-saas/": [
    "coupa saml sso with access",
    "log in to coupa through cloudflare",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/digicert-saas/": [
    "digicert certcentral sso through access",
    "saml login for digicert",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/docusign-access/": [
    "docusign sso through cloudflare access",
    "saml login for docusign",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/google-cloud-saas/": [
    "sign in to the google cloud console through access",
    "gcp saml sso with cloudflare",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/grafana-cloud-saas-oidc/": [
    "grafana cloud login through access oidc",
    "generic oauth for grafana cloud with cloudflare",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/grafana-saas-oidc/": [
    "self-hosted grafana sso with access oidc",
    "grafana generic oauth settings for cloudflare",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/greenhouse-saas/": [
    "greenhouse recruiting sso through access",
    "saml login for greenhouse",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/hubspot-saas/": [
    "hubspot sso through cloudflare access",
    "saml login for hubspot",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/ironclad-saas/": [
    "ironclad sso through access",
    "saml login for ironclad",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/jamf-pro-saas/": [
    "jamf pro admin login through access",
    "saml sso for jamf pro",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/miro-saas/": [
    "miro sso through cloudflare access",
    "saml login for miro boards",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/pagerduty-saml-saas/": [
    "pagerduty sso through access",
    "saml login for pagerduty",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/pingboard-saas/": [
    "pingboard sso through access",
    "saml login for pingboard",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/salesforce-saas-oidc/": [
    "salesforce openid connect login through access",
    "salesforce auth provider with cloudflare oidc",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/servicenow-saas-oidc/": [
    "servicenow oidc sso through access",
    "multiple provider sso plugin in servicenow with cloudflare",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/servicenow-saas-saml/": [
    "servicenow saml sso through access",
    "log in to servicenow with cloudflare saml",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/smartsheet-saas/": [
    "smartsheet sso through access",
    "saml login for smartsheet",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/sparkpost-saas/": [
    "sparkpost sso through access",
    "saml login for sparkpost eu",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/tableau-saml-saas/": [
    "tableau cloud sso through access",
    "saml login for tableau",
  ],
  "/cloudflare-one/access-controls/applications/http-apps/saas-apps/area-1/": [
    "sso into the area 1 portal through access",
    "area 1 as a saas app in access",
  ],
  "/cloudflare-one/access-controls/applications/non-http/legacy-private-network-app/": [
    "old private network app type in access",
    "migrate a legacy private network application",
  ],
  "/cloudflare-one/networks/connectors/granular-permissions/": [
    "let a team manage only their own tunnels or mesh nodes",
    "scope member permissions to one tunnel",
  ],
  "/cloudflare-one/reusable-components/posture-checks/client-checks/tanium/": [
    "legacy tanium posture check in access",
    "tanium endpoint signals in access policies",
  ],
  "/cloudflare-one/integrations/identity-providers/centrify-saml/": [
    "centrify saml app for cloudflare access",
    "delinea centrify login for zero trust",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/google-workspace/google-calendar/": [
    "calendars shared publicly in google workspace",
    "google calendar casb findings",
  ],
  "/cloudflare-one/email-security/setup/post-delivery-deployment/bcc-journaling/bcc-setup/gmail-bcc-setup/connect-domains/":
    [
      "connect gmail domains after enabling the bcc integration",
      "verify gmail bcc deployment is working",
    ],
  "/cloudflare-one/email-security/setup/post-delivery-deployment/bcc-journaling/bcc-setup/gmail-bcc-setup/enable-auto-moves/":
    ["move flagged gmail messages automatically", "auto-moves for gmail bcc deployments"],
  "/cloudflare-one/email-security/setup/pre-delivery-deployment/prerequisites/m365-email-security-mx/use-cases/two-junk-user-quarantine/":
    [
      "bulk to junk and spam to user quarantine in microsoft 365",
      "let users release their own spam from quarantine",
    ],
  "/cloudflare-one/email-security/setup/pre-delivery-deployment/prerequisites/m365-email-security-mx/use-cases/three-junk-admin-quarantine/":
    [
      "bulk to junk and all threats to admin quarantine in microsoft 365",
      "quarantine policy and transport rules for option 3",
    ],
  "/cloudflare-one/email-security/setup/pre-delivery-deployment/prerequisites/m365-email-security-mx/use-cases/four-user-quarantine-admin-quarantine/":
    [
      "spam and spoof to user quarantine, malicious to admin quarantine",
      "quarantine notifications for users in microsoft 365",
    ],
  "/cloudflare-one/email-security/setup/pre-delivery-deployment/prerequisites/m365-email-security-mx/use-cases/five-junk-admin-quarantine/":
    [
      "bulk mail to junk folder and threats to exchange admin quarantine",
      "anti-spam policy for option 5 with cloudflare mx",
    ],
  "/cloudflare-one/insights/dex/troubleshooting/": [
    "digital experience monitoring shows nothing for a user",
    "dex remote capture failing",
    "no performance data shows up for one employee's laptop",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/": [
    "site to site networking in cloudflare one",
    "connect offices and data centers to zero trust over ipsec or gre",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/get-started/": [
    "first steps to add a branch office to cloudflare one wan",
    "order of tasks to onboard sites to wan in zero trust",
    "connect a branch office network to cloudflare instead of mpls",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/wan-transformation/": [
    "retire legacy mpls circuits with cloudflare one",
    "modernize the corporate wan with internet tunnels",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/on-ramps/": [
    "how branch networks connect to cloudflare one",
    "tunnels, interconnects or appliances for a site",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/security/": [
    "inspect traffic between branches with cloudflare one",
    "firewall and secure web gateway for site traffic",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/load-balancing/": [
    "private load balancer across redundant wan tunnels",
    "spread traffic across two paths to a data center",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/network-interconnect/": [
    "dedicated interconnect for branch and data center traffic",
    "cni as an on-ramp for wan sites",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/analytics/": [
    "wan analytics tools in the zero trust dashboard",
    "where to look when a branch reports slowness",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/analytics/network-analytics/": [
    "traffic volume per wan tunnel in cloudflare one",
    "packets and bytes through my site tunnels",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/analytics/site-analytics/": [
    "health of each branch site at a glance",
    "network visibility map of sites",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/analytics/netflow-analytics/": [
    "flow exports from the appliance",
    "netflow from branch appliances to cloudflare",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/analytics/query-bandwidth/": [
    "graphql bandwidth query for ipsec and gre connectors",
    "measure connector bandwidth via the api",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/analytics/query-tunnel-health/": [
    "graphql health check results for connectors",
    "connector health history via the api",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/analytics/traceroutes/": [
    "run a traceroute toward a branch from the dashboard",
    "path and latency from cloudflare to a site",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/appliance/": [
    "plug and play branch appliance for zero trust",
    "connector appliance that builds tunnels automatically",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/appliance/configure-hardware-appliance/":
    ["install the hardware connector at a branch", "wan and lan ports on the physical connector"],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/appliance/configure-virtual-appliance/":
    ["deploy the virtual connector on esxi or proxmox", "virtual appliance sizing and interfaces"],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/appliance/device-metrics/": [
    "health metrics of a branch connector",
    "average cpu load on the connector",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/appliance/troubleshooting/": [
    "connector at the branch shows offline",
    "appliance not activating after install",
    "the network box at our branch will not come online",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/appliance/reference/": [
    "active standby pair of connectors",
    "failover between two branch appliances",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/appliance/network-options/network-segmentation/":
    ["segment lans on the branch connector", "block traffic between two vlans at a site"],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/appliance/network-options/nat-subnet/":
    ["nat a branch subnet that overlaps another site", "unique address space for each site subnet"],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/appliance/network-options/application-based-policies/breakout-traffic/":
    [
      "let office 365 skip cloudflare and go straight out",
      "direct internet breakout at the branch",
    ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/appliance/network-options/application-based-policies/prioritized-traffic/":
    ["prioritize real time apps on the connector", "traffic priority for voip at a site"],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/appliance/network-options/dhcp/dhcp-server/":
    ["connector as dhcp server for the office", "hand out addresses from the branch appliance"],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/appliance/network-options/dhcp/dhcp-relay/":
    ["forward dhcp from the connector to a central server", "dhcp relay at the branch appliance"],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/appliance/network-options/link-aggregation/":
    ["link aggregation on the branch connector", "combine lan ports into one logical link"],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/appliance/maintenance/default-password/":
    ["connector console default password", "first login to the branch appliance"],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/appliance/maintenance/register-appliance/":
    ["add a new hardware connector to my account", "register connector by serial number"],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/appliance/maintenance/interrupt-service-window/":
    ["when connector software updates happen", "set update window for the branch appliance"],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/common-settings/sites/": [
    "create a site for each office in cloudflare one",
    "attach tunnels and connectors to a location",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/common-settings/configure-tunnel-health-alerts/":
    ["notify me when site tunnels lose health", "pagerduty alert for degraded connectors"],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/common-settings/check-tunnel-health-dashboard/":
    ["see unhealthy connectors in the dashboard", "tunnel health per cloudflare data center"],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/how-to/configure-tunnel-endpoints/":
    ["add an ipsec connector from my firewall", "anycast endpoint ip for gre and ipsec connectors"],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/how-to/configure-routes/": [
    "routes from cloudflare to my branch networks",
    "bgp or static routes for site connectors",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/configuration/how-to/configure-cloudflare-source-ips/":
    [
      "source addresses cloudflare uses toward my sites",
      "change cloudflare source ip range for wan",
    ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/reference/mtu-mss/": [
    "set mss for site connectors to avoid fragmentation",
    "mtu over gre and ipsec connectors",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/reference/traffic-steering/": [
    "routing priority between connectors of a site",
    "how traffic picks a connector to my network",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/reference/tunnel-health-checks/": [
    "how connector health probes work",
    "health check direction and type for connectors",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/reference/gre-ipsec-tunnels/": [
    "ipsec settings my firewall needs for cloudflare one",
    "gre vs ipsec connectors",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/reference/anti-replay-protection/": [
    "anti-replay and anycast ipsec connectors",
    "router drops packets as replayed",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/reference/device-compatibility/": [
    "is my firewall compatible with cloudflare one wan",
    "routers tested with wan connectors",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/reference/bandwidth-measurement/": [
    "how wan bandwidth is measured for billing",
    "95th percentile usage for site connectors",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/zero-trust/cloudflare-gateway/": [
    "filter internet traffic from branch offices with gateway policies",
    "gateway for sites on wan connectors",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/zero-trust/cloudflare-one-client/": [
    "laptops with the client reach branch networks",
    "route client traffic to wan sites",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/zero-trust/cloudflare-tunnel/": [
    "combine cloudflared and ipsec connectors",
    "tunnel and wan in one private network",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/zero-trust/security-services/": [
    "secure site traffic with cloudflare one services",
    "apply firewall, gateway and dlp to branches",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/troubleshooting/tunnel-health/": [
    "connector health flaps between up and down",
    "traffic not moving to the healthy connector",
    "the link from our branch keeps going up and down",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/troubleshooting/ipsec-troubleshoot/": [
    "ipsec connector will not come up",
    "ike proposal mismatch on my firewall",
    "our branch firewall's vpn to cloudflare keeps failing",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/troubleshooting/routing-and-bgp/": [
    "bgp with cloudflare one wan not established",
    "unexpected routes to my sites",
    "offices cannot reach each other after a routing change",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-wan/troubleshooting/connectivity/": [
    "is a connector alert affecting users",
    "find the ingress data center of a site",
    "a branch office says the network is down, where do i look",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/google-workspace/gmail-fedramp/": [
    "gmail casb integration for a fedramp account",
    "scan gmail settings from our government zero trust tenant",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/google-workspace/google-admin-fedramp/": [
    "google admin casb integration under fedramp",
    "fedramp casb findings for google workspace admins",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/google-workspace/google-calendar-fedramp/": [
    "google calendar casb in a fedramp environment",
    "public calendar findings for government accounts",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/google-workspace/google-drive-fedramp/": [
    "google drive casb for fedramp customers",
    "find shared drive files from a fedramp zero trust account",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/microsoft-365/admin-center-fedramp/": [
    "microsoft 365 admin center casb under fedramp",
    "gcc tenant admin findings with cloudflare casb",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/microsoft-365/m365-copilot-fedramp/": [
    "copilot casb integration for fedramp accounts",
    "copilot findings in a government tenant",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/microsoft-365/onedrive-fedramp/": [
    "onedrive casb for fedramp zero trust",
    "shared onedrive files in a gcc tenant",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/microsoft-365/outlook-fedramp/": [
    "outlook casb integration under fedramp",
    "mailbox forwarding findings for government tenants",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/microsoft-365/sharepoint-fedramp/": [
    "sharepoint casb for fedramp customers",
    "externally shared sharepoint content in a gcc tenant",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/salesforce-fedramp/": [
    "salesforce casb integration for fedramp",
    "salesforce government cloud posture findings",
  ],
  "/cloudflare-one/integrations/cloud-and-saas/servicenow-fedramp/": [
    "servicenow casb integration for fedramp",
    "servicenow government instance findings",
  ],
  "/email-security/account-setup/escalation-contacts/": [
    "who area 1 contacts about urgent threats",
    "set escalation contacts for email security",
  ],
  "/email-security/account-setup/sso/generic-sso/": [
    "generic saml sso for the area 1 portal",
    "any saml identity provider for area 1 login",
  ],
  "/email-security/deployment/api/setup/gsuite-bcc-setup/geographic-locations/": [
    "bcc address to keep gmail scanning in the eu",
    "regional bcc hosts for area 1",
  ],
  "/email-security/deployment/api/setup/gsuite-bcc-setup/add-retraction/": [
    "retract gmail messages after delivery with area 1",
    "post delivery retraction for google workspace",
  ],
  "/email-security/deployment/inline/setup/cisco-area1-mx/": [
    "cisco esa with area 1 as the mx",
    "disable spf checks on cisco when area 1 relays mail",
  ],
  "/email-security/deployment/inline/setup/cisco-cisco-mx/": [
    "keep cisco esa as mx and relay through area 1",
    "cisco content filters to send mail to area 1",
  ],
  "/email-security/email-configuration/enhanced-detections/added-detections/": [
    "extra detections like newly registered domains in area 1",
    "added detections settings in the area 1 portal",
  ],
  "/email-security/email-configuration/phish-submissions/phishnet-o365/": [
    "area 1 phishnet add-in for outlook",
    "let office 365 users report missed phish to area 1",
  ],
  "/email-security/email-configuration/phish-submissions/phishnet-gworkspace/": [
    "area 1 phishnet for gmail",
    "report phish button for google workspace in area 1",
  ],
  "/email-security/reporting/phish-reports/": [
    "scheduled phishing reports by email",
    "phish report subscription in area 1",
  ],
  "/email-security/reporting/siem-integration/knowbe4-integration-guide/": [
    "send area 1 detections to knowbe4",
    "knowbe4 webhook integration for phishing detections",
  ],
  "/email-security/reporting/siem-integration/logscale-integration-guide/": [
    "send phishing detections to crowdstrike logscale",
    "falcon logscale webhook for email security",
  ],
  "/email-security/reference/language-support/": [
    "which languages email security can scan",
    "does area 1 detect phishing in other languages",
  ],
  "/email-security/reference/timestamps/": [
    "time zone of timestamps in the area 1 dashboard",
    "area 1 dashboard shows utc times",
    "times in the phishing report look hours off",
  ],
  "/email-security/reference/cloudflare-sso/": [
    "log in to area 1 with my cloudflare account",
    "cloudflare dashboard sso for area 1",
  ],
};
