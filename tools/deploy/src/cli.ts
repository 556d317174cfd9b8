/**
 * usage (from an app's folder, as its `deploy` script):
 *   pnpm --filter <app> run deploy --env staging|production [--dry-run] [wrangler deploy options]
 *
 * Refuses without an environment (the top level of wrangler.jsonc is local development), checks
 * the environment (see plan.ts), writes the resolved config next to wrangler.jsonc (so its
 * relative paths hold), runs `wrangler deploy --config <it> --env <name>`, and removes it.
 * Exit codes: 2 for a usage mistake, 1 for a refused or failed deploy, else wrangler's.
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { ENVIRONMENTS, parseDeployArgs, UsageError, usage } from "./args.ts";
import { deploymentsPath, readDeployment } from "./deployments.ts";
import { readJsonc } from "./jsonc.ts";
import { planDeploy, type WranglerConfig } from "./plan.ts";

function main(argv: readonly string[], cwd: string): number {
  const app = basename(cwd);
  const configPath = join(cwd, "wrangler.jsonc");
  if (!existsSync(configPath)) throw new Error(`deploy: no wrangler.jsonc in ${cwd}.`);
  const config = readJsonc(configPath) as WranglerConfig;
  let args: ReturnType<typeof parseDeployArgs>;
  try {
    args = parseDeployArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`deploy: ${error.message}\n${usage(app)}`);
    return 2;
  }
  if (!args.env) {
    console.error(
      [
        `deploy: refusing to deploy ${app} without an environment.`,
        `The top level of wrangler.jsonc is local development (the Worker "${config.name}"); pass one of its environments:`,
        ...ENVIRONMENTS.map((env) => `  pnpm --filter ${app} run deploy --env ${env}`),
      ].join("\n"),
    );
    return 2;
  }
  const deploymentsFile = deploymentsPath(repoRoot(cwd));
  const outcome = planDeploy({
    app,
    config,
    env: args.env,
    deployment: readDeployment(deploymentsFile, args.env),
    deploymentsFile,
    dryRun: args.dryRun,
  });
  if (!outcome.ok) {
    console.error(
      `deploy: refusing to deploy ${app} to ${args.env}:\n${outcome.problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    return 1;
  }
  const { plan } = outcome;
  console.log(
    `deploy: ${app} -> ${plan.workerName} (${args.env}${args.dryRun ? ", dry run" : ""})`,
  );
  for (const note of plan.notes) console.log(`  - ${note}`);
  const resolvedPath = join(cwd, `.wrangler-deploy-${args.env}.json`);
  writeFileSync(resolvedPath, `${JSON.stringify(plan.config, null, 2)}\n`);
  try {
    const result = spawnSync(
      process.execPath,
      [
        wranglerBin(cwd),
        "deploy",
        "--config",
        resolvedPath,
        "--env",
        args.env,
        ...args.wranglerArgs,
      ],
      { cwd, stdio: "inherit" },
    );
    if (result.error) throw result.error;
    return result.status ?? 1;
  } finally {
    rmSync(resolvedPath, { force: true });
  }
}

/** The app's own wrangler (the version its package pins). */
function wranglerBin(cwd: string): string {
  const require = createRequire(join(cwd, "package.json"));
  return join(dirname(require.resolve("wrangler/package.json")), "bin", "wrangler.js");
}

function repoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

try {
  process.exitCode = main(process.argv.slice(2), process.cwd());
} catch (error) {
  console.error(`deploy: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
