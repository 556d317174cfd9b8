/**
 * Worker entry of the Cloudflare API emulator. It holds no state: every request is forwarded to
 * the Durable Object instance that owns the database (one, unless a test names its own instance
 * in the hostname), which keeps all writes serialised.
 */
import { type Env, instanceName } from "./env";

// workerd treats every export of the main module as a handler or class, so this module exports
// nothing else (constants live in `env.ts`).
export { EmulatorObject } from "./emulator-object";

export default {
  fetch(request, env) {
    return env.EMULATOR.getByName(instanceName(new URL(request.url))).fetch(request);
  },
} satisfies ExportedHandler<Env>;
