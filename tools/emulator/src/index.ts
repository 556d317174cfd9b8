/**
 * Worker entry of the Cloudflare API emulator. It holds no state: every request is forwarded to
 * the single Durable Object instance that owns the database, which keeps all writes serialised.
 */
import { EMULATOR_OBJECT_NAME, type Env } from "./env";

// workerd treats every export of the main module as a handler or class, so this module exports
// nothing else (constants live in `env.ts`).
export { EmulatorObject } from "./emulator-object";

export default {
  fetch(request, env) {
    return env.EMULATOR.getByName(EMULATOR_OBJECT_NAME).fetch(request);
  },
} satisfies ExportedHandler<Env>;
