/**
 * `node prepare-worker.ts <package dir> <outdir>`: bundles a Worker package exactly as
 * `wrangler deploy` would (its wrangler.jsonc, esbuild, nodejs_compat, text imports) into
 * `<outdir>`, and writes `<outdir>/prepared.json` (see `PreparedWorker`): the Miniflare options
 * wrangler derives from the same config (bindings, vars and `.dev.vars`, compatibility) and the
 * source files the bundle was built from. It runs in a short-lived process of its own, so the
 * process that serves the Worker never loads wrangler.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { unstable_getMiniflareWorkerOptions, unstable_readConfig } from "wrangler";
import { wranglerEnv } from "../runtime-env.ts";
import { resolveWranglerCommand } from "../wrangler-command.ts";
import { configFileOf, PREPARED_FILE, type PreparedWorker } from "./prepared.ts";

const METAFILE = "bundle-meta.json";

function prepare(dir: string, outdir: string): PreparedWorker {
  const configPath = configFileOf(dir);
  const config = unstable_readConfig({ config: configPath });
  const { workerOptions, main } = unstable_getMiniflareWorkerOptions(configPath);
  const { node, wranglerJs } = resolveWranglerCommand(dir);
  // `--env=` is the top level of the config, said explicitly (local development by convention).
  const build = spawnSync(
    node,
    [
      wranglerJs,
      "deploy",
      "--dry-run",
      "--env=",
      "--outdir",
      outdir,
      "--metafile",
      join(outdir, METAFILE),
    ],
    { cwd: dir, env: wranglerEnv(), encoding: "utf8" },
  );
  if (build.status !== 0) {
    throw new Error(`bundling ${dir} failed:\n${`${build.stdout}\n${build.stderr}`.trim()}`);
  }
  return {
    name: config.name ?? "worker",
    entry: entryOf(outdir),
    main: main ?? null,
    workerOptions: workerOptions as unknown as Record<string, unknown>,
    inputs: inputsOf(join(outdir, METAFILE), dir, configPath),
  };
}

/** The bundle's main module: the output file esbuild built from the entry point. */
function entryOf(outdir: string): string {
  const meta = JSON.parse(readFileSync(join(outdir, METAFILE), "utf8")) as {
    outputs: Record<string, { entryPoint?: string }>;
  };
  const entry = Object.entries(meta.outputs).find(([, output]) => output.entryPoint)?.[0];
  return entry ? resolve(outdir, entry.split("/").pop() ?? "index.js") : join(outdir, "index.js");
}

/** Absolute paths of the workspace files the bundle was built from (not node_modules), + config. */
function inputsOf(metafile: string, dir: string, configPath: string): string[] {
  const meta = JSON.parse(readFileSync(metafile, "utf8")) as { inputs: Record<string, unknown> };
  const files = Object.keys(meta.inputs)
    .filter((input) => !input.includes("node_modules/") && !input.includes(":"))
    .map((input) => (isAbsolute(input) ? input : resolve(dir, input)));
  const devVars = join(dir, ".dev.vars");
  return [...new Set([...files, configPath, devVars])].sort();
}

const [dir, outdir] = process.argv.slice(2);
if (!dir || !outdir) {
  process.stderr.write("usage: node prepare-worker.ts <package dir> <outdir>\n");
  process.exit(2);
}
try {
  writeFileSync(join(outdir, PREPARED_FILE), JSON.stringify(prepare(dir, outdir)));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
