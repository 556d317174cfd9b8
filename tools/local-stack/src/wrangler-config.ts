/**
 * Reads what local development takes from a Worker's own wrangler config: the top level is local
 * development (docs/local-contract.md), so its `dev.port` is the server's port and its `vars` point
 * at the emulator. Nothing here repeats a port or an emulator value: they live in the configs.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseJsonc } from "./cli/jsonc.ts";

const CONFIG_FILES = ["wrangler.jsonc", "wrangler.json"];

export interface DevConfig {
  /** `dev.port`, when the config sets one. */
  port: number | undefined;
  /** Top-level `vars` with string values. */
  vars: Record<string, string>;
}

/** The top-level (local development) settings of the Worker package in `dir`. */
export function readDevConfig(dir: string): DevConfig {
  const file = CONFIG_FILES.map((name) => join(dir, name)).find((path) => existsSync(path));
  if (!file) throw new Error(`local-stack: no wrangler.jsonc in ${dir}`);
  const config = parseJsonc(readFileSync(file, "utf8")) as {
    dev?: { port?: unknown };
    vars?: Record<string, unknown>;
  } | null;
  const port = config?.dev?.port;
  const vars: Record<string, string> = {};
  for (const [key, value] of Object.entries(config?.vars ?? {})) {
    if (typeof value === "string") vars[key] = value;
  }
  return { port: typeof port === "number" && Number.isInteger(port) ? port : undefined, vars };
}

/** `dev.port` of the Worker in `dir`, or an error saying what to add. */
export function devPortOf(dir: string): number {
  const { port } = readDevConfig(dir);
  if (port === undefined) {
    throw new Error(`local-stack: ${dir}/wrangler.jsonc has no "dev": { "port": <number> }`);
  }
  return port;
}

/**
 * The app's local vars, moved to another emulator: every value that starts with the origin the
 * configs name for the emulator (`http://127.0.0.1:<its dev.port>`) is rewritten to `emulatorOrigin`,
 * so a test's emulator on a free port (or `EMULATOR_PORT`) serves the app's API and OAuth upstream.
 */
export function devVarsFor(
  appDir: string,
  configuredEmulatorOrigin: string,
  emulatorOrigin: string,
): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [key, value] of Object.entries(readDevConfig(appDir).vars)) {
    if (value === configuredEmulatorOrigin || value.startsWith(`${configuredEmulatorOrigin}/`)) {
      vars[key] = emulatorOrigin + value.slice(configuredEmulatorOrigin.length);
    }
  }
  return vars;
}
