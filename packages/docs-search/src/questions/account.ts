// Questions people and agents ask that the pages about logs, analytics, notifications, billing,
// Secrets Store and email answer, in their own words.
import type { PageQuestions } from "./types.ts";

export const ACCOUNT_QUESTIONS: PageQuestions = {
  "/logs/": [
    "get raw request logs for my website",
    "where can i see every request to my site",
    "debug what happened to one request to my site",
    "like cloudwatch or nginx access logs for my site",
  ],
  "/logs/logpush/": [
    "send my http request logs to s3, datadog or splunk",
    "set up a log export job",
    "how much log storage will my traffic need",
    "ship every request log to my siem automatically",
  ],
  "/logs/logpush/logpush-job/datasets/": [
    "which log types can i export",
    "logpush datasets list",
    "fields available for each log type",
  ],
  "/logs/logpush/logpush-job/datasets/zone/http_requests/": [
    "fields available in http request logs",
    "status code, cache status and ip fields in logs",
    "which details about each visitor request can i export",
  ],
  "/logs/logpush/logpush-job/datasets/zone/firewall_events/": [
    "fields of security event logs",
    "export waf blocks to my siem",
    "list of blocked and challenged requests for my security team",
  ],
  "/logs/logpush/logpush-job/datasets/account/audit_logs/": [
    "export audit logs",
    "send account audit logs to my siem",
    "keep a copy of who changed what in our account",
  ],
  "/logs/logpush/logpush-job/datasets/account/gateway_dns/": [
    "export zero trust dns query logs",
    "which fields show the blocked domain and policy in dns logs",
    "export which domains our office computers looked up",
  ],
  "/logs/logpush/logpush-job/enable-destinations/": [
    "where can logs be sent",
    "supported log storage and siem providers",
    "where can i send my site's logs",
  ],
  "/logs/logpush/logpush-job/enable-destinations/aws-s3/": [
    "send logs to an s3 bucket",
    "s3 bucket policy for logpush",
    "write my request logs into an aws bucket",
  ],
  "/logs/logpush/logpush-job/enable-destinations/r2/": [
    "store my logs in r2",
    "cheap log storage on cloudflare",
    "cheap place to keep months of request logs",
  ],
  "/logs/logpush/logpush-job/enable-destinations/datadog/": [
    "send logs to datadog",
    "see cloudflare request logs in datadog log explorer",
    "see my site's requests in datadog log search",
  ],
  "/logs/logpush/logpush-job/enable-destinations/splunk/": [
    "send logs to splunk",
    "logpush to splunk hec",
    "splunk is not receiving my cloudflare logs",
  ],
  "/logs/logpush/logpush-job/enable-destinations/http/": [
    "send logs to my own http endpoint",
    "logpush to an http endpoint",
    "push logs to a webhook",
  ],
  "/logs/logpush/logpush-job/filters/": [
    "only export logs that match a condition",
    "export only errors or blocked requests",
    "push only requests for one hostname or path",
  ],
  "/logs/logpush/logpush-job/api-configuration/": [
    "create a log push job with the api",
    "configure log jobs programmatically",
    "change fields or sample rate of an existing logpush job",
    "max upload size and interval for logpush batches",
  ],
  "/logs/instant-logs/": [
    "watch requests to my site live",
    "tail live traffic to debug a problem right now",
    "watch traffic during an attack as it happens",
    "like tail -f on my web server access log",
  ],
  "/logs/logpull/": [
    "download logs over http on demand",
    "pull logs with the rest api",
    "grab yesterday's request logs with a script",
  ],
  "/logs/logpull/enabling-log-retention/": [
    "keep logs for later download",
    "how long are logs retained for logpull",
    "logpull says log retention is not enabled",
    "log download says there is nothing stored for my domain",
  ],
  "/logs/faq/": [
    "why are some requests missing from my logs",
    "my log export has gaps or arrives late",
  ],
  "/analytics/": [
    "see traffic statistics for my website",
    "how many visitors and requests did my site get",
    "how much traffic is my website getting",
  ],
  "/analytics/account-and-zone-analytics/zone-analytics/": [
    "traffic, bandwidth and threats for my domain",
    "requests, bandwidth and unique visitors",
    "how many people visited my website this week",
  ],
  "/analytics/account-and-zone-analytics/account-analytics/": [
    "traffic across all my domains",
    "combined analytics for all zones",
    "total bandwidth used by all my websites together",
  ],
  "/analytics/graphql-api/": [
    "query analytics data programmatically",
    "pull traffic numbers into my own reporting script",
    "get my site's request counts into a spreadsheet or script",
  ],
  "/analytics/graphql-api/getting-started/": [
    "first graphql analytics query",
    "graphql endpoint and authentication",
    "curl example to fetch my site's traffic numbers",
  ],
  "/analytics/graphql-api/limits/": [
    "how far back can i query analytics",
    "graphql query limits and time range",
    "graphql query rejected for asking too much data at once",
    "my stats query fails when i ask for a whole year",
  ],
  "/analytics/graphql-api/tutorials/querying-workers-metrics/": [
    "get my worker's metrics through graphql",
    "workers invocations and cpu time via graphql",
    "requests, errors and cpu time of my functions from a script",
  ],
  "/analytics/graphql-api/tutorials/querying-firewall-events/": [
    "query blocked requests with graphql",
    "firewall events through graphql",
    "list blocked requests with the api",
  ],
  "/analytics/analytics-engine/": [
    "record my own custom metrics from a worker",
    "count events per customer from my worker without a database",
    "like prometheus or statsd counters inside my serverless function",
  ],
  "/analytics/analytics-engine/get-started/": [
    "write data points from my worker and query them",
    "writedatapoint",
    "track page views per customer from my function and chart them",
  ],
  "/analytics/analytics-engine/sql-api/": [
    "query my custom events with sql",
    "query analytics engine over http",
    "run select queries over events my app logged",
  ],
  "/analytics/analytics-engine/limits/": [
    "how many data points can i write per request",
    "how long is analytics engine data kept",
    "how big can blobs and doubles be in writeDataPoint",
    "my custom metric writes are being dropped",
  ],
  "/analytics/analytics-engine/pricing/": [
    "what does analytics engine cost",
    "free tier for custom metrics",
    "will counting events from my app cost money",
  ],
  "/analytics/sampling/": [
    "why are my analytics numbers sampled or estimated",
    "adaptive bit rate sampling",
    "my traffic numbers look rounded or approximate",
  ],
  "/analytics/analytics-integrations/": [
    "send cloudflare analytics to datadog or grafana",
    "export metrics to splunk or new relic",
    "see my cdn traffic in the monitoring tool my team already uses",
  ],
  "/web-analytics/": [
    "privacy friendly google analytics alternative",
    "free visitor analytics without cookies",
    "see how many people visit my site without cookie banners",
    "count visitors to my blog without google analytics",
  ],
  "/web-analytics/get-started/": [
    "add the analytics beacon to my site",
    "track page views on my website",
    "turn on web analytics for a pages project",
    "site not proxied by cloudflare, add the beacon manually",
    "see how many people read my static site",
  ],
  "/web-analytics/data-metrics/core-web-vitals/": [
    "measure lcp, inp and cls for real visitors",
    "page speed for real users",
    "why does google search console say my pages are slow",
  ],
  "/web-analytics/get-started/web-analytics-spa/": [
    "track page views in a single page app",
    "web analytics for react or vue spas",
    "only the first page of my react app is counted as a visit",
  ],
  "/web-analytics/limits/": [
    "how many sites can i track",
    "how long is web analytics data kept",
    "how many web analytics rules per site",
    "can i track all my client websites in one account",
  ],
  "/notifications/": [
    "get alerted when something happens in my account",
    "email or webhook alerts",
    "text or email me when my website goes down",
  ],
  "/notifications/get-started/": [
    "create an alert",
    "mute or silence alerts during maintenance",
    "send a test notification",
    "be told when my site starts throwing errors",
  ],
  "/notifications/get-started/configure-webhooks/": [
    "send alerts to slack or a webhook",
    "send alerts to microsoft teams or discord",
    "post an alert into our team chat channel",
  ],
  "/notifications/get-started/configure-pagerduty/": [
    "send alerts to pagerduty",
    "page my on-call engineer",
    "wake up whoever is on call when my site has problems",
  ],
  "/notifications/notification-available/": [
    "which alerts can i get",
    "alert when my origin returns errors or certificates expire",
    "what can i be warned about before my certificate expires",
  ],
  "/notifications/reference/traffic-alerts/": [
    "alert on a spike in 5xx errors",
    "alert on error rate",
    "my site started returning errors and nobody noticed",
  ],
  "/billing/": [
    "manage my cloudflare bill",
    "where do i see what i am paying for",
    "what am i being charged for each month",
  ],
  "/billing/manage/invoices/": [
    "download my invoices",
    "where are my receipts",
    "view past invoices",
    "my accountant needs a pdf receipt for last month",
  ],
  "/billing/manage/change-plan/": [
    "upgrade my domain to pro",
    "downgrade to the free plan",
    "switch a domain to business plan",
    "switch from yearly to monthly billing",
    "need more features for my website, move to a paid tier",
  ],
  "/billing/manage/cancel-subscription/": [
    "stop paying for a plan or add-on",
    "cancel my pro plan",
    "unsubscribe from a paid service",
    "do i keep paid features until the end of the month after cancelling",
    "stop the monthly charge on my card",
  ],
  "/billing/manage/billable-usage/": [
    "see what usage i will be charged for this month",
    "usage so far this billing period",
    "why my usage charges differ from my invoice",
    "how big will my bill be this month so far",
  ],
  "/billing/manage/budget-alerts/": [
    "get an email when my spending passes an amount",
    "spending alerts",
    "avoid a surprise bill from workers or r2 usage",
    "like an aws billing alarm for my cloudflare spend",
  ],
  "/billing/payment-methods/": [
    "change my credit card",
    "which payment methods are accepted",
    "pay with paypal",
    "my card expired, put a new one on file",
  ],
  "/billing/get-started/update-billing-info/": [
    "change the billing address or vat number",
    "change the billing email",
    "put my company name and tax id on future invoices",
  ],
  "/billing/troubleshoot/troubleshoot-failed-payments/": [
    "my payment failed",
    "card declined",
    "payment authorization failed when buying a plan",
    "3d secure check blocks my card payment",
    "my plan was downgraded because the charge did not go through",
  ],
  "/billing/understand/how-billing-works/": [
    "when am i billed",
    "billing cycle",
    "how cloudflare bills my account",
    "read the line items on my cloudflare invoice",
    "why was my card charged on a different day than i signed up",
  ],
  "/billing/understand/usage-based-billing/": [
    "how are usage based products billed",
    "pay as you go products",
    "how am i charged for pay per request services like lambda",
  ],
  "/billing/understand/faq/": [
    "refund for a charge",
    "which day of the month am i charged",
    "i was charged for something i did not expect",
  ],
  "/secrets-store/": [
    "store api keys once and share them across workers",
    "account level secrets manager",
    "stop copying the same api key into every worker",
    "like aws secrets manager or vault for my functions",
  ],
  "/secrets-store/manage-secrets/": [
    "create, edit or delete an account secret",
    "add a secret to the store",
    "save a database password once for my whole team",
  ],
  "/secrets-store/integrations/workers/": [
    "use a secret from the store in my worker",
    "bind a store secret to a worker",
    "env binding get() returns my store secret",
    "read a shared api key as an env var in my function",
  ],
  "/secrets-store/access-control/": [
    "who can read or edit shared secrets",
    "secrets store permissions",
    "stop a teammate from seeing our production api keys",
  ],
  "/secrets-store/audit-logs/": [
    "see who changed a secret",
    "history of secret changes",
    "someone changed our api key, find out who",
  ],
  "/email-service/": [
    "send and receive email with cloudflare",
    "transactional email from my app",
    "forward emails sent to my domain",
    "like sendgrid or ses for sending mail from my app",
  ],
  "/email-service/get-started/route-emails/": [
    "forward mail for my domain to my gmail",
    "create a custom address that forwards to my inbox",
    "receive email for my domain",
    "email forwarding needs cloudflare dns",
    "get hello@mydomain mail without paying for a mailbox",
  ],
  "/email-service/get-started/send-emails/": [
    "send an email from my worker",
    "send password reset emails",
    "send transactional email with cloudflare",
    "send email from node or python without workers",
    "send a signup confirmation email from my app",
  ],
  "/email-service/configuration/email-routing-addresses/": [
    "catch all address for my domain",
    "add a destination address for forwarding",
    "forward different addresses to different people",
    "send every address at my domain to one inbox",
  ],
  "/email-service/api/route-emails/email-handler/": [
    "process incoming email in a worker",
    "email handler that reads or rejects messages",
    "email worker",
    "run code for each incoming email",
    "reply to or reject an incoming email from code",
  ],
  "/email-service/api/send-emails/": [
    "send emails with attachments",
    "send mail from my backend over http like the sendgrid api",
  ],
  "/email-service/api/send-emails/smtp/": [
    "send mail through smtp",
    "smtp credentials",
    "smtp server settings",
  ],
  "/email-service/platform/limits/": [
    "how many emails can i send per day",
    "maximum message size and number of forwarding rules",
    "email sending quota",
    "largest attachment i can send",
    "my app hit a cap on outgoing mail",
  ],
  "/email-service/platform/pricing/": [
    "how much does sending email cost",
    "is email routing free",
    "is forwarding mail for my domain free",
  ],
  "/email-service/concepts/deliverability/": [
    "my emails land in spam",
    "emails rejected by gmail",
    "high bounce rate hurts my sender reputation",
    "customers say my emails go to junk",
  ],
  "/email-service/concepts/email-authentication/": [
    "spf, dkim and dmarc for sending",
    "authenticate my sending domain",
    "gmail says my message failed authentication",
    "which dns records stop my mail being marked as spoofed",
  ],
  "/email-service/reference/troubleshooting/": [
    "forwarded emails are not arriving",
    "emails bounce",
    "multiple spf records break my email sending",
    "dkim signature fails validation",
    "mail sent to my domain never shows up in my inbox",
  ],
  "/logs/logpush/logpush-job/log-output-options/": [
    "change the log format to csv or ndjson",
    "timestamp format in logs",
    "get logs as csv instead of json",
    "choose which fields go into each log line",
  ],
  "/logs/logpush/logpush-job/enable-destinations/google-cloud-storage/": [
    "logpush gcs",
    "send cloudflare logs to a gcs bucket",
    "write my request logs into a gcs bucket",
  ],
  "/logs/logpush/logpush-job/enable-destinations/bigquery/": [
    "send logs to bigquery",
    "analyze request logs with sql in google bigquery",
    "query my site's traffic with sql in google cloud",
  ],
  "/logs/logpush/logpush-job/custom-fields/": [
    "log custom request headers or cookies",
    "include the user agent or a session cookie in exported logs",
    "add a request header or cookie value to my exported logs",
  ],
  "/logs/logpush/logpush-job/datasets/account/workers_trace_events/": [
    "export worker logs with logpush",
    "ship console.log output of my functions to my log platform",
  ],
  "/logs/logpush/logpush-job/datasets/zone/dns_logs/": [
    "dns query logs for my zone",
    "record every dns query for my domain",
  ],
  "/logs/r2-log-retrieval/": [
    "query logs stored in r2",
    "search historical logs",
    "find old request logs sitting in my r2 bucket by time range",
    "search months of old logs in my storage bucket without a siem",
  ],
  "/logs/logpush/permissions/": [
    "permissions needed to set up logpush",
    "logpush job creation fails with a permission error",
    "a teammate cannot set up log exports",
  ],
  "/analytics/graphql-api/features/data-sets/": [
    "which tables can i query",
    "which graphql node has requests by country or status code",
    "which tables of traffic data can i query",
  ],
  "/analytics/graphql-api/getting-started/authentication/api-token-auth/": [
    "api token for graphql analytics",
    "graphql analytics says authentication error with my token",
    "my script gets unauthorized when it asks for traffic stats",
  ],
  "/analytics/account-and-zone-analytics/status-codes/": [
    "how many 404 or 500 errors does my site return",
    "my site suddenly returns lots of 5xx, see the breakdown",
  ],
  "/analytics/types-of-analytics/": [
    "which analytics product should i use",
    "where do i find visitor numbers versus security events",
    "i want visitor counts for my website, where do i look",
  ],
  "/analytics/custom-dashboards/": [
    "build my own analytics dashboard",
    "make a dashboard with only the charts i care about",
    "like a grafana board inside the cloudflare dashboard",
  ],
  "/analytics/faq/about-analytics/": [
    "why do cloudflare analytics differ from google analytics",
    "analytics numbers don't match",
    "overview page numbers differ from view more analytics",
    "my visitor numbers are much higher than google analytics shows",
  ],
  "/web-analytics/faq/": [
    "why is web analytics not showing data",
    "web analytics shows zero visits after adding the snippet",
    "ad blockers hide visits from web analytics",
  ],
  "/web-analytics/data-metrics/": [
    "page views, visits and referrers",
    "which pages are most popular and where visitors come from",
    "which blog posts get the most readers",
  ],
  "/notifications/notification-history/": [
    "notifications that were sent",
    "did cloudflare send me an alert last night",
  ],
  "/notifications/reference/webhook-payload-schema/": [
    "webhook payload format for alerts",
    "parse the json body of an alert webhook",
  ],
  "/billing/get-started/": [
    "first steps before buying a paid plan",
    "add a card so i can buy a paid plan for my website",
  ],
  "/billing/manage/optimize-costs/": [
    "reduce my cloudflare bill",
    "my bill went up, how do i lower it",
    "cut what i spend on serverless and storage each month",
  ],
  "/billing/understand/sales-tax/": [
    "sales tax and vat on invoices",
    "why is there vat or tax on my invoice",
  ],
  "/billing/manage/pay-invoices-overdue-balances/": [
    "pay an overdue balance",
    "outstanding balance on my account",
    "my account is locked because a bill was not paid",
  ],
  "/secrets-store/manage-secrets/how-to/": [
    "rotate or duplicate a secret in the store",
    "change an api key used by many workers at once",
  ],
  "/email-service/configuration/domains/": [
    "add a domain for email",
    "verify my sending domain",
    "dns records to add before sending email from my domain",
    "emails from my app show via or unverified sender",
  ],
  "/email-service/api/send-emails/workers-api/": [
    "send email binding in a worker",
    "send email from a worker binding",
    "error codes from the send_email binding",
    "send() options like to, from, subject and html",
  ],
  "/email-service/api/send-emails/rest-api/": [
    "send emails with the rest api",
    "send an email with an http post from any backend",
  ],
  "/email-service/observability/logs/": [
    "was my email delivered",
    "check why a specific email bounced",
    "customer says they never got my email",
  ],
  "/email-service/examples/email-routing/spam-filtering/": [
    "filter spam in email routing",
    "block junk mail reaching my forwarded addresses",
    "drop junk mail before it reaches my inbox",
  ],
  "/email-service/concepts/suppressions/": [
    "stop sending to bounced addresses",
    "emails to an address stopped sending after it bounced",
  ],
  "/email-service/configuration/subdomains/": [
    "email on a subdomain",
    "send from mail.example.com instead of the root domain",
  ],
  "/analytics/account-and-zone-analytics/": [
    "dashboard charts for my domain and my whole account",
    "which analytics pages show traffic per zone versus per account",
    "where do i see traffic for each of my websites",
  ],
  "/analytics/account-and-zone-analytics/analytics-with-workers/": [
    "why does my zone analytics show double the requests since adding a worker",
    "are worker subrequests counted in my site's traffic numbers",
    "requests through a proxying worker counted twice",
  ],
  "/analytics/account-and-zone-analytics/app-security-reports/": [
    "monthly attack report for my enterprise sites",
    "compare my site's attacks with others in my industry",
    "download a pdf summary of threats blocked last month",
  ],
  "/analytics/account-and-zone-analytics/threat-types/": [
    "what does bad browser or blocked hotlink mean in the threats chart",
    "meaning of the categories in type of threats mitigated",
    "why was a request counted as a country block or ip range block",
  ],
  "/analytics/account-and-zone-analytics/total-threats-stopped/": [
    "how cloudflare decides a request is suspicious or bad",
    "what counts toward total threats stopped on my site",
  ],
  "/analytics/analytics-engine/grafana/": [
    "chart my custom worker metrics in grafana",
    "grafana data source for workers analytics engine",
    "time series dashboard from events my worker writes",
  ],
  "/analytics/analytics-engine/recipes/usage-based-billing-for-your-saas-product/": [
    "charge each of my customers by how much they use my api",
    "meter requests per tenant from a worker",
    "track usage per customer for invoicing",
  ],
  "/analytics/analytics-engine/sampling/": [
    "why are my analytics engine counts estimates instead of exact",
    "use _sample_interval to get correct totals",
    "choosing an index so rare events are not sampled away",
    "how writes are sampled when i send too many data points",
  ],
  "/analytics/analytics-engine/sql-reference/": [
    "which sql does analytics engine support",
    "functions available when querying worker analytics data",
  ],
  "/analytics/analytics-engine/sql-reference/aggregate-functions/": [
    "count distinct users in analytics engine sql",
    "percentile or quantile of a value in analytics engine",
    "sum and average with sampling weights",
  ],
  "/analytics/analytics-engine/sql-reference/date-time-functions/": [
    "group analytics engine rows by hour or day",
    "format a timestamp in analytics engine sql",
    "convert the timestamp column to a date",
  ],
  "/analytics/analytics-engine/sql-reference/string-functions/": [
    "search inside blob columns with sql string functions",
    "substring, lower and length in analytics engine queries",
  ],
  "/analytics/analytics-engine/sql-reference/statements/": [
    "list my analytics engine datasets with show tables",
    "select, where, group by and order by in analytics engine",
    "limit and format clauses for analytics engine sql",
  ],
  "/analytics/analytics-engine/sql-reference/operators/": [
    "like and comparison operators in analytics engine sql",
    "pattern matching on strings in workers analytics queries",
  ],
  "/analytics/analytics-engine/sql-reference/mathematical-functions/": [
    "round or floor a number in analytics engine sql",
    "integer division and logarithm in analytics engine",
  ],
  "/analytics/analytics-engine/worker-querying/": [
    "read my analytics engine data from inside a worker",
    "call the analytics sql api with fetch from a worker",
    "serve a stats endpoint built from events i recorded",
  ],
  "/analytics/analytics-integrations/datadog/": [
    "see cloudflare metrics in a datadog dashboard",
    "install the cloudflare tile in datadog",
    "one monitoring dashboard for my cdn and my servers",
  ],
  "/analytics/analytics-integrations/graylog/": [
    "analyze cloudflare logs in graylog",
    "import cloudflare logs from s3 into graylog with lambda",
  ],
  "/analytics/analytics-integrations/new-relic/": [
    "cloudflare dashboards in new relic",
    "send cloudflare network logs to new relic one",
  ],
  "/analytics/analytics-integrations/prometheus/": [
    "scrape cloudflare metrics with prometheus",
    "prometheus exporter for zone traffic running on a worker",
    "alert in prometheus on cloudflare request rates",
  ],
  "/analytics/analytics-integrations/sentinel/": [
    "get cloudflare logs into microsoft sentinel",
    "azure sentinel data connector for cloudflare",
    "codeless connector setup for cloudflare in azure",
  ],
  "/analytics/analytics-integrations/splunk/": [
    "cloudflare app for splunk dashboards",
    "splunk http event collector for cloudflare logs",
    "splunk dashboards show incomplete cloudflare data",
    "get my website's security events into splunk",
  ],
  "/analytics/faq/graphql-api-inconsistent-results/": [
    "same graphql query returns slightly different numbers each time",
    "why do analytics totals change between runs",
    "get stable counts from the graphql analytics api",
  ],
  "/analytics/faq/other-faqs/": [
    "lots of traffic from asn 13335 in my analytics, is it an attack",
    "requests coming from cloudflare's own ip addresses",
  ],
  "/analytics/faq/wae-faqs/": [
    "how do i know if my analytics engine data is sampled",
    "why are some of my analytics engine events missing",
    "how much write traffic triggers sampling",
  ],
  "/analytics/graphql-api/errors/": [
    "graphql analytics returns 200 but the body has errors",
    "dataset accessibility limits exceeded error",
    "graphql api says not authorized for this zone",
    "too many graphql analytics requests, rate limited",
  ],
  "/analytics/graphql-api/features/confidence-intervals/": [
    "how accurate is a sampled count in graphql analytics",
    "error bars for estimated totals from the analytics api",
  ],
  "/analytics/graphql-api/features/discovery/introspection/": [
    "list every dataset the analytics api exposes",
    "introspection query for the cloudflare graphql schema",
  ],
  "/analytics/graphql-api/features/discovery/settings/": [
    "how far back can i query each analytics dataset",
    "find my plan's query limits per graphql node",
  ],
  "/analytics/graphql-api/features/filtering/": [
    "filter graphql analytics by hostname, path or date",
    "query only requests with a given status code or country",
    "graphql filter operators like _gt, _in and _like",
  ],
  "/analytics/graphql-api/features/nested-structures/": [
    "query array and map fields in graphql analytics",
    "top items nested inside each group in the analytics api",
  ],
  "/analytics/graphql-api/features/pagination/": [
    "get the next page of graphql analytics results without cursors",
    "page through more rows than the limit allows",
  ],
  "/analytics/graphql-api/features/sorting/": [
    "sort graphql analytics results by count descending",
    "order by multiple fields in an analytics query",
  ],
  "/analytics/graphql-api/getting-started/authentication/": [
    "which token do i need to query cloudflare analytics",
    "restrict analytics api access to certain zones",
  ],
  "/analytics/graphql-api/getting-started/authentication/api-key-auth/": [
    "query analytics with my global api key and email",
    "x-auth-key header for the graphql api",
  ],
  "/analytics/graphql-api/getting-started/authentication/graphql-client-headers/": [
    "set the authorization header in graphiql",
    "point a graphql client at the cloudflare analytics endpoint",
  ],
  "/analytics/graphql-api/getting-started/compose-graphql-query/": [
    "build my first analytics query step by step in graphiql",
    "use variables for zone tag and dates in a graphql query",
  ],
  "/analytics/graphql-api/getting-started/execute-graphql-query/": [
    "run a graphql analytics query from the command line",
    "export analytics query results to csv with curl",
  ],
  "/analytics/graphql-api/getting-started/explore-graphql-schema/": [
    "find which fields a dataset has in the analytics schema",
    "browse the analytics schema docs in altair or graphiql",
    "which datasets are available for my zone",
  ],
  "/analytics/graphql-api/getting-started/querying-basics/": [
    "structure of a cloudflare graphql analytics query",
    "query two datasets in one graphql request",
    "viewer, zones and accounts in the analytics schema",
  ],
  "/analytics/graphql-api/migration-guides/": [
    "my analytics queries use a deprecated node, what replaces it",
    "move off the old zone analytics api",
  ],
  "/analytics/graphql-api/migration-guides/graphql-api-analytics/": [
    "replace httpRequests1mByColoGroups with httpRequestsAdaptiveGroups",
    "requests per data center after colo groups were deprecated",
  ],
  "/analytics/graphql-api/migration-guides/network-analytics-v2/": [
    "migrate from network analytics v1 to v2",
    "ipFlows1mGroups is deprecated, what now",
  ],
  "/analytics/graphql-api/migration-guides/network-analytics-v2/node-reference/": [
    "which graphql node for magic transit or spectrum traffic",
    "dosdAttackAnalyticsGroups and other network analytics nodes",
  ],
  "/analytics/graphql-api/migration-guides/network-analytics-v2/schema-map/": [
    "field mapping between network analytics v1 and v2",
    "equivalent of an nav1 field in nav2",
  ],
  "/analytics/graphql-api/migration-guides/zone-analytics/": [
    "zone analytics dashboard endpoint sunset, rewrite in graphql",
    "get the same totals as the old /analytics/dashboard api",
  ],
  "/analytics/graphql-api/migration-guides/zone-analytics-colos/": [
    "traffic by data center after the colos endpoint was removed",
    "replace the zone analytics colos api",
  ],
  "/analytics/graphql-api/sampling/": [
    "is dashboard analytics data sampled",
    "adaptive versus fixed sampling in graphql datasets",
    "get unsampled data instead of analytics estimates",
  ],
  "/analytics/graphql-api/tutorials/": [
    "example graphql queries for common analytics tasks",
    "analytics api recipes and walkthroughs",
    "export my site's daily visitors to a csv",
  ],
  "/analytics/graphql-api/tutorials/capture-graphql-queries-from-dashboard/": [
    "copy the query behind a dashboard chart",
    "see which graphql call the analytics page makes using devtools",
  ],
  "/analytics/graphql-api/tutorials/end-customer-analytics/": [
    "requests and bandwidth per hostname for my saas customers",
    "top 10 urls by traffic in my zone",
    "bill customers by their hostname's traffic",
  ],
  "/analytics/graphql-api/tutorials/querying-access-login-events/": [
    "why did a user get a 403 on an access login",
    "query zero trust access login events with graphql",
  ],
  "/analytics/graphql-api/tutorials/querying-container-metrics/": [
    "cpu and memory usage of my containers over time",
    "query container billing usage by label",
    "group container metrics by my own labels",
  ],
  "/analytics/graphql-api/tutorials/querying-email-routing/": [
    "query forwarded and dropped emails with graphql",
    "email routing activity log through the api",
  ],
  "/analytics/graphql-api/tutorials/querying-magic-transit-endpoint-healthcheck-results/": [
    "magic transit endpoint health check results via api",
    "probe results for my endpoints with magicEndpointHealthCheckAdaptiveGroups",
  ],
  "/analytics/graphql-api/tutorials/querying-magic-transit-tunnel-bandwidth-analytics/": [
    "bandwidth through my gre or ipsec tunnels",
    "ingress traffic per magic wan tunnel over an hour",
  ],
  "/analytics/graphql-api/tutorials/querying-magic-transit-tunnel-healthcheck-results/": [
    "is my ipsec tunnel healthy, query health check results",
    "tunnel health check failures over time via graphql",
  ],
  "/analytics/graphql-api/tutorials/querying-network-firewall-ids-samples/": [
    "intrusion detection matches on my network traffic",
    "query ids samples with the graphql api",
  ],
  "/analytics/graphql-api/tutorials/querying-network-firewall-samples/": [
    "packets matched by my magic firewall rules",
    "network firewall sampled traffic via graphql",
  ],
  "/analytics/graphql-api/tutorials/use-graphql-create-widgets/": [
    "build my own ddos traffic dashboard from graphql queries",
    "queries for timeseries, top sources and tcp flags widgets",
  ],
  "/analytics/network-analytics/": [
    "see layer 3 and 4 traffic and ddos attacks on my network",
    "packet and bit level traffic view for magic transit",
    "see the flood of packets hitting my servers during an attack",
  ],
  "/analytics/network-analytics/configure/displayed-data/": [
    "filter network analytics by source ip, port or protocol",
    "turn a network analytics filter into a firewall rule",
    "see traffic that was only logged or monitored, not dropped",
  ],
  "/analytics/network-analytics/configure/share-export/": [
    "share my network analytics view with a teammate",
    "export network analytics packet samples",
  ],
  "/analytics/network-analytics/configure/time-range/": [
    "zoom into a spike in the network analytics chart",
    "change the time window in network analytics",
  ],
  "/analytics/network-analytics/get-started/": [
    "who can use network analytics and how to open it",
    "requirements to see network level ddos analytics",
    "where do i find ddos traffic for my ip ranges",
  ],
  "/analytics/network-analytics/understand/concepts/": [
    "what adaptive bit rate sampling means for network data",
    "edge sample enrichment explained",
  ],
  "/analytics/network-analytics/understand/main-dashboard/": [
    "what each tab and metric in network analytics shows",
    "mitigation system distribution and packet sample log",
    "top source ips and tcp flags of an attack on my network",
  ],
  "/logs/faq/504-origin-status-0/": [
    "my logs show 504 with origin status 0 but the dashboard does not",
    "OriginResponseStatus=0 and EdgeResponseStatus 504 in logpush",
    "are these 504 errors in my siem real outages",
  ],
  "/logs/faq/common-calculations/": [
    "calculate bandwidth used by my zone from the logs",
    "bytes served by my origin versus from cache",
  ],
  "/logs/faq/general-faq/": [
    "how soon after a request do logs arrive",
    "can i get logs without an enterprise plan",
    "gaps with no data in my pushed logs",
    "are cache purges recorded in the logs",
    "are request logs available on the free plan",
  ],
  "/logs/faq/instant-logs/": [
    "instant logs websocket returns 301 or 429",
    "live log stream shows no data",
  ],
  "/logs/faq/logpull-api/": [
    "how long does cloudflare keep request logs",
    "logpull returns entries older than the time window i asked for",
  ],
  "/logs/faq/random-hostnames-partial-zones/": [
    "random hostnames i never configured showing up in my http logs",
    "strange subdomains hitting my cname setup zone",
    "block requests for hostnames that are not mine",
  ],
  "/logs/faq/worker-subrequests/": [
    "origin fields empty in logs when a worker makes a fetch",
    "two log lines for one request through a worker",
    "link a worker's subrequest log to the visitor's request",
  ],
  "/logs/logpull/additional-details/": [
    "estimate how many gigabytes of logs my zone makes per day",
    "logpull limits and gzip compression",
  ],
  "/logs/logpull/requesting-logs/": [
    "download request logs for a time range with curl",
    "logs/received endpoint parameters and fields",
    "fetch the log line for one ray id",
  ],
  "/logs/logpull/understanding-the-basics/": [
    "how logpull orders and formats the returned logs",
    "pull all logs for my zone minute by minute",
    "download every request log for my site for one day",
  ],
  "/logs/logpush/alerts-and-analytics/": [
    "get notified when my log export job fails",
    "logpush destination unreachable alert",
  ],
  "/logs/logpush/examples/example-logpush-curl/": [
    "create a logpush job with curl step by step",
    "ownership challenge then create and enable a job via api",
    "check when my logpush job last pushed successfully",
  ],
  "/logs/logpush/examples/example-logpush-python/": [
    "python script to create and update logpush jobs",
    "manage log export jobs from python",
  ],
  "/logs/logpush/logpush-health/": [
    "are my logs actually being delivered",
    "failed uploads and retries for my logpush job",
    "my siem stopped receiving cloudflare logs",
  ],
  "/logs/logpush/logpush-job/datasets/account/": [
    "which account level logs can i export",
    "list of zero trust and account datasets for logpush",
  ],
  "/logs/logpush/logpush-job/datasets/account/access_requests/": [
    "export access login and logout events",
    "fields in access request logs",
  ],
  "/logs/logpush/logpush-job/datasets/account/audit_logs_v2/": [
    "fields of the new audit logs v2 export",
    "who changed what in my account, exported to my siem",
  ],
  "/logs/logpush/logpush-job/datasets/account/casb_findings/": [
    "export casb findings about my saas apps",
    "casb findings dataset fields",
  ],
  "/logs/logpush/logpush-job/datasets/account/device_posture_results/": [
    "export device posture check results",
    "log which laptops passed posture checks",
  ],
  "/logs/logpush/logpush-job/datasets/account/dex_application_tests/": [
    "export digital experience test results",
    "dex application test fields",
  ],
  "/logs/logpush/logpush-job/datasets/account/dex_device_state_events/": [
    "export battery, cpu and wifi state of managed devices",
    "export battery, cpu and network health of employee laptops",
  ],
  "/logs/logpush/logpush-job/datasets/account/dns_firewall_logs/": [
    "export dns firewall query logs",
    "fields in dns firewall logs",
  ],
  "/logs/logpush/logpush-job/datasets/account/email_security_alerts/": [
    "send email security detections to my siem",
    "fields of email security alert logs",
  ],
  "/logs/logpush/logpush-job/datasets/account/gateway_http/": [
    "export secure web gateway http logs",
    "which fields are in gateway http logs",
    "log blocked downloads and file names from gateway",
  ],
  "/logs/logpush/logpush-job/datasets/account/gateway_network/": [
    "export gateway network (l4) firewall logs",
    "gateway network dataset fields",
  ],
  "/logs/logpush/logpush-job/datasets/account/magic_ids_detections/": [
    "export intrusion detection events for my network",
    "magic ids detections fields",
  ],
  "/logs/logpush/logpush-job/datasets/account/mcp_portal_logs/": [
    "log the tool calls going through my mcp portal",
    "mcp portal logs fields",
  ],
  "/logs/logpush/logpush-job/datasets/account/network_analytics_logs/": [
    "export packet level ddos and network analytics logs",
    "network analytics logs dataset fields",
  ],
  "/logs/logpush/logpush-job/datasets/account/ssh_logs/": [
    "record ssh commands run through zero trust",
    "ssh command logs export",
  ],
  "/logs/logpush/logpush-job/datasets/account/turnstile_events/": [
    "export turnstile challenge events",
    "log each captcha widget solve and failure",
  ],
  "/logs/logpush/logpush-job/datasets/account/zero_trust_network_sessions/": [
    "export zero trust network session logs with bytes sent",
    "per connection logs of traffic through gateway",
  ],
  "/logs/logpush/logpush-job/datasets/zone/": [
    "which zone level logs can i export",
    "list of datasets for a single domain",
  ],
  "/logs/logpush/logpush-job/datasets/zone/nel_reports/": [
    "export network error logging reports from browsers",
    "browsers report failed connections to my site, export them",
  ],
  "/logs/logpush/logpush-job/datasets/zone/page_shield_events/": [
    "export page shield csp violation events",
    "log scripts blocked on my pages",
  ],
  "/logs/logpush/logpush-job/datasets/zone/spectrum_events/": [
    "export tcp and udp connection logs for spectrum apps",
    "spectrum events fields",
  ],
  "/logs/logpush/logpush-job/datasets/zone/zaraz_events/": [
    "export zaraz tag events",
    "log third party tool calls made by zaraz",
  ],
  "/logs/logpush/logpush-job/edge-log-delivery/": [
    "send logs straight from the edge to my endpoint",
    "edge log delivery push interval",
  ],
  "/logs/logpush/logpush-job/enable-destinations/azure/": [
    "send cloudflare logs to azure blob storage",
    "logpush azure signedResourceTypes error",
    "sas token for a blob storage container used by logpush",
  ],
  "/logs/logpush/logpush-job/enable-destinations/egress-ip/": [
    "deliver logs from a fixed ip i can allowlist",
    "my firewall only accepts logs from known addresses",
    "secure the endpoint that receives my logs with a secret header",
  ],
  "/logs/logpush/logpush-job/enable-destinations/elastic/": [
    "send logs to elasticsearch or elastic cloud",
    "elastic dashboards for cloudflare logs",
  ],
  "/logs/logpush/logpush-job/enable-destinations/ibm-cloud-logs/": [
    "push logs to ibm cloud logs",
    "send my site's request logs to ibm cloud",
  ],
  "/logs/logpush/logpush-job/enable-destinations/ibm-qradar/": [
    "get cloudflare events into qradar",
    "qradar http receiver for cloudflare logs",
  ],
  "/logs/logpush/logpush-job/enable-destinations/kinesis/": [
    "stream logs into an aws kinesis data stream",
    "kinesis logpush with sts assume role",
  ],
  "/logs/logpush/logpush-job/enable-destinations/new-relic/": [
    "send logs to new relic",
    "logpush job for new relic logs api",
  ],
  "/logs/logpush/logpush-job/enable-destinations/other-providers/": [
    "push logs to a destination that is not in the list",
    "logpush to any https endpoint",
  ],
  "/logs/logpush/logpush-job/enable-destinations/pipelines/": [
    "send logs into a pipeline to transform with sql",
    "logpush to iceberg tables in r2",
  ],
  "/logs/logpush/logpush-job/enable-destinations/s3-compatible-endpoints/": [
    "send logs to backblaze b2, digitalocean spaces or alibaba oss",
    "logpush to ibm cloud object storage or another s3 compatible store",
  ],
  "/logs/logpush/logpush-job/enable-destinations/sentinelone/": [
    "send logs to sentinelone singularity data lake",
    "sentinelone hec logpush",
  ],
  "/logs/logpush/logpush-job/enable-destinations/sumo-logic/": [
    "send logs to sumo logic",
    "sumo logic hosted collector for cloudflare",
  ],
  "/logs/logpush/logpush-job/enable-destinations/third-party/": [
    "partner integrations like axiom or exabeam for logs",
    "third party log tools that accept logpush",
  ],
  "/logs/logpush/logpush-job/logpush-ownership-challenge/": [
    "what is the logpush ownership challenge file",
    "prove i own the bucket before logs are pushed",
    "is the ownership challenge token a security risk",
  ],
  "/logs/logpush/logpush-job/subrequests/": [
    "merge worker subrequest logs into the parent request",
    "too many log lines from a worker's outbound fetches",
    "tell worker subrequests from visitor requests in http logs",
  ],
  "/logs/logpush/parsing-json-log-data/": [
    "analyze downloaded cloudflare logs with jq",
    "count cached requests or tls versions from log files",
  ],
  "/logs/reference/clientrequestsource/": [
    "what the ClientRequestSource values mean",
    "tell eyeball requests from worker subrequests in logs",
  ],
  "/logs/reference/pathing-status/": [
    "decode EdgePathingSrc, EdgePathingOp and EdgePathingStatus",
    "why a log line says the request was blocked by zone lockdown or user",
    "logs say browser integrity check or hotlink protection blocked a request",
  ],
  "/logs/reference/security-fields/": [
    "meaning of SecurityActions and SecuritySources values",
    "which security product acted on a request in my logs",
    "what managed challenge, jschallenge or log actions mean in logs",
  ],
  "/logs/reference/waf-fields/": [
    "meaning of the waf action field in logs",
    "my logs say a request was blocked, which rule did it",
  ],
  "/logs/reference/change-notices/2023-02-01-security-fields-updates/": [
    "firewall and security fields renamed in logs in 2023",
    "update my siem for the new security action fields",
  ],
  "/billing/get-started/create-billing-profile/": [
    "add a credit card or paypal to my cloudflare account",
    "set up a backup payment method",
  ],
  "/billing/payment-methods/additional-payment-method-auto-retry/": [
    "my card failed at renewal, will cloudflare charge my other card",
    "automatic retry on a backup card when a payment fails",
  ],
  "/billing/payment-methods/instant-bank-payments-link/": [
    "pay cloudflare directly from my bank account",
    "bank payment via link failed or is still processing",
  ],
  "/billing/payment-methods/stablecoin-payments/": [
    "pay for cloudflare with usdc or crypto",
    "stablecoin wallet for recurring cloudflare charges",
  ],
  "/billing/threshold-billing/": [
    "why was i charged in the middle of my billing cycle",
    "usage charges billed early once they reach an amount",
    "will i be charged twice for the same usage",
  ],
  "/billing/troubleshoot/error-reference/": [
    "what does this billing error message mean",
    "card declined or payment failed message in the dashboard",
    "the dashboard shows an error when i try to pay",
  ],
  "/billing/troubleshoot/resolve-cannot-remove-payment-method/": [
    "cannot delete my credit card from cloudflare",
    "remove a card that is linked to active subscriptions",
    "card needed for usage-based products or a domain renewal",
  ],
  "/billing/troubleshoot/resolve-you-cannot-modify-this-subscription/": [
    "subscription is scheduled to be cancelled and i cannot change it",
    "undo a pending cancellation of my plan",
  ],
  "/billing/troubleshoot/resolve-zone-cannot-be-upgraded/": [
    "this zone cannot be upgraded error when buying a plan",
    "problem with your billing profile when upgrading a domain",
  ],
  "/billing/troubleshoot/troubleshoot-invoices/": [
    "company name missing on my cloudflare invoice",
    "invoice amount does not match what the dashboard shows",
    "change the address printed on my invoices",
  ],
  "/billing/understand/billing-permissions/": [
    "let my accountant see invoices without admin access",
    "which role can change payment methods and plans",
  ],
  "/billing/understand/billing-policy/": [
    "can i get a refund after downgrading my plan",
    "when am i billed for monthly versus annual plans",
    "approved payment methods and preauthorization charges",
  ],
  "/billing/understand/how-charges-accrue/": [
    "which products charge me for a single request to my site",
    "where does my bill come from, request by request",
    "does a cache hit cost less than going to my origin",
  ],
  "/billing/understand/preview-services/": [
    "try an enterprise product free for 30 days",
    "what happens when a preview feature trial ends",
  ],
  "/email-service/concepts/email-lifecycle/": [
    "what happens to an email from send call to inbox",
    "stages of inbound mail processing before my worker runs",
  ],
  "/email-service/configuration/mta-sts/": [
    "set up mta-sts for my domain's mail",
    "host the mta-sts policy file and _mta-sts record",
    "stop attackers downgrading smtp to plaintext",
  ],
  "/email-service/configuration/send-bindings/": [
    "restrict which addresses my worker can send email from",
    "allowed_destination_addresses in the send_email binding",
  ],
  "/email-service/examples/email-routing/email-storage/": [
    "save incoming emails to kv or r2 from a worker",
    "turn inbound emails into support tickets",
    "queue incoming emails for processing later",
  ],
  "/email-service/examples/email-routing/hard-bounce-handling/": [
    "remove addresses that bounce from my mailing list",
    "detect hard bounces and protect my sender reputation",
    "test that bounced addresses land on the suppression list",
  ],
  "/email-service/examples/email-sending/": [
    "code examples for sending mail from a worker",
    "send a welcome email with an html template from my app",
  ],
  "/email-service/examples/email-sending/email-attachments/": [
    "attach a pdf to an email sent from a worker",
    "inline images in html emails",
    "email a file a user uploaded",
  ],
  "/email-service/examples/email-sending/magic-link/": [
    "passwordless login by emailing a magic link",
    "send a sign-in link from my worker",
  ],
  "/email-service/examples/email-sending/recipients/": [
    "send one email to several people with cc and bcc",
    "display names on recipient addresses",
    "how many recipients can one email have",
  ],
  "/email-service/examples/email-sending/signup-flow/": [
    "welcome email and email verification on signup",
    "confirm a new user's email address with a code",
  ],
  "/email-service/examples/email-sending/smtp/": [
    "send mail via smtp.mx.cloudflare.net from nodemailer or python",
    "smtp credentials for my app to send transactional email",
  ],
  "/email-service/local-development/routing/": [
    "test my email worker locally with wrangler dev",
    "simulate an incoming email without a real mailbox",
  ],
  "/email-service/local-development/sending/": [
    "send test emails from wrangler dev without delivering them",
    "remote binding to really send email during local dev",
    "binary attachments fail when sending email locally",
  ],
  "/email-service/observability/audit-logs/": [
    "who changed my email routing rules",
    "audit trail for email sending configuration",
  ],
  "/email-service/observability/metrics-analytics/": [
    "how many of my emails were delivered or bounced",
    "email delivery rate by domain over time",
    "query email sending events with graphql",
  ],
  "/email-service/reference/faq/": [
    "can i send marketing newsletters with cloudflare email",
    "raise my email sending limit",
    "report spam sent through cloudflare email",
    "can i use this instead of mailchimp for my newsletter",
  ],
  "/email-service/reference/headers/": [
    "set reply-to, list-unsubscribe or custom x- headers",
    "which email headers can i set when sending",
    "thread replies with in-reply-to and references",
  ],
  "/email-service/reference/postmaster/": [
    "outbound ip ranges and hostnames cloudflare email uses",
    "dkim, arc and spf details for mail administrators",
    "contact for deliverability problems with cloudflare mail",
  ],
  "/notifications/reference/common-errors/": [
    "webhook test failed with status 400",
    "deleted users still get alert emails",
    "my alerts stopped arriving in slack",
  ],
  "/web-analytics/about/": [
    "free privacy friendly visitor stats without cookies",
    "web analytics without changing dns or proxying",
  ],
  "/web-analytics/configuration-options/filters/": [
    "see visits from one country or page only in web analytics",
    "filter web analytics by browser or referrer",
  ],
  "/web-analytics/configuration-options/rules/": [
    "stop tracking some paths in web analytics",
    "track only one hostname of my zone",
    "my analytics count my staging site as real traffic",
  ],
  "/web-analytics/data-metrics/data-origin-and-collection/": [
    "how the web analytics beacon measures page loads",
    "what data the analytics script collects from browsers",
  ],
  "/web-analytics/data-metrics/dimensions/": [
    "where my visitors come from, referrer and country breakdown",
    "web analytics dimensions like browser, os and path",
  ],
  "/web-analytics/data-metrics/high-level-metrics/": [
    "difference between visits and page views in web analytics",
    "how unique visitors are counted without cookies",
  ],
  "/web-analytics/data-metrics/page-load-time-summary/": [
    "which part of page load is slow, dns, tcp or server",
    "page load time breakdown for real visitors",
    "my pages feel slow for real visitors, where is the time spent",
  ],
  "/web-analytics/get-started/notifications/": [
    "weekly email summary of my site traffic",
    "turn on web analytics weekly reports",
  ],
  "/analytics/graphql-api/migration-guides/network-analytics-v2/differences/": [
    "why network analytics v2 numbers differ from v1",
    "roll-up tables versus adaptive sampling in network analytics",
  ],
  "/logs/logpush/logpush-job/datasets/account/biso_user_actions/": [
    "export browser isolation copy, paste and download actions",
    "remote browser user action logs",
  ],
  "/logs/logpush/logpush-job/datasets/account/dlp_forensic_copies/": [
    "export full copies of requests that matched a dlp rule",
    "dlp forensic copy fields",
  ],
  "/logs/logpush/logpush-job/datasets/account/email_security_post_delivery_events/": [
    "export emails moved or deleted after delivery",
    "post-delivery retraction events from email security",
  ],
  "/logs/logpush/logpush-job/datasets/account/ipsec_logs/": [
    "export ipsec tunnel negotiation logs",
    "debug an ipsec tunnel that will not come up with logs",
  ],
  "/logs/logpush/logpush-job/datasets/account/mnm_flow_logs/": [
    "export netflow or sflow records from network monitoring",
    "magic network monitoring flow log fields",
  ],
  "/logs/logpush/logpush-job/datasets/account/sinkhole_http_logs/": [
    "export requests captured by a sinkhole",
    "sinkhole http log fields",
  ],
  "/logs/logpush/logpush-job/datasets/account/warp_config_changes/": [
    "log when users switch warp to another organization",
    "warp config change events",
  ],
  "/logs/logpush/logpush-job/datasets/account/warp_toggle_changes/": [
    "log when users turn the warp client on or off",
    "warp toggle events",
  ],
  "/analytics/analytics-engine/sql-reference/type-conversion-functions/": [
    "convert a double or string to an integer in analytics engine",
    "toUInt32 in analytics engine sql",
  ],
  "/analytics/analytics-engine/sql-reference/conditional-functions/": [
    "if expression in analytics engine sql",
    "choose a value based on a condition in a query",
  ],
  "/analytics/analytics-engine/sql-reference/bit-functions/": [
    "bitwise and, or and shifts in analytics engine sql",
    "test a flag bit stored in a double column",
  ],
};
