// Bindings the kit's test runtime provides (see vitest.config.ts).
declare namespace Cloudflare {
  interface Env {
    MCP_STATE: KVNamespace;
  }
}
