// Questions people and agents ask that the pages about logs, analytics, notifications, billing,
// Secrets Store and email answer, in their own words.
import type { PageQuestions } from "./types.ts";

export const ACCOUNT_QUESTIONS: PageQuestions = {
  "/logs/": [
    "get raw request logs for my website",
    "export access logs of my zone",
    "where can i see every request to my site",
  ],
  "/logs/logpush/": [
    "send my http request logs to s3, datadog or splunk",
    "push logs to my storage continuously",
    "set up a log export job",
  ],
  "/logs/logpush/logpush-job/datasets/": [
    "which log types can i export",
    "logpush datasets list",
    "fields available for each log type",
  ],
  "/logs/logpush/logpush-job/datasets/zone/http_requests/": [
    "fields available in http request logs",
    "http requests dataset",
    "status code, cache status and ip fields in logs",
  ],
  "/logs/logpush/logpush-job/datasets/zone/firewall_events/": [
    "fields of security event logs",
    "firewall events dataset",
    "export waf blocks to my siem",
  ],
  "/logs/logpush/logpush-job/datasets/account/audit_logs/": [
    "export audit logs",
    "audit logs dataset",
    "send account audit logs to my siem",
  ],
  "/logs/logpush/logpush-job/datasets/account/gateway_dns/": [
    "export zero trust dns query logs",
    "gateway dns dataset",
  ],
  "/logs/logpush/logpush-job/enable-destinations/": [
    "where can logs be sent",
    "logpush destinations",
    "supported log storage and siem providers",
  ],
  "/logs/logpush/logpush-job/enable-destinations/aws-s3/": [
    "send logs to an s3 bucket",
    "logpush to amazon s3",
    "s3 bucket policy for logpush",
  ],
  "/logs/logpush/logpush-job/enable-destinations/r2/": [
    "store my logs in r2",
    "logpush to r2",
    "cheap log storage on cloudflare",
  ],
  "/logs/logpush/logpush-job/enable-destinations/datadog/": [
    "send logs to datadog",
    "logpush to datadog",
  ],
  "/logs/logpush/logpush-job/enable-destinations/splunk/": [
    "send logs to splunk",
    "logpush to splunk hec",
  ],
  "/logs/logpush/logpush-job/enable-destinations/http/": [
    "send logs to my own http endpoint",
    "logpush to an http endpoint",
    "push logs to a webhook",
  ],
  "/logs/logpush/logpush-job/filters/": [
    "only export logs that match a condition",
    "logpush filters",
    "export only errors or blocked requests",
  ],
  "/logs/logpush/logpush-job/api-configuration/": [
    "create a log push job with the api",
    "logpush api",
    "configure log jobs programmatically",
  ],
  "/logs/instant-logs/": [
    "watch requests to my site live",
    "stream logs in real time from the dashboard",
  ],
  "/logs/logpull/": [
    "download logs over http on demand",
    "logpull api",
    "pull logs with the rest api",
  ],
  "/logs/logpull/enabling-log-retention/": [
    "keep logs for later download",
    "turn on log retention",
    "how long are logs retained for logpull",
  ],
  "/logs/faq/": ["questions about logs", "logs faq", "why are some requests missing from my logs"],
  "/analytics/": [
    "see traffic statistics for my website",
    "how many visitors and requests did my site get",
    "analytics overview",
  ],
  "/analytics/account-and-zone-analytics/zone-analytics/": [
    "traffic, bandwidth and threats for my domain",
    "dashboard analytics for a zone",
    "zone analytics",
    "requests, bandwidth and unique visitors",
  ],
  "/analytics/account-and-zone-analytics/account-analytics/": [
    "traffic across all my domains",
    "account analytics",
    "combined analytics for all zones",
  ],
  "/analytics/graphql-api/": [
    "query analytics data programmatically",
    "graphql api for traffic stats",
  ],
  "/analytics/graphql-api/getting-started/": [
    "first graphql analytics query",
    "get started with the graphql api",
    "graphql endpoint and authentication",
  ],
  "/analytics/graphql-api/limits/": [
    "how far back can i query analytics",
    "graphql query limits and time range",
    "graphql api rate limits",
  ],
  "/analytics/graphql-api/tutorials/querying-workers-metrics/": [
    "get my worker's metrics through graphql",
    "workers invocations and cpu time via graphql",
    "worker metrics api",
  ],
  "/analytics/graphql-api/tutorials/querying-firewall-events/": [
    "query blocked requests with graphql",
    "firewall events through graphql",
    "list blocked requests with the api",
  ],
  "/analytics/analytics-engine/": [
    "record my own custom metrics from a worker",
    "time series analytics for usage tracking",
  ],
  "/analytics/analytics-engine/get-started/": [
    "write data points from my worker and query them",
    "get started with analytics engine",
    "writedatapoint",
  ],
  "/analytics/analytics-engine/sql-api/": [
    "query my custom events with sql",
    "analytics engine sql api",
    "query analytics engine over http",
  ],
  "/analytics/analytics-engine/limits/": [
    "how many data points can i write per request",
    "analytics engine limits",
    "how long is analytics engine data kept",
  ],
  "/analytics/analytics-engine/pricing/": [
    "what does analytics engine cost",
    "analytics engine pricing",
    "free tier for custom metrics",
  ],
  "/analytics/sampling/": [
    "why are my analytics numbers sampled or estimated",
    "analytics sampling",
    "adaptive bit rate sampling",
  ],
  "/analytics/analytics-integrations/": [
    "send cloudflare analytics to datadog or grafana",
    "analytics integrations",
    "export metrics to splunk or new relic",
  ],
  "/web-analytics/": [
    "privacy friendly google analytics alternative",
    "free visitor analytics without cookies",
  ],
  "/web-analytics/get-started/": [
    "add the analytics beacon to my site",
    "track page views on my website",
    "set up web analytics",
    "js snippet for web analytics",
  ],
  "/web-analytics/data-metrics/core-web-vitals/": [
    "measure lcp, inp and cls for real visitors",
    "core web vitals report",
    "page speed for real users",
  ],
  "/web-analytics/get-started/web-analytics-spa/": [
    "track page views in a single page app",
    "web analytics for react or vue spas",
    "route changes in spa analytics",
  ],
  "/web-analytics/limits/": [
    "how many sites can i track",
    "web analytics limits",
    "how long is web analytics data kept",
  ],
  "/notifications/": [
    "get alerted when something happens in my account",
    "email or webhook alerts",
    "cloudflare notifications",
  ],
  "/notifications/get-started/": [
    "create an alert",
    "set up notifications",
    "create a notification",
    "notification settings",
  ],
  "/notifications/get-started/configure-webhooks/": [
    "send alerts to slack or a webhook",
    "webhook destination for alerts",
    "send alerts to microsoft teams or discord",
  ],
  "/notifications/get-started/configure-pagerduty/": [
    "send alerts to pagerduty",
    "pagerduty integration",
    "page my on-call engineer",
  ],
  "/notifications/notification-available/": [
    "which alerts can i get",
    "alert when my origin returns errors or certificates expire",
    "available notifications list",
    "alert types",
  ],
  "/notifications/reference/traffic-alerts/": [
    "alert on a spike in 5xx errors",
    "http traffic alerts",
    "alert on error rate",
  ],
  "/billing/": ["manage my cloudflare bill", "billing and subscriptions", "billing"],
  "/billing/manage/invoices/": [
    "download my invoices",
    "where are my receipts",
    "invoices",
    "view past invoices",
  ],
  "/billing/manage/change-plan/": [
    "upgrade my domain to pro",
    "downgrade to the free plan",
    "change plan",
    "switch a domain to business plan",
  ],
  "/billing/manage/cancel-subscription/": [
    "cancel a subscription",
    "stop paying for a plan or add-on",
    "cancel my pro plan",
    "unsubscribe from a paid service",
  ],
  "/billing/manage/billable-usage/": [
    "see what usage i will be charged for this month",
    "current billable usage",
    "usage so far this billing period",
  ],
  "/billing/manage/budget-alerts/": [
    "get an email when my spending passes an amount",
    "budget alerts",
    "spending alerts",
  ],
  "/billing/payment-methods/": [
    "change my credit card",
    "which payment methods are accepted",
    "payment methods",
    "pay with paypal",
  ],
  "/billing/get-started/update-billing-info/": [
    "change the billing address or vat number",
    "update billing information",
    "change the billing email",
  ],
  "/billing/troubleshoot/troubleshoot-failed-payments/": [
    "my payment failed",
    "card declined",
    "resolve a payment failure",
  ],
  "/billing/understand/how-billing-works/": [
    "when am i billed",
    "how does billing work",
    "billing cycle",
    "how cloudflare bills my account",
  ],
  "/billing/understand/usage-based-billing/": [
    "how are usage based products billed",
    "usage based billing",
    "pay as you go products",
  ],
  "/billing/understand/faq/": ["billing questions", "refund for a charge", "billing faq"],
  "/secrets-store/": [
    "store api keys once and share them across workers",
    "account level secrets manager",
    "central place for credentials",
  ],
  "/secrets-store/manage-secrets/": [
    "create, edit or delete an account secret",
    "add a secret to the store",
    "secrets store secrets",
  ],
  "/secrets-store/integrations/workers/": [
    "use a secret from the store in my worker",
    "bind a store secret to a worker",
    "secrets store binding",
    "read an account secret in code",
  ],
  "/secrets-store/access-control/": [
    "who can read or edit shared secrets",
    "secrets store permissions",
    "roles for secrets store",
  ],
  "/secrets-store/audit-logs/": [
    "see who changed a secret",
    "secrets store audit logs",
    "history of secret changes",
  ],
  "/email-service/": [
    "send and receive email with cloudflare",
    "transactional email from my app",
    "forward emails sent to my domain",
  ],
  "/email-service/get-started/route-emails/": [
    "forward mail for my domain to my gmail",
    "create a custom address that forwards to my inbox",
    "email routing setup",
    "receive email for my domain",
  ],
  "/email-service/get-started/send-emails/": [
    "send an email from my worker",
    "send password reset emails",
    "send emails setup",
    "send transactional email with cloudflare",
  ],
  "/email-service/configuration/email-routing-addresses/": [
    "catch all address for my domain",
    "add a destination address for forwarding",
    "email routing rules",
    "forward different addresses to different people",
  ],
  "/email-service/api/route-emails/email-handler/": [
    "process incoming email in a worker",
    "email handler that reads or rejects messages",
    "email worker",
    "run code for each incoming email",
  ],
  "/email-service/api/send-emails/": [
    "api to send emails",
    "send email api reference",
    "send emails with attachments",
  ],
  "/email-service/api/send-emails/smtp/": [
    "send mail through smtp",
    "smtp credentials",
    "smtp server settings",
  ],
  "/email-service/platform/limits/": [
    "how many emails can i send per day",
    "maximum message size and number of forwarding rules",
    "email service limits",
    "email sending quota",
  ],
  "/email-service/platform/pricing/": [
    "how much does sending email cost",
    "email service pricing",
    "is email routing free",
  ],
  "/email-service/concepts/deliverability/": [
    "my emails land in spam",
    "improve email deliverability",
    "emails rejected by gmail",
  ],
  "/email-service/concepts/email-authentication/": [
    "spf, dkim and dmarc for sending",
    "authenticate my sending domain",
  ],
  "/email-service/reference/troubleshooting/": [
    "forwarded emails are not arriving",
    "email service troubleshooting",
    "emails bounce",
  ],
  "/logs/logpush/logpush-job/log-output-options/": [
    "change the log format to csv or ndjson",
    "timestamp format in logs",
  ],
  "/logs/logpush/logpush-job/enable-destinations/google-cloud-storage/": [
    "logpush to google cloud storage",
    "logpush gcs",
  ],
  "/logs/logpush/logpush-job/enable-destinations/bigquery/": [
    "send logs to bigquery",
    "logpush bigquery",
  ],
  "/logs/logpush/logpush-job/custom-fields/": [
    "log custom request headers or cookies",
    "logpush custom fields",
  ],
  "/logs/logpush/logpush-job/datasets/account/workers_trace_events/": [
    "workers trace events dataset",
    "export worker logs with logpush",
  ],
  "/logs/logpush/logpush-job/datasets/zone/dns_logs/": [
    "dns query logs for my zone",
    "dns logs dataset",
  ],
  "/logs/r2-log-retrieval/": ["query logs stored in r2", "search historical logs"],
  "/logs/logpush/permissions/": ["permissions needed to set up logpush", "logpush permissions"],
  "/analytics/graphql-api/features/data-sets/": ["graphql datasets", "which tables can i query"],
  "/analytics/graphql-api/getting-started/authentication/api-token-auth/": [
    "api token for graphql analytics",
    "graphql api token",
  ],
  "/analytics/account-and-zone-analytics/status-codes/": [
    "status codes in analytics",
    "how many 404 or 500 errors does my site return",
  ],
  "/analytics/types-of-analytics/": [
    "which analytics product should i use",
    "types of cloudflare analytics",
  ],
  "/analytics/custom-dashboards/": ["build my own analytics dashboard", "custom dashboards"],
  "/analytics/faq/about-analytics/": [
    "why do cloudflare analytics differ from google analytics",
    "analytics numbers don't match",
  ],
  "/web-analytics/faq/": ["web analytics faq", "why is web analytics not showing data"],
  "/web-analytics/data-metrics/": ["web analytics metrics", "page views, visits and referrers"],
  "/notifications/notification-history/": ["notifications that were sent", "notification history"],
  "/notifications/reference/webhook-payload-schema/": [
    "webhook payload format for alerts",
    "notification webhook payload",
  ],
  "/billing/get-started/": ["set up billing", "billing setup"],
  "/billing/manage/optimize-costs/": ["reduce my cloudflare bill", "optimize costs"],
  "/billing/understand/sales-tax/": ["sales tax and vat on invoices", "sales tax"],
  "/billing/manage/pay-invoices-overdue-balances/": [
    "pay an overdue balance",
    "outstanding balance on my account",
  ],
  "/secrets-store/manage-secrets/how-to/": [
    "rotate or duplicate a secret in the store",
    "secrets store how to",
  ],
  "/email-service/configuration/domains/": ["add a domain for email", "verify my sending domain"],
  "/email-service/api/send-emails/workers-api/": [
    "send email binding in a worker",
    "send email from a worker binding",
  ],
  "/email-service/api/send-emails/rest-api/": ["send emails with the rest api", "email rest api"],
  "/email-service/observability/logs/": ["email logs", "was my email delivered"],
  "/email-service/examples/email-routing/spam-filtering/": [
    "filter spam in email routing",
    "spam filtering",
  ],
  "/email-service/concepts/suppressions/": [
    "suppression list",
    "stop sending to bounced addresses",
  ],
  "/email-service/configuration/subdomains/": ["email on a subdomain", "email subdomains"],
};
