// What the docs need to know about an app besides its tools: package.json and wrangler.jsonc.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ParseError, parse, printParseErrorCode } from "jsonc-parser";

export interface AppInfo {
  /** Folder name under apps/. */
  app: string;
  dir: string;
  version: string;
  description: string;
  /** Worker name of the production environment (the workers.dev host starts with it). */
  productionWorkerName: string;
  /** KV bindings of the production environment. */
  productionKvBindings: string[];
}

interface WranglerEnvironment {
  name?: string;
  kv_namespaces?: { binding?: string }[];
}

interface WranglerConfig extends WranglerEnvironment {
  env?: Record<string, WranglerEnvironment | undefined>;
}

export function readAppInfo(appsDir: string, app: string): AppInfo {
  const dir = join(appsDir, app);
  const packageJson = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    version?: unknown;
    description?: unknown;
  };
  if (typeof packageJson.version !== "string" || typeof packageJson.description !== "string") {
    throw new Error(`apps/${app}/package.json needs a "version" and a "description"`);
  }
  const wrangler = readWranglerConfig(dir, app);
  const production = wrangler.env?.production;
  const name = production?.name ?? wrangler.name;
  if (!name) throw new Error(`apps/${app}/wrangler.jsonc names no Worker ("name")`);
  // Wrangler does not inherit kv_namespaces into an environment, so an env block stands alone.
  const kv = production ? (production.kv_namespaces ?? []) : (wrangler.kv_namespaces ?? []);
  return {
    app,
    dir,
    version: packageJson.version,
    description: packageJson.description,
    productionWorkerName: name,
    productionKvBindings: kv.flatMap((namespace) => (namespace.binding ? [namespace.binding] : [])),
  };
}

function readWranglerConfig(dir: string, app: string): WranglerConfig {
  const file = ["wrangler.jsonc", "wrangler.json"].map((name) => join(dir, name)).find(existsSync);
  if (!file) throw new Error(`apps/${app} has no wrangler.jsonc`);
  const errors: ParseError[] = [];
  const config = parse(readFileSync(file, "utf8"), errors, { allowTrailingComma: true }) as unknown;
  if (errors.length > 0 || typeof config !== "object" || config === null) {
    const first = errors[0];
    const detail = first
      ? `${printParseErrorCode(first.error)} at offset ${first.offset}`
      : "not an object";
    throw new Error(`apps/${app}/wrangler.jsonc does not parse: ${detail}`);
  }
  return config as WranglerConfig;
}
