/**
 * Finds MCP servers in apps/ that the contract does not list (a server made by
 * `pnpm create-server`, say), so `pnpm dev` starts them too. Each one's port is `dev.port` of its
 * wrangler.jsonc, and its override variable is derived from the folder name
 * (`demo-product` -> `DEMO_PRODUCT_PORT`), the same variable its own `dev` script reads.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ServerDefinition } from "./contract.ts";
import { parseJsonc } from "./jsonc.ts";

const WRANGLER_CONFIGS = ["wrangler.jsonc", "wrangler.json"];

export interface Discovery {
  /** Servers to start besides the contract's, ordered by port. */
  servers: ServerDefinition[];
  /** Apps that cannot be started, with what to fix. */
  skipped: { name: string; reason: string }[];
}

export function discoverAppServers(options: {
  appsDir: string;
  /** Folder names under apps/ that hold a package. */
  apps: readonly string[];
  /** The contract's servers: never rediscovered. */
  known: readonly ServerDefinition[];
}): Discovery {
  const discovery: Discovery = { servers: [], skipped: [] };
  const knownNames = new Set(options.known.map((server) => server.name));
  for (const name of options.apps) {
    if (knownNames.has(name)) continue;
    const found = readDevPort(join(options.appsDir, name));
    if (typeof found === "string") discovery.skipped.push({ name, reason: found });
    else {
      discovery.servers.push({
        name,
        defaultPort: found,
        portVariable: portVariableFor(name),
        clientKey: `cloudflare-${name}`,
      });
    }
  }
  discovery.servers.sort((a, b) => a.defaultPort - b.defaultPort || a.name.localeCompare(b.name));
  return discovery;
}

/** `demo-product` -> `DEMO_PRODUCT_PORT`. */
export function portVariableFor(name: string): string {
  return `${name.replace(/[^A-Za-z0-9]+/g, "_").toUpperCase()}_PORT`;
}

/** The app's `dev.port`, or why it has none. */
function readDevPort(dir: string): number | string {
  const file = WRANGLER_CONFIGS.find((config) => existsSync(join(dir, config)));
  if (!file) return "no wrangler.jsonc, so it is not a Worker";
  let config: unknown;
  try {
    config = parseJsonc(readFileSync(join(dir, file), "utf8"));
  } catch (error) {
    return `${file} does not parse (${(error as Error).message})`;
  }
  const port = (config as { dev?: { port?: unknown } } | null)?.dev?.port;
  if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65_535) {
    return `${file} has no "dev": { "port": <number> } to serve it on`;
  }
  return port;
}
