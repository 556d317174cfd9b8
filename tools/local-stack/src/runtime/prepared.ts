// What prepare-worker.ts hands serve-worker.ts, and the helpers both sides share.
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Written by prepare-worker.ts into the bundle's folder. */
export const PREPARED_FILE = "prepared.json";

export const CONFIG_FILES = ["wrangler.jsonc", "wrangler.json", "wrangler.toml"];

export interface PreparedWorker {
  /** The config's `name`: the Worker's name, as under `wrangler dev`. */
  name: string;
  /** Absolute path of the bundle's main module. */
  entry: string;
  /** The config's `main` (the source entry point), for messages. */
  main: string | null;
  /** wrangler's `unstable_getMiniflareWorkerOptions(config).workerOptions`, as JSON. */
  workerOptions: Record<string, unknown>;
  /** Source files of the bundle outside node_modules, the config and `.dev.vars`: what to watch. */
  inputs: string[];
}

/** The package's wrangler config file; throws when it has none. */
export function configFileOf(dir: string): string {
  const file = CONFIG_FILES.map((name) => join(dir, name)).find(existsSync);
  if (!file) {
    throw new Error(`local-stack: no wrangler config (${CONFIG_FILES.join(", ")}) in ${dir}`);
  }
  return file;
}
