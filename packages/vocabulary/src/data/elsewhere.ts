/**
 * Words from outside Cloudflare: other platforms' product names and the everyday jargon people
 * bring with them ("something like aws lambda", "my s3 bucket", "sticky sessions", "home lab"),
 * each pointed at what Cloudflare calls the same thing. A phrase of several words lends the
 * meaning to each of its words, so "aws" in "aws lambda" reads as Workers, not as AWS.
 * @module
 */
import type { VocabularyEntry } from "../types.ts";

export const ELSEWHERE: readonly VocabularyEntry[] = [
  // Compute
  {
    say: ["aws lambda", "lambda function", "lambda functions", "google cloud functions", "cloud run", "azure functions", "vercel functions", "netlify functions", "edge functions", "functions as a service", "faas"],
    means: "workers",
    api: ["workers"],
    docs: ["workers"],
  },
  {
    say: ["ec2", "vm", "virtual machine", "kubernetes", "k8s", "fargate", "ecs"],
    means: "containers",
    docs: ["containers"],
  },
  // Storage and data
  {
    say: ["amazon s3", "aws s3", "s3 bucket", "s3 buckets", "gcs bucket", "azure blob storage", "backblaze", "minio"],
    means: "r2 bucket objects s3",
    api: ["r2"],
    docs: ["r2"],
  },
  {
    say: ["sqs", "amazon sqs", "rabbitmq", "kafka", "message broker", "pub/sub"],
    means: "queues consumer producer",
    api: ["queues"],
    docs: ["queues"],
  },
  {
    say: ["dynamodb", "redis", "memcached", "kv storage", "key value storage", "key-value storage"],
    means: "kv key value namespace",
    api: ["kv"],
    docs: ["kv"],
  },
  {
    say: ["rds", "aurora", "supabase", "neon", "planetscale", "existing database", "my own database", "database in another cloud"],
    means: "hyperdrive database connection",
    api: ["hyperdrive"],
    docs: ["hyperdrive"],
  },
  {
    say: ["pinecone", "weaviate", "qdrant", "vector db", "vector store", "semantic search index"],
    means: "vectorize vector index embeddings",
    api: ["vectorize"],
    docs: ["vectorize"],
  },
  // Delivery and caching
  {
    say: ["cdn", "content delivery network", "cloudfront", "akamai", "fastly", "edge cache", "edge caching", "static file", "static content"],
    means: "cache caching",
    docs: ["cache"],
  },
  {
    say: ["route 53", "route53", "dns hosting", "dns host", "dns provider", "godaddy dns"],
    means: "dns zone nameservers",
    api: ["zones", "dns_records"],
    docs: ["dns"],
  },
  {
    say: ["github pages", "netlify", "vercel", "static sites", "host my website", "host a website", "website hosting", "static site hosting"],
    means: "pages static assets",
    api: ["pages"],
    docs: ["pages", "workers"],
  },
  // Media
  {
    say: ["vimeo", "mux", "video hosting", "host videos", "host my videos", "video player", "watch videos"],
    means: "stream video",
    api: ["stream"],
    docs: ["stream"],
  },
  {
    say: ["cloudinary", "imgix", "image cdn", "resize pictures", "shrink images", "smaller images", "optimize images", "optimise images"],
    means: "images transformations optimization",
    api: ["images"],
    docs: ["images"],
  },
  {
    say: ["profile picture", "profile pictures", "profile photo", "profile photos", "user uploaded images", "user photos", "photo uploads", "image uploads"],
    means: "images upload storage r2",
    api: ["images", "r2"],
    docs: ["images", "r2"],
  },
  {
    say: ["screenshot of a webpage", "screenshot a page", "render a page", "pdf of a webpage"],
    means: "browser run screenshot",
    docs: ["browser-run"],
  },
  // Networks and access
  {
    say: ["ngrok", "port forwarding", "open ports", "opening ports", "router ports", "home server", "home lab", "homelab", "behind my router"],
    means: "cloudflare tunnel cloudflared",
    api: ["cfd_tunnel"],
    docs: ["tunnel", "cloudflare-one"],
  },
  {
    say: ["company vpn", "openvpn", "wireguard", "replace our vpn", "vpn replacement"],
    means: "replace vpn zero trust warp",
    api: ["access", "devices"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["sticky session", "same backend", "same origin server"],
    means: "session affinity load balancing",
    api: ["load_balancers"],
    docs: ["load-balancing"],
  },
  {
    say: ["fail over", "two origin servers", "multiple origin servers", "backup server", "round robin"],
    means: "load balancing pools origins failover",
    api: ["load_balancers"],
    docs: ["load-balancing"],
  },
  {
    say: ["ticket sale", "ticket sales", "flash sale", "traffic spike", "traffic spikes", "product launch", "sudden traffic", "queue visitors", "line up visitors"],
    means: "waiting room",
    api: ["waiting_rooms"],
    docs: ["waiting-room"],
  },
  {
    say: ["real ip", "real client ip", "real visitor ip", "client ip", "visitor ip", "visitor ips", "original ip", "x-forwarded-for", "cf-connecting-ip"],
    means: "restoring original visitor ips cf-connecting-ip header",
    docs: ["support", "network"],
  },
  // Apps
  {
    say: ["multiplayer", "chat room", "chat rooms", "collaborative editing", "real-time collaboration", "realtime collaboration", "live cursors", "shared state"],
    means: "durable objects websockets",
    api: ["workers"],
    docs: ["durable-objects"],
  },
  {
    say: ["same prompt", "repeated prompts", "identical prompts", "openai bill", "llm bill", "llm spend", "openai calls", "openai requests"],
    means: "ai gateway caching costs",
    api: ["ai_gateway"],
    docs: ["ai-gateway"],
  },
  {
    say: ["sendgrid", "mailgun", "postmark", "amazon ses", "transactional emails", "send an email"],
    means: "email service send emails",
    docs: ["email-service"],
  },
  {
    say: ["personal inbox", "my inbox", "forward mail", "forward emails"],
    means: "email routing rules destination addresses",
    api: ["email"],
    docs: ["email-service"],
  },
  // Everyday goals in everyday words
  {
    say: ["password protect", "password-protect", "require a login", "only my team", "only employees", "private site", "lock down", "restrict access to my site", "keep the public out"],
    means: "access application self-hosted policy",
    api: ["access"],
    docs: ["cloudflare-one"],
  },
  {
    say: ["maintenance page", "down for maintenance", "back soon page", "be right back", "under construction", "coming soon page", "temporarily down page"],
    means: "maintenance mode page",
    docs: ["fundamentals", "rules", "waiting-room"],
  },
  {
    say: ["another account", "different account", "between accounts", "other account", "new owner", "hand over my domain"],
    means: "move domain between accounts",
    api: ["zones"],
    docs: ["fundamentals", "registrar"],
  },
  {
    say: ["server address", "origin address", "backend ip", "my server ip", "where my server is", "ip of my server", "real server ip"],
    means: "protect origin server ip address exposed",
    api: ["dns_records"],
    docs: ["fundamentals", "dns"],
  },
  {
    say: ["email my users", "email users", "mail my users", "send mail from my app", "notification emails", "password reset emails", "signup emails"],
    means: "email service send emails",
    docs: ["email-service"],
  },
  {
    say: ["branded error page", "custom 404", "custom 500", "nicer error page"],
    means: "custom errors error pages",
    docs: ["rules"],
  },
  {
    say: ["got hacked", "was hacked", "been hacked", "site hacked", "hacked site", "defaced", "malware on my site", "compromised site"],
    means: "recovering from a hacked site security waf",
    api: ["rulesets"],
    docs: ["fundamentals", "waf"],
  },
  {
    say: ["contact form spam", "spamming my contact form", "form spam", "spam submissions", "spam signups", "spam comments", "bots filling my form"],
    means: "turnstile widget bots",
    api: ["challenges"],
    docs: ["turnstile", "bots"],
  },
  {
    say: ["cache api responses", "cache json responses", "cache my api", "cache responses"],
    means: "cache rules cache api",
    api: ["rulesets"],
    docs: ["cache", "workers"],
  },
  {
    say: ["stay cached", "stays cached", "keep files cached", "cache duration", "cache expiry", "cache expiration", "cache lifetime", "expire cached files", "max-age"],
    means: "edge browser cache ttl",
    api: ["settings", "rulesets"],
    docs: ["cache"],
  },
  {
    say: ["card on file", "credit card", "payment method", "payment card", "update my card"],
    means: "billing payment methods",
    api: ["billing"],
    docs: ["billing"],
  },
  {
    say: ["delete my cloudflare account", "close my account", "delete my account", "remove my account"],
    means: "delete account",
    api: ["user"],
    docs: ["fundamentals"],
  },
  {
    say: ["nextjs", "next.js", "astro", "remix", "sveltekit", "nuxt", "vite app", "react app"],
    means: "framework guides",
    docs: ["workers", "pages"],
  },
  {
    say: ["python", "python code", "python script", "fastapi", "django", "flask"],
    means: "python workers",
    api: ["workers"],
    docs: ["workers"],
  },
  {
    say: ["huge file", "huge files", "big files", "very large file", "file over 5gb", "upload in parts", "resumable upload", "chunked upload"],
    means: "multipart upload r2 objects",
    api: ["r2"],
    docs: ["r2"],
  },
  {
    say: ["a/b test", "a/b testing", "ab test", "ab testing", "split test", "split testing", "two versions of my page"],
    means: "a/b testing",
    docs: ["workers", "rules", "pages"],
  },
  {
    say: ["google analytics", "google tag manager", "tag manager", "gtm", "facebook pixel", "tracking pixel", "third-party scripts", "third party scripts", "marketing tags"],
    means: "zaraz third-party tools",
    docs: ["zaraz"],
  },
  {
    say: ["cookie consent", "consent banner", "cookie banner", "gdpr consent", "consent management"],
    means: "zaraz consent management",
    docs: ["zaraz"],
  },
  {
    say: ["shadow apis", "find my apis", "which apis do i expose", "api inventory"],
    means: "api discovery api shield",
    api: ["api_gateway"],
    docs: ["api-shield"],
  },
  {
    say: ["vulnerability scan", "scan for vulnerabilities", "security scan", "security issues on my account"],
    means: "security center security insights",
    api: ["intel"],
    docs: ["security-center"],
  },
  {
    say: ["chatbot on my docs", "chat with my docs", "ask questions about my docs", "search my documents with ai", "ai search over my content", "answer questions from my content"],
    means: "ai search rag",
    docs: ["ai-search"],
  },
  {
    say: ["generate images", "ai images", "ai generated images"],
    means: "image generation text-to-image model",
    docs: ["workers-ai"],
  },
  {
    say: ["key leaked", "keys leaked", "token leaked", "leaked api key", "exposed api key", "compromised key"],
    means: "roll token rotate api token",
    api: ["tokens"],
    docs: ["fundamentals"],
  },
  {
    say: ["wp-login", "wp-login.php", "xmlrpc", "xmlrpc.php", "wordpress login", "wordpress admin"],
    means: "waf custom rules block path",
    api: ["rulesets"],
    docs: ["waf"],
  },
  {
    say: ["in china", "chinese visitors", "chinese users", "visitors in china", "great firewall", "icp license"],
    means: "china network",
    docs: ["china-network"],
  },
  {
    say: ["from my country", "only my country", "outside my country", "other countries", "foreign traffic", "foreign visitors"],
    means: "block traffic from specific countries geolocation",
    api: ["rulesets"],
    docs: ["waf"],
  },
  {
    say: ["shown as cloudflare", "cloudflare ips in my logs", "cloudflare ip in my logs", "see cloudflare ips", "logs show cloudflare"],
    means: "restoring original visitor ips cf-connecting-ip header",
    docs: ["support", "network"],
  },
  {
    say: ["spf record", "dkim record", "dmarc record", "gsuite", "office 365", "microsoft 365", "mail for my domain"],
    means: "email records mx spf dkim dmarc",
    api: ["dns_records"],
    docs: ["dns"],
  },
  {
    say: ["two offices", "branch offices", "branch office", "connect offices", "office networks", "site-to-site", "site to site"],
    means: "network to network cloudflare wan",
    docs: ["cloudflare-one", "cloudflare-wan"],
  },
  {
    say: ["game server", "game servers", "minecraft", "tcp app", "udp app", "non-http traffic", "any tcp port"],
    means: "spectrum tcp udp application",
    api: ["spectrum"],
    docs: ["spectrum"],
  },
  {
    say: ["out of my repo", "out of my code", "out of git", "not in my code", "hardcode", "hardcoded", "hard-coded", "committed a secret"],
    means: "secrets environment variables",
    api: ["workers"],
    docs: ["workers", "secrets-store"],
  },
];
