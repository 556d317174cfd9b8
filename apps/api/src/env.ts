import type { KitEnv } from "@repo/mcp-kit";

/** Bindings and variables of the api server. */
export interface ApiEnv extends KitEnv {
  /** Worker Loader: agent code runs in Dynamic Workers made through it. */
  LOADER: WorkerLoader;
  /** The processed OpenAPI spec (see src/spec/store.ts). */
  SPEC_STORE: KVNamespace;
  /** The docs search index (packages/docs-search). */
  DOCS_DB?: D1Database;
  /** Where the cron refresh downloads the spec. Default: Cloudflare's published spec. */
  OPENAPI_SPEC_URL?: string;
}
