/** Bindings of the emulator Worker (see wrangler.jsonc). */
import type { EmulatorObject } from "./emulator-object";

export interface Env {
  /** The one Durable Object namespace; every request goes to the instance named "emulator". */
  readonly EMULATOR: DurableObjectNamespace<EmulatorObject>;
}

/** Name of the one Durable Object instance that holds all emulator state. */
export const EMULATOR_OBJECT_NAME = "emulator";
