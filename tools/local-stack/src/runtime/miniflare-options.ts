// The Miniflare options of one Worker package as local-stack serves it: wrangler's own translation
// of the package's config, its bundle, and what `wrangler dev` would have added from the command
// line (address, persistence, vars).
import { readdirSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { parseArgs } from "node:util";
import type { PreparedWorker } from "./prepared.ts";

export interface ServeArgs {
  /** Absolute path of the Worker package. */
  dir: string;
  port: number;
  /** The state folder, laid out as `wrangler dev --persist-to` lays it out (`<folder>/v3/...`). */
  persistTo: string;
  /** Override or add vars, as `wrangler dev --var`. */
  vars: Record<string, string>;
  /** Rebuild and reload when a source file of the bundle changes (`pnpm dev`). */
  watch: boolean;
  /** Log every request (method, path, status, time), as wrangler dev does. */
  logRequests: boolean;
}

/** serve-worker.ts's command line (wrangler dev's flags where it has them). */
export function serveArgv(args: ServeArgs): string[] {
  return [
    "--dir",
    args.dir,
    "--port",
    String(args.port),
    "--persist-to",
    args.persistTo,
    // Split at the first colon, as wrangler does, so values may contain colons (URLs).
    ...Object.entries(args.vars).flatMap(([name, value]) => ["--var", `${name}:${value}`]),
    ...(args.watch ? ["--watch"] : []),
    ...(args.logRequests ? ["--log-requests"] : []),
  ];
}

export function parseServeArgs(argv: string[]): ServeArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: "string" },
      port: { type: "string" },
      "persist-to": { type: "string" },
      var: { type: "string", multiple: true, default: [] },
      watch: { type: "boolean", default: false },
      "log-requests": { type: "boolean", default: false },
    },
    strict: true,
  });
  if (!values.dir || !values.port || !values["persist-to"]) {
    throw new Error("serve-worker: --dir, --port and --persist-to are required");
  }
  const vars = Object.fromEntries(
    values.var.map((pair) => {
      const colon = pair.indexOf(":");
      if (colon < 1) throw new Error(`serve-worker: --var needs NAME:VALUE, got ${pair}`);
      return [pair.slice(0, colon), pair.slice(colon + 1)];
    }),
  );
  return {
    dir: values.dir,
    port: Number(values.port),
    persistTo: values["persist-to"],
    vars,
    watch: values.watch,
    logRequests: values["log-requests"],
  };
}

/** Options for `convertV4MiniflareOptions` (miniflare's `V4MiniflareOptions`). */
export function miniflareOptions(
  prepared: PreparedWorker,
  args: ServeArgs,
): Record<string, unknown> {
  // rootPath and modulesRules describe the unbundled sources; the bundle's modules replace them.
  const { rootPath: _root, modulesRules, bindings, ...worker } = prepared.workerOptions;
  return {
    ...worker,
    name: prepared.name,
    modules: bundleModules(prepared.entry, (modulesRules ?? []) as ModuleRule[]),
    modulesRoot: dirname(prepared.entry),
    bindings: { ...(bindings as Record<string, unknown> | undefined), ...args.vars },
    host: "127.0.0.1",
    port: args.port,
    // The layout wrangler dev uses, so the emulator, dev-data and every server share one state.
    resourcePersistencePath: join(args.persistTo, "v3"),
    // No request to Cloudflare for a `request.cf` object: the fixed local one.
    cf: false,
    logRequests: args.logRequests,
  };
}

interface ModuleRule {
  type: string;
  include: string[];
}

/** Module types by extension, for modules wrangler emits beside the bundle (wasm, text, data). */
const SCRIPT_TYPES: Record<string, string> = {
  ".js": "ESModule",
  ".mjs": "ESModule",
  ".cjs": "CommonJS",
};
const NOT_MODULES = new Set([".map", ".md", ".json"]);

/** The bundle's main module first, then every other module wrangler wrote beside it. */
function bundleModules(entry: string, rules: ModuleRule[]): Array<{ type: string; path: string }> {
  const folder = dirname(entry);
  const others = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => join(item.parentPath, item.name))
    .filter((path) => path !== entry && !NOT_MODULES.has(extname(path)));
  return [
    { type: "ESModule", path: entry },
    ...others.flatMap((path) => {
      const type = SCRIPT_TYPES[extname(path)] ?? ruleTypeOf(path, rules);
      return type ? [{ type, path }] : [];
    }),
  ];
}

/** The type of the first rule with a `**\/*.<ext>` pattern matching the file's extension. */
function ruleTypeOf(path: string, rules: ModuleRule[]): string | undefined {
  return rules.find((rule) =>
    rule.include.some((pattern) => pattern.startsWith("**/*.") && path.endsWith(pattern.slice(4))),
  )?.type;
}
