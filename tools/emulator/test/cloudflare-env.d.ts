// Types `env` and `exports` from "cloudflare:workers" for the emulator's tests.
import type { Env as EmulatorEnv } from "../src/env";

declare global {
  namespace Cloudflare {
    interface GlobalProps {
      mainModule: typeof import("../src/index");
      durableNamespaces: "EmulatorObject";
    }
    interface Env extends EmulatorEnv {}
  }
}
