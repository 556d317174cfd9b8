import type { KitEnv } from "@repo/mcp-kit";
import type { SandboxEnv } from "@repo/sandbox";

/** Bindings and variables of the api server. */
export interface ApiEnv extends KitEnv, SandboxEnv {
  /**
   * Worker Loader: agent code runs in Dynamic Workers made through it (deployed). Locally
   * SANDBOX_URL and SANDBOX_SECRET, set by `pnpm dev` and the tests, send it to the supervised
   * local sandbox process instead.
   */
  LOADER: WorkerLoader;
  /** Time limit of one search or execute run in ms (default 20000); tests set a short one. */
  CODE_TIMEOUT_MS?: string;
  /** The processed OpenAPI spec (see src/spec/store.ts). */
  SPEC_STORE: KVNamespace;
  /** The docs search index (packages/docs-search). */
  DOCS_DB?: D1Database;
  /** Where the cron refresh downloads the spec. Default: Cloudflare's published spec. */
  OPENAPI_SPEC_URL?: string;
}
