/** Bindings of the emulator Worker (see wrangler.jsonc). */
import type { EmulatorObject } from "./emulator-object";

export interface Env {
  /** The one Durable Object namespace; every request goes to the instance named "emulator". */
  readonly EMULATOR: DurableObjectNamespace<EmulatorObject>;
}

/** Name of the Durable Object instance that holds the emulator's state. */
export const EMULATOR_OBJECT_NAME = "emulator";

/**
 * Hostnames `<name>.emulator.test` reach a separate instance with its own freshly seeded state:
 * in-process tests give each test file its own emulator this way, all served by one Worker.
 */
export const INSTANCE_HOST_SUFFIX = ".emulator.test";

/** The instance a request is for: named by its hostname, else the one shared instance. */
export function instanceName(url: URL): string {
  const host = url.hostname.toLowerCase();
  if (!host.endsWith(INSTANCE_HOST_SUFFIX)) return EMULATOR_OBJECT_NAME;
  const name = host.slice(0, -INSTANCE_HOST_SUFFIX.length);
  return name === "" ? EMULATOR_OBJECT_NAME : `${EMULATOR_OBJECT_NAME}:${name}`;
}
