// Finds the wrangler CLI for a Worker package and checks that the current Node can run it.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const MIN_NODE_MAJOR = 22;
const WRANGLER_BIN = join("node_modules", "wrangler", "bin", "wrangler.js");

export interface WranglerCommand {
  node: string;
  wranglerJs: string;
}

/**
 * The package's own wrangler wins (it is the version the package pins), then the nearest one
 * above it, then the copy this package depends on.
 */
export function resolveWranglerCommand(packageDir: string): WranglerCommand {
  return { node: resolveNode(), wranglerJs: resolveWranglerJs(packageDir) };
}

function resolveWranglerJs(packageDir: string): string {
  let dir = packageDir;
  for (;;) {
    const candidate = join(dir, WRANGLER_BIN);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const ownPackage = dirname(dirname(fileURLToPath(import.meta.url)));
  const own = join(ownPackage, WRANGLER_BIN);
  if (existsSync(own)) return own;
  throw new Error(`local-stack: wrangler is not installed for ${packageDir}; run pnpm install`);
}

// wrangler 4 refuses Node < 22; the repository needs ^22.18.0 || >=24.11.0 (package.json engines).
function resolveNode(): string {
  const major = Number(process.versions.node.split(".")[0]);
  if (major >= MIN_NODE_MAJOR) return process.execPath;
  throw new Error(
    `local-stack: wrangler needs Node >= ${MIN_NODE_MAJOR} but this is ${process.version}; install Node 24 (see the README) or run \`. .ci/use-node.sh\``,
  );
}
