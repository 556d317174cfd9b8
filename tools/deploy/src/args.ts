/**
 * The deploy command's arguments. An environment is required (`--env staging`, `--env=staging`
 * or `-e staging`); everything else goes to `wrangler deploy` unchanged. A lone `--` is dropped:
 * `pnpm --filter <app> run deploy -- --env staging` hands it on, and wrangler would then ignore
 * `--env` and deploy the top-level (local development) configuration.
 */

export const ENVIRONMENTS = ["staging", "production"] as const;
export type DeployEnvironment = (typeof ENVIRONMENTS)[number];

export interface DeployArgs {
  env: string | undefined;
  dryRun: boolean;
  /** Arguments for `wrangler deploy`, without `--env` (the command adds it). */
  wranglerArgs: string[];
}

export function parseDeployArgs(argv: readonly string[]): DeployArgs {
  const envs: string[] = [];
  const wranglerArgs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") continue;
    if (arg === "--env" || arg === "-e") {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("-"))
        throw new UsageError(`${arg} needs a value.`);
      envs.push(value);
      i++;
    } else if (arg.startsWith("--env=")) {
      envs.push(arg.slice("--env=".length));
    } else {
      wranglerArgs.push(arg);
    }
  }
  if (new Set(envs).size > 1) throw new UsageError(`--env was given twice: ${envs.join(", ")}.`);
  return { env: envs[0], dryRun: wranglerArgs.includes("--dry-run"), wranglerArgs };
}

/** A mistake in how the command was called: printed with the usage line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export function usage(app: string): string {
  return `Usage: pnpm --filter ${app} run deploy --env staging|production [--dry-run] [wrangler deploy options]`;
}
