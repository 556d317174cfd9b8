/**
 * The developer platform: Workers, storage, Pages, media and AI, in the words people use for them.
 * @module
 */
import type { VocabularyEntry } from "../types.ts";

const WORKERS = { api: ["workers"], docs: ["workers"] } as const;

export const DEVELOPER: readonly VocabularyEntry[] = [
  // Workers
  {
    ...WORKERS,
    say: ["function", "functions", "serverless function", "edge function", "cloud function", "lambda", "script", "scripts", "backend code"],
    means: "worker script",
  },
  {
    ...WORKERS,
    say: ["cron", "crontab", "schedule", "scheduled", "every minute", "nightly", "hourly", "daily", "periodically"],
    means: "cron triggers schedules scheduled",
  },
  {
    ...WORKERS,
    say: ["console.log", "live logs", "logs as it runs", "tail", "wrangler tail", "real-time logs", "stream logs"],
    means: "tail real-time logs",
  },
  {
    ...WORKERS,
    say: ["environment variable", "environment variables", "env var", "env vars", "secret", "secrets", "api key in my code"],
    means: "secrets environment variables bindings settings",
  },
  { ...WORKERS, say: ["binding", "bindings"], means: "bindings settings" },
  {
    ...WORKERS,
    say: ["compatibility flag", "compatibility flags", "compatibility date", "nodejs_compat", "node compatibility"],
    means: "compatibility flags settings",
  },
  {
    ...WORKERS,
    say: ["version", "versions", "gradual rollout", "gradual deployment", "canary"],
    means: "versions deployments",
  },
  {
    ...WORKERS,
    say: ["route", "routes", "url pattern", "path pattern", "example.com/*"],
    means: "routes route pattern",
  },
  {
    ...WORKERS,
    say: ["custom domain", "custom domains"],
    means: "custom domains domains routes",
    api: ["workers", "pages"],
  },
  { ...WORKERS, say: ["workers.dev", "workers dev subdomain"], means: "workers subdomain" },
  {
    ...WORKERS,
    say: ["usage model", "bundled", "unbound", "standard pricing"],
    means: "usage model",
  },
  {
    ...WORKERS,
    say: ["durable object", "durable objects", "stateful object", "websocket server", "coordination"],
    means: "durable objects namespaces objects",
    docs: ["durable-objects"],
  },
  {
    ...WORKERS,
    say: ["workers for platforms", "dispatch namespace", "multi-tenant", "user scripts", "untrusted code"],
    means: "dispatch namespaces scripts workers for platforms",
    docs: ["cloudflare-for-platforms"],
  },
  {
    ...WORKERS,
    say: ["observability", "workers logs", "logpush for workers", "worker logs", "traces"],
    means: "logpush observability script settings tail consumers",
  },
  {
    ...WORKERS,
    say: ["cpu time", "cpu limit", "memory limit", "subrequests", "request limit", "script size"],
    means: "limits",
    docs: ["workers"],
  },
  {
    ...WORKERS,
    say: ["wrangler", "wrangler.toml", "wrangler.jsonc", "wrangler config"],
    means: "wrangler configuration",
    docs: ["workers"],
  },
  {
    ...WORKERS,
    say: ["static assets", "static files", "spa", "single page app", "serve html"],
    means: "static assets",
    docs: ["workers", "pages"],
  },
  {
    ...WORKERS,
    say: ["unit test", "unit tests", "testing", "vitest", "miniflare"],
    means: "testing vitest integration",
    docs: ["workers"],
  },
  // KV
  {
    say: ["key value", "key-value", "key/value", "kv store", "config store", "keys and values", "key", "keys", "value"],
    means: "kv namespace key value",
    api: ["kv"],
    docs: ["kv"],
  },
  {
    say: ["expire", "expiration", "ttl on a key", "expiring key"],
    means: "expiration expiration_ttl",
    api: ["kv"],
    docs: ["kv"],
  },
  { say: ["key metadata"], means: "metadata key", api: ["kv"], docs: ["kv"] },
  {
    say: ["kv usage", "kv analytics", "stored data"],
    means: "storage analytics stored",
    api: ["kv"],
    docs: ["kv"],
  },
  // R2
  {
    say: ["bucket", "buckets", "object storage", "s3", "s3-compatible", "blob storage", "file storage", "store files", "uploaded files", "objects"],
    means: "r2 bucket object",
    api: ["r2"],
    docs: ["r2"],
  },
  {
    say: ["migrate from s3", "s3 migration", "sippy"],
    means: "sippy migration",
    api: ["r2"],
    docs: ["r2"],
  },
  { say: ["super slurper"], means: "super slurper migration", docs: ["r2"] },
  {
    say: ["temporary credentials", "temporary access", "short-lived credentials", "scoped credentials", "access keys"],
    means: "temp access credentials token",
    api: ["r2"],
    docs: ["r2"],
  },
  {
    say: ["presigned url", "presigned urls", "pre-signed url", "signed upload url"],
    means: "presigned url",
    docs: ["r2"],
  },
  {
    say: ["bucket notification"],
    means: "event notifications queue configuration",
    api: ["event_notifications"],
    docs: ["r2"],
  },
  {
    say: ["lifecycle", "lifecycle rule"],
    means: "object lifecycles",
    docs: ["r2"],
  },
  { say: ["cors"], means: "cors", docs: ["r2", "cache", "workers"] },
  { say: ["egress", "bandwidth fees", "egress fees"], means: "pricing egress", docs: ["r2"] },
  // D1
  {
    say: ["sqlite", "sql database", "serverless database", "relational database"],
    means: "d1 database",
    api: ["d1"],
    docs: ["d1"],
  },
  {
    say: ["sql", "sql query", "select", "run sql", "execute sql"],
    means: "query raw sql",
    api: ["d1"],
    docs: ["d1"],
  },
  {
    say: ["sql dump", "database backup", "database export"],
    means: "export import sql dump",
    api: ["d1"],
    docs: ["d1"],
  },
  {
    say: ["point in time", "point-in-time", "time travel"],
    means: "time travel restore",
    docs: ["d1"],
  },
  {
    say: ["read replica", "read replicas", "replication"],
    means: "read replication",
    docs: ["d1"],
  },
  // Queues
  { say: ["background", "in the background", "later", "asynchronously", "offload work"], means: "queue messages consumer", api: ["queues"], docs: ["queues"] },
  {
    say: ["background job", "background jobs", "async job", "async jobs", "asynchronous", "job queue", "task queue", "message", "messages", "producer"],
    means: "queue messages",
    api: ["queues"],
    docs: ["queues"],
  },
  {
    say: ["consumer", "consumers"],
    means: "queue consumer",
    api: ["queues"],
    docs: ["queues"],
  },
  {
    say: ["ack", "acknowledge"],
    means: "acknowledge ack messages",
    api: ["queues"],
    docs: ["queues"],
  },
  {
    say: ["poll", "pull messages", "pull consumer", "http pull"],
    means: "pull messages",
    api: ["queues"],
    docs: ["queues"],
  },
  {
    say: ["dead letter", "dead letter queue", "dlq", "failed messages", "retries", "max retries", "batch size", "batch timeout"],
    means: "consumer settings retries dead letter queue batch",
    api: ["queues"],
    docs: ["queues"],
  },
  // Hyperdrive
  {
    say: ["postgres", "postgresql", "mysql", "connection pooling", "connection pool", "database connection"],
    means: "hyperdrive config origin database",
    api: ["hyperdrive"],
    docs: ["hyperdrive"],
  },
  // Vectorize
  {
    say: ["vectors", "vector", "embeddings store", "vector search", "nearest neighbor", "nearest neighbors", "nearest neighbours", "similarity search", "semantic search", "knn", "cosine", "dimensions"],
    means: "vectorize index vectors query",
    api: ["vectorize"],
    docs: ["vectorize"],
  },
  {
    say: ["rag", "retrieval", "retrieval augmented"],
    means: "vectorize index embeddings ai search",
    api: ["vectorize"],
    docs: ["vectorize", "ai-search"],
  },
  {
    say: ["metadata filter", "metadata filtering", "filter vectors", "metadata index"],
    means: "metadata index filtering",
    api: ["vectorize"],
    docs: ["vectorize"],
  },
  // Pages
  { say: ["git", "repo", "repository", "commit", "branch", "github", "gitlab", "monorepo"], means: "pages project deployment source", api: ["pages"], docs: ["pages", "workers"] },
  {
    say: ["static site", "static website", "jamstack", "vue app", "next.js site", "hugo", "gatsby", "astro site", "gitlab repo", "connect github"],
    means: "pages project",
    api: ["pages"],
    docs: ["pages"],
  },
  {
    say: ["build", "builds", "build failed", "build logs", "build command", "build cache"],
    means: "pages deployment build logs build_config",
    api: ["pages"],
    docs: ["pages", "workers"],
  },
  {
    say: ["redeploy", "retry deployment", "retry build", "rebuild"],
    means: "deployment retry",
    api: ["pages"],
    docs: ["pages"],
  },
  {
    say: ["preview deployment", "preview deployments", "preview url", "preview urls", "branch preview"],
    means: "preview deployment",
    api: ["pages"],
    docs: ["pages", "workers"],
  },
  // Images
  {
    say: ["image", "images", "picture", "pictures", "photo", "photos", "avatar", "avatars", "thumbnail", "thumbnails", "logo"],
    means: "image images",
    api: ["images"],
    docs: ["images"],
  },
  {
    say: ["variant", "variants", "resize", "crop", "fit", "dimensions", "responsive images", "width"],
    means: "image variant resize transformations",
    api: ["images"],
    docs: ["images"],
  },
  {
    say: ["direct upload", "direct creator upload", "upload from the browser", "client upload"],
    means: "direct upload",
    api: ["images", "stream"],
    docs: ["images", "stream"],
  },
  {
    say: ["signed url", "signed urls", "private videos", "signing key", "token authentication"],
    means: "signed url signing keys token",
    api: ["images", "stream"],
    docs: ["images", "stream"],
  },
  // Stream
  {
    say: ["video", "videos", "movie", "movies", "recording", "recordings", "clip", "mp4", "hls", "dash"],
    means: "stream video",
    api: ["stream"],
    docs: ["stream"],
  },
  {
    say: ["live stream", "livestream", "live streaming", "go live", "broadcast", "rtmp", "srt", "obs", "webinar"],
    means: "stream live input",
    api: ["stream"],
    docs: ["stream"],
  },
  {
    say: ["restream", "simulcast", "youtube", "twitch", "multistream"],
    means: "live input outputs simulcast",
    api: ["stream"],
    docs: ["stream"],
  },
  {
    say: ["captions", "subtitles", "closed captions", "vtt", "webvtt", "transcript"],
    means: "captions subtitles",
    api: ["stream"],
    docs: ["stream"],
  },
  {
    say: ["watermark", "watermarks", "overlay"],
    means: "watermark profiles",
    api: ["stream", "images"],
    docs: ["stream", "images"],
  },
  {
    say: ["trim"],
    means: "clip videos",
    api: ["stream"],
    docs: ["stream"],
  },
  {
    say: ["embed", "embed code", "iframe", "player"],
    means: "embed player",
    api: ["stream"],
    docs: ["stream"],
  },
  {
    say: ["transcoding"],
    means: "webhooks video ready",
    api: ["stream"],
    docs: ["stream"],
  },
  {
    say: ["audio track", "audio tracks", "dubbing"],
    means: "audio tracks",
    api: ["stream"],
    docs: ["stream"],
  },
  // Realtime
  {
    say: ["webrtc", "video conferencing", "voice calls", "sfu", "turn", "stun"],
    means: "calls app turn keys realtime",
    api: ["calls"],
    docs: ["realtime"],
  },
];
