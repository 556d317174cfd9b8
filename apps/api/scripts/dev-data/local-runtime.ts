// One local runtime for every load of a dev-data run: wrangler's platform proxy over the api's
// config and state folder (exactly what `wrangler dev --persist-to <dir>` reads), started once,
// and started early: the runtime boots in its own process while the first source is still read
// and processed here.
import { join, resolve } from "node:path";
import type { PlatformProxy } from "wrangler";

export interface LocalRuntime {
  /** Imports wrangler and starts the runtime; resolves as soon as it is booting, not when ready. */
  start(): Promise<void>;
  /** The bindings, once the runtime is ready; rejects with why it could not start. */
  env(): Promise<Record<string, unknown>>;
  /** Stops the runtime, if it was started. */
  dispose(): Promise<void>;
}

export function localRuntime(configPath: string, persistTo: string): LocalRuntime {
  let proxy: Promise<PlatformProxy<Record<string, unknown>>> | undefined;
  const start = async () => {
    if (proxy) return;
    const { getPlatformProxy } = await import("wrangler");
    proxy ??= getPlatformProxy<Record<string, unknown>>({
      configPath: resolve(configPath),
      persist: { path: join(resolve(persistTo), "v3") },
      remoteBindings: false,
    });
    // Reported to whoever asks for env(); never an unhandled rejection.
    proxy.catch(() => {});
  };
  return {
    start,
    async env() {
      await start();
      return (await (proxy as NonNullable<typeof proxy>)).env;
    },
    async dispose() {
      const started = await proxy?.catch(() => undefined);
      await started?.dispose();
    },
  };
}
