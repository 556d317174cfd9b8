/**
 * How people ask for account and identity operations: accounts, members, roles, the user, API
 * tokens, permission and resource groups, memberships, invitations, billing and subscriptions,
 * the registrar, notifications, audit logs, email routing and web analytics. Written blind to
 * the evaluation sets.
 * @module
 */
import type { OperationPhrasings } from "../../types.ts";

const MEMBERS = "/accounts/{account_id}/members";
const ALERTING = "/accounts/{account_id}/alerting/v3";
const EMAIL_ZONE = "/zones/{zone_identifier}/email/routing";
const EMAIL_ACCOUNT = "/accounts/{account_identifier}/email/routing/addresses";
const RUM = "/accounts/{account_id}/rum";

export const ACCOUNT_PHRASINGS: OperationPhrasings = {
  // Accounts
  "GET /accounts": ["which accounts can i access", "what is my account id", "list the organisations i belong to", "which cloudflare accounts do i have"],
  "GET /accounts/{account_id}": ["details of my account", "what is my account called", "does my account enforce two-factor"],
  "PUT /accounts/{account_id}": ["rename my account", "require 2fa for everyone on the account", "change account settings"],

  // Members and roles
  [`GET ${MEMBERS}`]: ["who is on my team", "which teammates can log in", "who has access to my account", "list the people in my organisation", "show account users"],
  [`POST ${MEMBERS}`]: ["invite a coworker", "give my developer access to the account", "add a teammate as administrator", "share my account with someone"],
  [`GET ${MEMBERS}/{member_id}`]: ["what can this teammate do", "which role does this person have", "details of one member"],
  [`PUT ${MEMBERS}/{member_id}`]: ["make a teammate read only", "promote someone to admin", "change a colleague's permissions"],
  [`DELETE ${MEMBERS}/{member_id}`]: ["someone left the company, remove them", "revoke a coworker's access", "kick someone off my account"],
  "GET /accounts/{account_id}/roles": ["which roles can i give people", "what permission levels exist", "list account roles"],
  "GET /accounts/{account_id}/roles/{role_id}": ["what can the administrator role do", "permissions of a role", "what a role allows", "details of one role"],
  "GET /accounts/{account_id}/iam/permission_groups": ["which permission groups exist", "fine-grained permissions i can grant", "list permission groups"],
  "GET /accounts/{account_id}/iam/permission_groups/{permission_group_id}": ["details of a permission group", "what a permission group covers", "one permission group"],
  "GET /accounts/{account_id}/iam/resource_groups": ["which resource groups do i have", "sets of zones i grant access to", "list resource groups"],
  "POST /accounts/{account_id}/iam/resource_groups": ["group some domains so a contractor only sees them", "create a resource group", "scope a teammate's access to some zones"],
  "GET /accounts/{account_id}/iam/resource_groups/{resource_group_id}": ["what is in this resource group", "details of a resource group", "which zones a resource group holds"],
  "PUT /accounts/{account_id}/iam/resource_groups/{resource_group_id}": ["add a domain to a resource group", "update a resource group", "change the zones of a resource group"],
  "DELETE /accounts/{account_id}/iam/resource_groups/{resource_group_id}": ["delete a resource group", "remove a resource group", "drop a set of scoped zones"],
  "GET /memberships": ["which accounts am i a member of", "my memberships", "accounts i've been invited to"],
  "GET /memberships/{membership_id}": ["details of one of my memberships", "which role do i have in this account", "my permissions on an account"],
  "PUT /memberships/{membership_id}": ["accept an invitation to an account", "join a team i was invited to", "accept a membership"],
  "DELETE /memberships/{membership_id}": ["leave an account", "remove myself from someone's team", "quit an account i was invited to"],
  "GET /user/invites": ["which invitations have i received", "pending invites to join accounts", "list my invitations"],
  "GET /user/invites/{invite_id}": ["details of an invitation", "who invited me", "which account an invitation is for"],
  "PATCH /user/invites/{invite_id}": ["accept the invite", "decline an invitation", "respond to an invitation"],
  "GET /user/organizations": ["which organizations am i in", "list my organizations", "organizations my user belongs to"],
  "GET /user/organizations/{organization_id}": ["details of an organization", "one organization i belong to", "details of my organization membership"],
  "DELETE /user/organizations/{organization_id}": ["leave an organization", "remove myself from an organization", "quit an organization"],

  // The user
  "GET /user": ["who am i logged in as", "what email is on my profile", "my user details", "whoami"],
  "PATCH /user": ["change my name on my profile", "update my country", "edit my user", "change my telephone number", "edit my profile"],

  // API tokens
  "GET /user/tokens": ["which api tokens have i created", "list my api keys", "show my tokens"],
  "POST /user/tokens": ["create an api token for ci", "make a key that can only edit dns", "give a script access to my account", "generate a new token"],
  "GET /user/tokens/{token_id}": ["what can this token do", "when does my token expire", "permissions of one api token"],
  "PUT /user/tokens/{token_id}": ["limit a token to one ip address", "add a permission to my token", "change a token's expiry"],
  "DELETE /user/tokens/{token_id}": ["delete an api token", "revoke a leaked token", "remove an old key"],
  "PUT /user/tokens/{token_id}/value": ["my token leaked, give me a new secret", "roll a token", "regenerate the value of an api token"],
  "GET /user/tokens/verify": ["is my api token valid", "check that my token works", "test my credentials"],
  "GET /user/tokens/permission_groups": ["which permissions can a token have", "list token permission names", "what permissions can i put on an api token"],

  // Billing and subscriptions
  "GET /accounts/{account_identifier}/subscriptions": ["what am i paying for", "which subscriptions does my account have", "list my paid add-ons"],
  "POST /accounts/{account_identifier}/subscriptions": ["buy an add-on for my account", "subscribe to workers paid", "add a paid product to my account"],
  "PUT /accounts/{account_identifier}/subscriptions/{subscription_identifier}": ["change my subscription", "upgrade a plan on my account", "switch to yearly billing"],
  "DELETE /accounts/{account_identifier}/subscriptions/{subscription_identifier}": ["cancel a subscription", "stop paying for an add-on", "cancel my paid plan"],
  "GET /user/subscriptions": ["subscriptions on my user", "my user's paid plans", "list user subscriptions"],
  "PUT /user/subscriptions/{identifier}": ["change a user subscription", "upgrade a subscription on my user", "edit my user plan"],
  "DELETE /user/subscriptions/{identifier}": ["cancel a user subscription", "stop a subscription on my user", "delete a user subscription"],
  "GET /user/billing/history": ["my past invoices", "what was i charged last month", "billing history", "list charges", "download receipts"],
  "GET /accounts/{account_identifier}/billing/profile": ["which card pays for my account", "billing address on file", "payment method of my account", "billing profile of an account"],
  "GET /user/billing/profile": ["my billing profile", "card on file for my user", "my billing address"],

  // Registrar
  "GET /accounts/{account_id}/registrar/domains": ["which domains did i register with cloudflare", "when do my domain registrations expire", "domains i bought"],
  "GET /accounts/{account_id}/registrar/domains/{domain_name}": ["is auto-renew on for my domain", "registration details of a domain", "when does my domain expire"],
  "PUT /accounts/{account_id}/registrar/domains/{domain_name}": ["turn on auto renew", "lock my domain against transfers", "turn off whois privacy", "change my registered domain's settings"],

  // Notifications
  [`GET ${ALERTING}/policies`]: ["which alerts have i set up", "what will email me when something breaks", "list my notifications"],
  [`POST ${ALERTING}/policies`]: ["email me when my site is attacked", "alert me when my origin is down", "notify slack when a certificate is about to expire", "tell me when my usage spikes"],
  [`GET ${ALERTING}/policies/{policy_id}`]: ["details of one notification", "what a notification alerts on", "who gets this alert"],
  [`PUT ${ALERTING}/policies/{policy_id}`]: ["send an alert to a different email", "change a notification", "edit an alert", "turn off a notification for now"],
  [`DELETE ${ALERTING}/policies/{policy_id}`]: ["stop emailing me about this", "delete a notification", "remove an alert"],
  [`GET ${ALERTING}/available_alerts`]: ["what can cloudflare notify me about", "which alert types exist", "list alert types", "which events can trigger a notification"],
  [`GET ${ALERTING}/history`]: ["which alerts fired last week", "notifications sent to me", "alert history", "alerts sent in the past"],
  [`GET ${ALERTING}/destinations/webhooks`]: ["where do my alerts get posted", "list notification webhooks", "slack and webhook destinations for alerts"],
  [`POST ${ALERTING}/destinations/webhooks`]: ["send alerts to slack", "post notifications to my own url", "add a webhook destination"],
  [`GET ${ALERTING}/destinations/webhooks/{webhook_id}`]: ["details of a notification webhook", "where this alert webhook posts", "one webhook destination"],
  [`PUT ${ALERTING}/destinations/webhooks/{webhook_id}`]: ["change the url of my alert webhook", "edit a webhook destination", "rotate the secret of an alert webhook"],
  [`DELETE ${ALERTING}/destinations/webhooks/{webhook_id}`]: ["remove a notification webhook", "stop posting alerts to slack", "delete an alert webhook"],
  [`GET ${ALERTING}/destinations/pagerduty`]: ["is pagerduty connected for alerts", "pagerduty services linked to alerts", "list pagerduty destinations"],
  [`POST ${ALERTING}/destinations/pagerduty/connect`]: ["page my on-call through pagerduty", "connect pagerduty", "link pagerduty to cloudflare alerts"],
  [`GET ${ALERTING}/destinations/pagerduty/connect/{token_id}`]: ["finish connecting pagerduty", "complete the pagerduty link"],
  [`DELETE ${ALERTING}/destinations/pagerduty`]: ["disconnect pagerduty", "remove pagerduty from alerts", "unlink pagerduty"],
  [`GET ${ALERTING}/destinations/eligible`]: ["where can alerts be delivered", "which notification channels can i use", "can i send alerts by webhook on my plan"],

  // Audit logs
  "GET /accounts/{account_id}/audit_logs": ["who changed my dns yesterday", "what did my team change", "who deleted the record", "history of changes on my account", "who logged in to the dashboard", "account activity log"],
  "GET /user/audit_logs": ["what have i changed recently", "my own activity log", "audit log of my user", "things i did in the dashboard"],

  // Email routing
  [`GET ${EMAIL_ZONE}`]: ["is email forwarding on for my domain", "email routing status", "is email routing enabled"],
  [`POST ${EMAIL_ZONE}/enable`]: ["receive email at my domain", "turn on email forwarding", "set up mail for my domain without a mail server", "enable email routing"],
  [`POST ${EMAIL_ZONE}/disable`]: ["stop forwarding email for my domain", "turn off email routing", "disable email routing"],
  [`GET ${EMAIL_ZONE}/dns`]: ["which mx records does email forwarding need", "dns records needed for email routing", "why is email forwarding not working"],
  [`GET ${EMAIL_ZONE}/rules`]: ["where does mail to my domain go", "list email forwarding rules", "which addresses forward to my gmail"],
  [`POST ${EMAIL_ZONE}/rules`]: ["forward hello@ my domain to my gmail", "create an email alias", "send mail for sales@ to a worker"],
  [`GET ${EMAIL_ZONE}/rules/{rule_identifier}`]: ["details of one forwarding rule", "where one alias forwards to", "one email routing rule"],
  [`PUT ${EMAIL_ZONE}/rules/{rule_identifier}`]: ["change where an alias forwards to", "edit an email routing rule", "forward an alias to another inbox"],
  [`DELETE ${EMAIL_ZONE}/rules/{rule_identifier}`]: ["delete an email alias", "stop forwarding one address", "remove a forwarding rule"],
  [`GET ${EMAIL_ZONE}/rules/catch_all`]: ["what happens to mail sent to unknown addresses", "catch-all email setting", "where do emails to unknown addresses go"],
  [`PUT ${EMAIL_ZONE}/rules/catch_all`]: ["forward everything at my domain to one inbox", "catch all email", "drop mail to addresses that don't exist"],
  [`GET ${EMAIL_ACCOUNT}`]: ["which inboxes can receive my forwarded mail", "list verified destination emails", "list destination addresses"],
  [`POST ${EMAIL_ACCOUNT}`]: ["add my gmail as a place to forward to", "verify a destination email address", "add a destination address"],
  [`GET ${EMAIL_ACCOUNT}/{destination_address_identifier}`]: ["is my destination address verified", "details of a destination address", "did i confirm this forwarding inbox"],
  [`DELETE ${EMAIL_ACCOUNT}/{destination_address_identifier}`]: ["remove a destination inbox", "stop forwarding to an inbox", "delete a destination address"],

  // Web Analytics
  [`GET ${RUM}/site_info/list`]: ["which sites have web analytics", "list my analytics sites", "which websites track visitors with cloudflare"],
  [`POST ${RUM}/site_info`]: ["add privacy-friendly analytics to my website", "track page views without cookies", "get a web analytics snippet"],
  [`GET ${RUM}/site_info/{site_id}`]: ["the analytics snippet for my site", "details of a web analytics site", "site tag of my analytics"],
  [`PUT ${RUM}/site_info/{site_id}`]: ["change the hostname tracked by web analytics", "turn on auto install of web analytics", "edit a web analytics site"],
  [`DELETE ${RUM}/site_info/{site_id}`]: ["stop collecting analytics for a site", "remove web analytics from my site", "delete a web analytics site"],
  [`GET ${RUM}/v2/{ruleset_id}/rules`]: ["which paths does web analytics track", "web analytics rules"],
  [`POST ${RUM}/v2/{ruleset_id}/rule`]: ["exclude /admin from analytics", "add a web analytics rule", "track only some paths in analytics"],
  [`POST ${RUM}/v2/{ruleset_id}/rules`]: ["replace my web analytics rules", "update web analytics rules in bulk"],
  [`PUT ${RUM}/v2/{ruleset_id}/rule/{rule_id}`]: ["change a web analytics rule", "edit a web analytics rule"],
  [`DELETE ${RUM}/v2/{ruleset_id}/rule/{rule_id}`]: ["delete a web analytics rule", "stop excluding a path from analytics"],
};
