/**
 * The environment local-stack runs wrangler and the runtimes in: offline, no telemetry, no
 * colours, and two settings that keep a long session's memory flat (measured in
 * bench/src/api-server.ts's soak: 3,000 calls to the api server from 5 clients).
 * - Under `wrangler dev`, wrangler attaches a trace collector to every Worker and stores each
 *   request's spans (`X_LOCAL_OBSERVABILITY`); nothing local-stack starts reads them, so it is off
 *   (the Miniflare runtime never turns it on).
 * - workerd keeps each request's garbage until V8 gets round to a full collection, which a busy
 *   runtime with a large heap limit rarely does: the api's runtimes grew ~80 MB per 1,000 calls
 *   without end. With every collection a full one and a small young generation they stay flat,
 *   for a few percent of throughput. Miniflare (also under `wrangler dev`) hands these to workerd.
 * A value the caller's environment sets wins over both.
 */
export const RUNTIME_V8_FLAGS: readonly string[] = ["--gc-global", "--max-semi-space-size=4"];

export function wranglerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    WRANGLER_SEND_METRICS: "false",
    CLOUDFLARE_CF_FETCH_ENABLED: "false",
    NO_COLOR: "1",
    X_LOCAL_OBSERVABILITY: process.env.X_LOCAL_OBSERVABILITY ?? "false",
    MINIFLARE_WORKERD_V8_FLAGS:
      process.env.MINIFLARE_WORKERD_V8_FLAGS ?? RUNTIME_V8_FLAGS.join(" "),
  };
  delete env.FORCE_COLOR;
  return env;
}
