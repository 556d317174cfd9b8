// Questions people and agents ask that the Zero Trust (Cloudflare One) pages answer: Access,
// Gateway, the device client, tunnels for private networks, DLP, browser isolation.
import type { PageQuestions } from "./types.ts";

export const ZERO_TRUST_QUESTIONS: PageQuestions = {
  "/cloudflare-one/": [
    "zero trust security for my company",
    "replace our vpn and secure employee internet access",
    "sase platform",
  ],
  "/cloudflare-one/setup/": [
    "set up zero trust for my organization",
    "create a zero trust team and first policies",
    "zero trust onboarding steps",
  ],
  "/cloudflare-one/setup/replace-vpn/": [
    "replace our corporate vpn",
    "let employees reach internal apps without a vpn",
    "vpn replacement with cloudflare one",
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
    "zero trust account limits",
    "maximum number of tunnels, policies or users",
  ],
  "/cloudflare-one/access-controls/": [
    "control who can reach my internal apps",
    "identity aware access to applications",
    "cloudflare access",
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
  ],
  "/cloudflare-one/access-controls/policies/common-policies/": [
    "example access policies",
    "allow a specific email domain",
    "common access policy examples",
  ],
  "/cloudflare-one/access-controls/policies/mfa-requirements/": [
    "require multi factor login for an app",
    "enforce mfa in access",
    "require a security key",
  ],
  "/cloudflare-one/access-controls/policies/groups/": [
    "reusable groups of users for policies",
    "access groups",
    "reuse a list of allowed people",
  ],
  "/cloudflare-one/access-controls/access-settings/session-management/": [
    "how long before users must log in again",
    "session duration for protected apps",
    "access session duration",
    "force users to log in again",
  ],
  "/cloudflare-one/access-controls/service-credentials/service-tokens/": [
    "let a script or server call an app behind access",
    "machine to machine authentication without login",
    "client id and client secret headers",
  ],
  "/cloudflare-one/access-controls/service-credentials/mutual-tls-authentication/": [
    "require a client certificate for an access app",
    "mtls access policy",
    "device certificate for access",
  ],
  "/cloudflare-one/access-controls/troubleshooting/": [
    "access login loop or 403 on my protected app",
    "access errors",
    "users can't log in through access",
  ],
  "/cloudflare-one/access-controls/ai-controls/secure-mcp-servers/": [
    "protect an mcp server with sso",
    "access policies for mcp servers",
    "authenticate users of my mcp server",
  ],
  "/cloudflare-one/integrations/identity-providers/": [
    "connect our identity provider",
    "log in with okta, azure ad or google",
    "identity providers for zero trust",
  ],
  "/cloudflare-one/integrations/identity-providers/one-time-pin/": [
    "let people log in with a code sent by email",
    "one time pin login",
    "email code login without an identity provider",
  ],
  "/cloudflare-one/integrations/identity-providers/entra-id/": [
    "sign in with microsoft entra id or azure ad",
    "azure ad sso with cloudflare",
    "entra id groups in policies",
  ],
  "/cloudflare-one/integrations/identity-providers/okta/": [
    "sign in with okta",
    "okta integration",
    "okta groups in access policies",
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
    "cloudflare gateway policies",
  ],
  "/cloudflare-one/traffic-policies/get-started/": [
    "start filtering dns, http and network traffic",
    "get started with gateway",
  ],
  "/cloudflare-one/traffic-policies/dns-policies/": [
    "block malware and phishing domains for my office",
    "block social media sites with dns filtering",
  ],
  "/cloudflare-one/traffic-policies/dns-policies/common-policies/": [
    "block gambling or adult sites",
    "common dns filtering policies",
    "block newly registered domains",
  ],
  "/cloudflare-one/traffic-policies/http-policies/": [
    "block file uploads to personal cloud storage",
    "inspect and filter web traffic",
    "gateway http policies",
    "block a website for employees",
  ],
  "/cloudflare-one/traffic-policies/http-policies/tls-decryption/": [
    "inspect https traffic of employees",
    "tls inspection",
    "decrypt https in gateway",
  ],
  "/cloudflare-one/traffic-policies/network-policies/": [
    "block ports or ip ranges for users",
    "gateway network policies",
    "block ssh or rdp for employees",
  ],
  "/cloudflare-one/traffic-policies/egress-policies/dedicated-egress-ips/": [
    "give my team a fixed outgoing ip address",
    "static egress ip to allowlist at partners",
    "dedicated egress ip for my organization",
  ],
  "/cloudflare-one/traffic-policies/domain-categories/": [
    "which content categories can i block",
    "domain categories list",
    "block content categories",
  ],
  "/cloudflare-one/traffic-policies/troubleshoot-gateway/": [
    "site blocked by gateway by mistake",
    "troubleshoot gateway",
    "why was this website blocked for my users",
  ],
  "/cloudflare-one/reusable-components/custom-pages/gateway-block-page/": [
    "customize the page users see when a site is blocked",
    "gateway block page",
    "custom block page message",
  ],
  "/cloudflare-one/reusable-components/posture-checks/": [
    "only allow company laptops with disk encryption",
    "require the device to be managed",
    "posture checks in access policies",
  ],
  "/cloudflare-one/reusable-components/lists/": [
    "lists of domains, ips or emails for policies",
    "zero trust lists",
    "upload a csv of domains to block",
  ],
  "/cloudflare-one/team-and-resources/devices/": [
    "manage enrolled employee devices",
    "devices enrolled in zero trust",
    "revoke a device",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/": [
    "warp client for employees",
    "install the cloudflare one agent on laptops",
    "device client for zero trust",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/download/": [
    "download the warp or cloudflare one client",
    "warp client download for windows, mac or linux",
    "latest client version",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/": [
    "roll out the client to all company devices",
    "deploy warp to employees",
    "enroll devices in zero trust",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/mdm-deployment/": [
    "deploy the client with intune or jamf",
    "mdm deployment of warp",
    "silent install of the client",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/deployment/manual-deployment/":
    [
      "install the client by hand on one device",
      "manually install warp",
      "enroll a device in my team",
    ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/configure/route-traffic/split-tunnels/":
    [
      "exclude some traffic from the vpn client",
      "send only internal traffic through the tunnel",
      "split tunnel settings",
      "bypass warp for zoom or local networks",
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
    "troubleshoot warp",
    "client connectivity problems",
  ],
  "/cloudflare-one/team-and-resources/devices/cloudflare-one-client/troubleshooting/client-errors/":
    ["what does this client error code mean", "warp error codes", "client error cf_ messages"],
  "/cloudflare-one/team-and-resources/devices/user-side-certificates/": [
    "install the root certificate on devices for inspection",
    "cloudflare root ca on devices",
    "certificate for https inspection",
  ],
  "/cloudflare-one/team-and-resources/users/seat-management/": [
    "free up seats for users who left",
    "remove a user and their seat",
    "zero trust seats",
    "remove users to save seats",
  ],
  "/cloudflare-one/team-and-resources/users/scim/": [
    "sync users and groups from our identity provider",
    "scim provisioning for zero trust",
    "deprovision users automatically",
  ],
  "/cloudflare-one/networks/": ["connect private networks to zero trust", "zero trust networks"],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/": [
    "connect a private network without opening inbound ports",
    "cloudflare tunnel for zero trust",
    "tunnels for private networks",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/get-started/create-remote-tunnel/": [
    "create a tunnel from the dashboard",
    "install a connector on my server",
    "remotely managed tunnel",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/get-started/": [
    "get started with tunnels",
    "cloudflare tunnel setup",
    "create my first tunnel",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/routing-to-tunnel/": [
    "publish an internal app on a public hostname",
    "public hostname for a tunnel",
    "expose a local service with a tunnel",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/private-net/": [
    "reach private ip addresses through a tunnel",
    "give remote users access to my lan",
    "private network access through a tunnel",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/private-net/cloudflared/connect-cidr/": [
    "route a private subnet through cloudflared",
    "add a cidr route to a tunnel",
    "connect an ip range to zero trust",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/do-more-with-tunnels/trycloudflare/": [
    "quick public url for localhost without an account",
    "temporary tunnel for testing",
    "trycloudflare quick tunnel",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/troubleshoot-tunnels/common-errors/": [
    "tunnel errors explained",
    "tunnel 502 bad gateway",
    "cloudflared errors",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/use-cases/ssh/": [
    "ssh to a server through a tunnel",
    "ssh through cloudflare tunnel",
    "remote ssh access without open ports",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/use-cases/rdp/": [
    "remote desktop through a tunnel",
    "rdp through cloudflare",
    "windows remote desktop without vpn",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/configure-tunnels/tunnel-availability/": [
    "run several replicas of cloudflared for redundancy",
    "tunnel high availability",
    "replicas of a tunnel",
  ],
  "/cloudflare-one/networks/resolvers-and-proxies/dns/locations/": [
    "filter dns for my office network without installing anything",
    "dns locations for office networks",
    "point my router at gateway dns",
  ],
  "/cloudflare-one/data-loss-prevention/": [
    "stop employees from leaking credit card numbers",
    "data loss prevention policies",
    "dlp",
    "detect sensitive data in uploads",
  ],
  "/cloudflare-one/data-loss-prevention/dlp-profiles/": [
    "what sensitive data patterns can be detected",
    "dlp profiles",
    "detect social security numbers or api keys",
  ],
  "/cloudflare-one/remote-browser-isolation/": [
    "open risky websites in an isolated remote browser",
    "remote browser isolation",
    "isolate untrusted websites",
  ],
  "/cloudflare-one/cloud-and-saas-findings/": [
    "find misconfigurations in our saas apps",
    "casb",
    "scan google workspace or microsoft 365 for risks",
  ],
  "/cloudflare-one/insights/logs/": ["who accessed what in zero trust", "zero trust logs"],
  "/cloudflare-one/insights/logs/dashboard-logs/gateway-logs/": [
    "see which sites my users visited",
    "gateway activity logs",
    "dns query logs of my users",
  ],
  "/cloudflare-one/insights/logs/dashboard-logs/access-authentication-logs/": [
    "see who logged in to my protected apps",
    "access login logs",
    "failed logins to access applications",
  ],
  "/cloudflare-one/insights/dex/": [
    "monitor employees' network experience",
    "digital experience monitoring",
    "test connectivity of employee devices",
  ],
  "/cloudflare-one/email-security/": [
    "protect company email from phishing",
    "email security for microsoft 365 or gmail",
    "cloudflare email security",
    "stop phishing emails",
  ],
  "/cloudflare-one/roles-permissions/": [
    "admin roles for zero trust",
    "zero trust admin permissions",
    "who can change zero trust settings",
  ],
  "/cloudflare-one/faq/": ["zero trust questions", "cloudflare one faq"],
  "/cloudflare-one/access-controls/applications/": [
    "add an application to access",
    "types of access applications",
  ],
  "/cloudflare-one/access-controls/policies/policy-management/": [
    "manage access policies",
    "reusable access policies",
  ],
  "/cloudflare-one/access-controls/access-settings/app-launcher/": [
    "app launcher portal for employees",
    "app launcher",
  ],
  "/cloudflare-one/reusable-components/custom-pages/access-login-page/": [
    "customize the access login page",
    "access login page",
  ],
  "/cloudflare-one/faq/cloudflare-tunnels-faq/": ["tunnel questions", "tunnels faq"],
  "/cloudflare-one/traffic-policies/order-of-enforcement/": [
    "which gateway policy applies first",
    "gateway order of enforcement",
  ],
  "/cloudflare-one/networks/virtual-networks/": [
    "overlapping private ip ranges with virtual networks",
    "virtual networks",
  ],
  "/cloudflare-one/networks/connectors/cloudflare-tunnel/monitor-tunnels/": [
    "monitor tunnel health",
    "tunnel monitoring",
  ],
};
