// Types `env` from "cloudflare:workers" for this package's tests (see wrangler.jsonc).
declare global {
  namespace Cloudflare {
    interface Env {
      LOADER: WorkerLoader;
    }
  }
}

export {};
