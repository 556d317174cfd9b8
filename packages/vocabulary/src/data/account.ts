/**
 * Accounts, people, tokens, audit, billing, registration, notifications, logs and email.
 * @module
 */
import type { VocabularyEntry } from "../types.ts";

export const ACCOUNT: readonly VocabularyEntry[] = [
  {
    say: ["teammate", "teammates", "colleague", "colleagues", "coworker", "coworkers", "co-worker", "team member", "team members", "member", "members", "someone on my team", "another person", "new hire", "contractor", "employee", "admin", "administrator", "super admin"],
    means: "account members member",
    api: ["members"],
    docs: ["fundamentals"],
  },
  {
    say: ["offboard", "offboarding", "fired"],
    means: "member remove delete",
    api: ["members"],
    docs: ["fundamentals"],
  },
  {
    say: ["role", "roles", "permission", "permissions", "read only access", "read-only access", "only dns", "only billing"],
    means: "roles permission groups policies",
    api: ["roles", "iam", "members", "tokens"],
    docs: ["fundamentals"],
  },
  {
    say: ["resource group", "resource groups", "scope"],
    means: "resource groups",
    api: ["iam"],
    docs: ["fundamentals"],
  },
  {
    say: ["api token", "api tokens", "token", "tokens", "api key", "api keys", "credentials", "access token"],
    means: "api token tokens",
    api: ["tokens"],
    docs: ["fundamentals"],
  },
  {
    say: ["is my token valid", "token valid", "valid token", "token works", "test my token", "verify token", "check token"],
    means: "verify token",
    api: ["tokens"],
    docs: ["fundamentals"],
  },
  {
    say: ["leaked token", "leaked key", "compromised token", "regenerate token", "roll token", "new secret"],
    means: "roll token value",
    api: ["tokens"],
    docs: ["fundamentals"],
  },
  {
    say: ["sign in", "signs in", "signed in", "signing in", "sign-in", "log in", "logs in", "logged in", "logging in", "login", "logins", "log into", "logs into", "sign into"],
    means: "login user members access authentication",
    docs: ["fundamentals", "cloudflare-one"],
  },
  {
    say: ["account", "accounts", "account id", "account name", "account number", "account identifier"],
    means: "account accounts",
    api: ["accounts"],
    docs: ["fundamentals"],
  },
  {
    say: ["accounts i belong to", "accounts i can access", "my memberships", "membership", "memberships"],
    means: "memberships accounts",
    api: ["memberships", "accounts"],
    docs: ["fundamentals"],
  },
  {
    say: ["invitation", "invitations", "invite", "invites", "join an account", "accept an invite"],
    means: "invites invitation membership",
    api: ["invites", "memberships", "members"],
    docs: ["fundamentals"],
  },
  {
    say: ["profile", "my profile", "my name", "my email address", "user details", "who am i", "whoami", "logged in as", "my user"],
    means: "user details edit user",
    api: ["user"],
    docs: ["fundamentals"],
  },
  {
    say: ["two-factor", "2fa", "mfa", "two factor"],
    means: "two-factor authentication",
    docs: ["fundamentals"],
  },
  // Audit
  {
    say: ["audit", "audit log", "audit logs", "audit trail", "who changed", "what changed", "change history", "changes made", "activity log", "account activity", "history of changes"],
    means: "audit logs",
    api: ["audit_logs"],
    docs: ["fundamentals"],
  },
  // Billing and registrar
  {
    say: ["bill", "billing", "invoice", "invoices", "charge", "charged", "charges", "payment", "payments", "receipt", "cost me"],
    means: "billing history profile invoices",
    api: ["billing", "subscriptions"],
    docs: ["billing"],
  },
  {
    say: ["subscription", "subscriptions", "add-on", "add-ons"],
    means: "subscriptions",
    api: ["subscriptions", "subscription"],
    docs: ["billing"],
  },
  {
    say: ["register a domain", "buy a domain", "domain registration", "registered domains", "registrar", "renew", "renewal", "auto renew", "auto-renew", "expire", "expiring domain", "transfer lock", "registrar lock", "domain lock", "transfer my domain", "whois privacy"],
    means: "registrar domains auto_renew locked",
    api: ["registrar"],
    docs: ["registrar"],
  },
  // Notifications
  {
    say: ["alert", "alerts", "alert me", "notify", "notify me", "notification", "notifications", "page me"],
    means: "notification policy alerting",
    api: ["alerting"],
    docs: ["notifications"],
  },
  {
    say: ["webhook", "webhooks", "slack", "microsoft teams", "discord", "opsgenie"],
    means: "webhooks destinations",
    api: ["alerting", "stream"],
    docs: ["notifications"],
  },
  {
    say: ["pagerduty"],
    means: "pagerduty destinations",
    api: ["alerting"],
    docs: ["notifications"],
  },
  {
    say: ["alert types", "available alerts"],
    means: "available alerts alert types",
    api: ["alerting"],
    docs: ["notifications"],
  },
  {
    say: ["alert history", "notification history", "past alerts", "sent alerts"],
    means: "alerting history",
    api: ["alerting"],
    docs: ["notifications"],
  },
  // Logs
  {
    say: ["logs", "log", "logging", "http logs", "access logs", "traffic logs"],
    means: "logs logpush",
    api: ["logpush", "logs"],
    docs: ["logs"],
  },
  {
    say: ["send logs", "ship logs", "export logs", "push logs", "logs to s3", "logs to r2", "siem", "datadog", "splunk", "elastic", "sumo logic", "new relic", "bigquery", "google cloud storage", "azure blob"],
    means: "logpush job destination",
    api: ["logpush"],
    docs: ["logs"],
  },
  {
    say: ["log fields", "fields", "available fields"],
    means: "logpush dataset fields",
    api: ["logpush", "logs"],
    docs: ["logs"],
  },
  {
    say: ["ray id", "ray-id", "cf-ray"],
    means: "logs rayids ray id",
    api: ["logs"],
    docs: ["logs", "fundamentals"],
  },
  {
    say: ["real-time requests", "instant logs", "live traffic"],
    means: "instant logs logpush edge",
    api: ["logpush"],
    docs: ["logs"],
  },
  {
    say: ["raw logs", "logpull", "download logs", "last hour of logs", "log retention"],
    means: "logs received logpull retention",
    api: ["logs"],
    docs: ["logs"],
  },
  {
    say: ["ownership challenge", "prove ownership of the destination"],
    means: "logpush ownership challenge",
    api: ["logpush"],
    docs: ["logs"],
  },
  {
    say: ["analytics", "graphql", "traffic numbers", "statistics", "stats"],
    means: "analytics graphql",
    docs: ["analytics"],
  },
  // Email
  {
    say: ["forward email", "email forwarding", "mail forwarding", "receive email", "receive mail", "inbox", "gmail", "outlook", "mailbox", "email alias", "email aliases"],
    means: "email routing rules destination address forward",
    api: ["email"],
    docs: ["email-service"],
  },
  {
    say: ["catch-all", "catch all", "catchall", "any address"],
    means: "email routing catch all rule",
    api: ["email"],
    docs: ["email-service"],
  },
  {
    say: ["destination address", "destination addresses", "verified address"],
    means: "email routing destination addresses",
    api: ["email"],
    docs: ["email-service"],
  },
  {
    say: ["send email", "send emails", "transactional email", "password reset email", "outbound email"],
    means: "send emails",
    docs: ["email-service"],
  },
  {
    say: ["spam folder", "deliverability", "email authentication"],
    means: "email deliverability spf dkim dmarc",
    docs: ["email-service", "dns", "dmarc-management"],
  },
];
