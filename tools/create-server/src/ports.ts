// Picks the new server's `wrangler dev` port: the one after every port the repo already uses.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Ports taken even without a folder in apps/: the emulator and the planned Code Mode server
 * (docs/local-contract.md).
 */
export const RESERVED_PORTS: readonly number[] = [8787, 8788];

/** `"dev": { ..., "port": 8791 }` in wrangler.jsonc. */
const WRANGLER_DEV_PORT = /"dev"\s*:\s*\{[^}]*"port"\s*:\s*(\d+)/g;
/** `--port ${SECRETS_STORE_PORT:-8791}` or `--port 8791` in package.json scripts. */
const SCRIPT_PORT = /--port[= ]+(?:\$\{\w+:-)?(\d+)/g;

/** Every port configured by an app under `<root>/apps`, plus the reserved ones. */
export function usedPorts(root: string): number[] {
  const ports = new Set(RESERVED_PORTS);
  const appsDir = join(root, "apps");
  if (!existsSync(appsDir)) return [...ports];
  for (const entry of readdirSync(appsDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const [file, pattern] of [
      ["wrangler.jsonc", WRANGLER_DEV_PORT],
      ["wrangler.json", WRANGLER_DEV_PORT],
      ["package.json", SCRIPT_PORT],
    ] as const) {
      const path = join(appsDir, entry.name, file);
      if (!existsSync(path)) continue;
      for (const match of readFileSync(path, "utf8").matchAll(pattern)) ports.add(Number(match[1]));
    }
  }
  return [...ports].sort((a, b) => a - b);
}

/** The port after the highest one in use. */
export function nextPort(root: string): number {
  return Math.max(...usedPorts(root)) + 1;
}
