/**
 * usage: node src/deploy-changed.ts --env staging|production [--base <ref>] [--dry-run]
 *
 * The publish step of the release workflow: after the "Version Packages" pull request is merged,
 * deploys every app whose package.json version differs from the base commit (default: the
 * RELEASE_BASE_REF environment variable, the push's `before`, else HEAD^), one at a time, with
 * `pnpm --filter <app> run deploy --env <env>`. With --dry-run it only prints the plan. Under GitHub
 * Actions it writes the deployed apps to the step's outputs as `apps` (comma-separated), so the
 * production job can skip when staging deployed nothing. Exit code 1 when any deploy failed (the
 * others still run).
 */
import { spawnSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { versionsAt, workingTreeVersions } from "./app-versions.ts";
import { baseRef } from "./base-ref.ts";
import { selectReleases } from "./select-apps.ts";

const ENVIRONMENTS = ["staging", "production"];

function main(): number {
  const { values } = parseArgs({
    options: {
      base: { type: "string" },
      env: { type: "string" },
      "dry-run": { type: "boolean", default: false },
    },
  });
  if (!values.env || !ENVIRONMENTS.includes(values.env)) {
    throw new Error(
      `release: pass --env ${ENVIRONMENTS.join(" or --env ")} (got ${values.env ? `"${values.env}"` : "none"})`,
    );
  }
  const env = values.env;
  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
  const base = baseRef(values.base ?? process.env.RELEASE_BASE_REF);
  const current = workingTreeVersions(root);
  const releases = selectReleases(current, versionsAt(root, base, current.keys()));
  if (!values["dry-run"]) reportApps(releases.map((release) => release.app));
  if (releases.length === 0) {
    console.log(`release: no app version changed since ${base}; nothing to deploy`);
    return 0;
  }
  const failed: string[] = [];
  for (const { app, from, to } of releases) {
    const command = ["--filter", app, "run", "deploy", "--env", env];
    console.log(`release: ${app} ${from ?? "(new)"} -> ${to}: pnpm ${command.join(" ")}`);
    if (values["dry-run"]) continue;
    const result = spawnSync("pnpm", command, { cwd: root, stdio: "inherit" });
    if (result.status !== 0) failed.push(app);
  }
  if (failed.length > 0) {
    console.error(`release: deploy failed for ${failed.join(", ")}`);
    return 1;
  }
  return 0;
}

/** The apps this run deploys, as the GitHub Actions step output `apps`. */
function reportApps(apps: string[]): void {
  const output = process.env.GITHUB_OUTPUT;
  if (output) appendFileSync(output, `apps=${apps.join(",")}\n`);
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
